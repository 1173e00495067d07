import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, ItemTable, ItemVersionTable } from '../../platform/db/schema.js';

export type ItemRow = Selectable<ItemTable>;
export type ItemVersionRow = Selectable<ItemVersionTable>;

export const insertItem = (db: Kysely<Database>, row: Insertable<ItemTable>) =>
  db.insertInto('item').values(row).returningAll().executeTakeFirstOrThrow();

export const findItem = (db: Kysely<Database>, id: string) =>
  db.selectFrom('item').selectAll().where('id', '=', id).executeTakeFirst();

/** Changes an item only if nobody else has since (optimistic lock on `version`). */
export const updateItem = (
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: {
    draft?: string;
    status?: ItemRow['status'];
    review_note?: string | null;
    published_version_id?: string;
    updated_by: string;
  },
) =>
  db
    .updateTable('item')
    .set({ ...patch, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const listItems = (
  db: Kysely<Database>,
  f: { windowId?: string; departmentId?: string; underPath?: string },
) => {
  let q = db
    .selectFrom('item as i')
    .innerJoin('centre as c', 'c.id', 'i.centre_id')
    .innerJoin('department as d', 'd.id', 'i.department_id')
    .innerJoin('service_window as w', 'w.id', 'i.window_id')
    .selectAll('i')
    .select(['c.name as centre_name', 'd.name as department_name', 'w.name as window_name', 'c.path as centre_path']);
  if (f.windowId) q = q.where('i.window_id', '=', f.windowId);
  if (f.departmentId) q = q.where('i.department_id', '=', f.departmentId);
  if (f.underPath) q = q.where('c.path', 'like', `${f.underPath}%`);
  return q.orderBy('i.updated_at', 'desc').limit(500).execute();
};

export const nextVersionNo = async (db: Kysely<Database>, itemId: string) =>
  ((
    await db
      .selectFrom('item_version')
      .select((eb) => eb.fn.max('version_no').as('n'))
      .where('item_id', '=', itemId)
      .executeTakeFirst()
  )?.n ?? 0) + 1;

export const retireCurrentVersion = (db: Kysely<Database>, itemId: string) =>
  db
    .updateTable('item_version')
    .set({ is_current: false })
    .where('item_id', '=', itemId)
    .where('is_current', '=', true)
    .execute();

export const insertVersion = (db: Kysely<Database>, row: Insertable<ItemVersionTable>) =>
  db.insertInto('item_version').values(row).returningAll().executeTakeFirstOrThrow();

/** A version with the names the guide shows, in one round trip (the guide is the busiest public page). */
export const findGuideVersion = (db: Kysely<Database>, ref: { versionId?: string; itemId?: string }) => {
  let q = db
    .selectFrom('item_version as v')
    .innerJoin('department as d', 'd.id', 'v.department_id')
    .innerJoin('centre as c', 'c.id', 'v.centre_id')
    .selectAll('v')
    .select([
      'd.name as department_name',
      'c.name as centre_name',
      'd.name_en as department_name_en',
      'c.name_en as centre_name_en',
    ]);
  q = ref.versionId
    ? q.where('v.id', '=', ref.versionId)
    : q.where('v.item_id', '=', ref.itemId!).where('v.is_current', '=', true);
  return q.executeTakeFirst();
};

export const findVersion = (db: Kysely<Database>, id: string) =>
  db.selectFrom('item_version').selectAll().where('id', '=', id).executeTakeFirst();

export const findCurrentVersion = (db: Kysely<Database>, itemId: string) =>
  db
    .selectFrom('item_version')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('is_current', '=', true)
    .executeTakeFirst();

export const listVersions = (db: Kysely<Database>, itemId: string) =>
  db
    .selectFrom('item_version as v')
    .leftJoin('staff as p', 'p.id', 'v.published_by')
    .leftJoin('staff as s', 's.id', 'v.submitted_by')
    .select([
      'v.id',
      'v.version_no',
      'v.published_at',
      'v.changed_fields',
      'v.is_current',
      'p.display_name as published_by_name',
      's.display_name as submitted_by_name',
    ])
    .where('v.item_id', '=', itemId)
    .orderBy('v.version_no', 'desc')
    .execute();

export type CatalogueFilter = {
  q?: string | undefined;
  departmentName?: string | undefined;
  audience?: 'person' | 'enterprise' | undefined;
  theme?: string | undefined;
  level?: string | undefined;
  centreId?: string | undefined;
  limit: number;
  offset: number;
};

/** Current published versions matching the filter; name matches rank before other matches. */
export const searchCurrent = async (db: Kysely<Database>, f: CatalogueFilter) => {
  // Filter, count and order on the narrow columns first; the large definitions are read only for
  // the page of results (detoasting every matching definition made search a hundred times slower).
  let q = db
    .selectFrom('item_version as v')
    .innerJoin('department as d', 'd.id', 'v.department_id')
    .innerJoin('centre as c', 'c.id', 'v.centre_id')
    .select([
      'v.id',
      'v.item_id',
      'v.version_no',
      'v.name',
      'v.basic_code',
      'v.handling_level',
      'v.audience',
      'v.themes',
      'v.online_application',
      'v.is_joint',
      'v.published_at',
      'd.name as department_name',
      'c.name as centre_name',
      'd.name_en as department_name_en',
      'c.name_en as centre_name_en',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('v.is_current', '=', true);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where('v.search_text', 'like', like).orderBy(sql`(v.name ILIKE ${like})`, 'desc');
  }
  if (f.departmentName) q = q.where('d.name', '=', f.departmentName);
  if (f.audience) q = q.where(sql<boolean>`${f.audience} = ANY(v.audience)`);
  if (f.theme) q = q.where(sql<boolean>`${f.theme} = ANY(v.themes)`);
  if (f.level) q = q.where('v.handling_level', '=', f.level);
  if (f.centreId) q = q.where('v.centre_id', '=', f.centreId);
  const page = await q.orderBy('d.name').orderBy('v.name').limit(f.limit).offset(f.offset).execute();
  if (page.length === 0) return [];
  const limits = await db
    .selectFrom('item_version')
    .select([
      'id',
      sql<unknown>`definition->'legalLimit'`.as('legal_limit'),
      sql<unknown>`definition->'promisedLimit'`.as('promised_limit'),
      sql<string | null>`NULLIF(definition->>'nameEn', '')`.as('name_en'),
    ])
    .where(
      'id',
      'in',
      page.map((r) => r.id),
    )
    .execute();
  const byId = new Map(limits.map((l) => [l.id, l]));
  return page.map((r) => ({
    ...r,
    legal_limit: byId.get(r.id)?.legal_limit,
    promised_limit: byId.get(r.id)?.promised_limit,
    name_en: byId.get(r.id)?.name_en ?? null,
  }));
};

export const facets = async (db: Kysely<Database>) => {
  const departments = await db
    .selectFrom('item_version as v')
    .innerJoin('department as d', 'd.id', 'v.department_id')
    .select(['d.name', (eb) => eb.fn.max('d.name_en').as('nameEn'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('v.is_current', '=', true)
    .groupBy('d.name')
    .orderBy('d.name')
    .execute();
  const themes = await sql<{ name: string; count: number }>`
    SELECT t AS name, count(*)::int AS count FROM item_version, unnest(themes) AS t
    WHERE is_current GROUP BY t ORDER BY count DESC, t`.execute(db);
  const levels = await db
    .selectFrom('item_version')
    .select(['handling_level as name', (eb) => eb.fn.countAll<number>().as('count')])
    .where('is_current', '=', true)
    .groupBy('handling_level')
    .execute();
  return { departments, themes: themes.rows, levels };
};

export const isPublishedFile = async (db: Kysely<Database>, sha256: string) =>
  !!(await db
    .selectFrom('item_version')
    .select('id')
    .where('is_current', '=', true)
    .where(sql<boolean>`${sha256} = ANY(file_shas)`)
    .limit(1)
    .executeTakeFirst());
