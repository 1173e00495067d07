import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { ContentArticleTable, Database } from '../../platform/db/schema.js';
import type { Channel } from './model.js';

type Db = Kysely<Database>;
type Page = { limit: number; offset: number };

/** An article with the names its views show: its centre, and its owner unit (R-WEB-6). */
const withNames = (db: Db) =>
  db
    .selectFrom('content_article as a')
    .innerJoin('centre as ce', 'ce.id', 'a.centre_id')
    .leftJoin('department as d', 'd.id', 'a.owner_department_id')
    .leftJoin('service_window as w', 'w.id', 'a.owner_window_id')
    .selectAll('a')
    .select([
      'ce.path as centre_path',
      'ce.name as centre_name',
      'ce.name_en as centre_name_en',
      'd.name as department_name',
      'w.number as window_number',
      'w.name as window_name',
    ]);

export const findArticle = (db: Db, id: string) => withNames(db).where('a.id', '=', id).executeTakeFirst();

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export const insertArticle = (db: Db, row: Insertable<ContentArticleTable>) =>
  db.insertInto('content_article').values(row).returning('id').executeTakeFirstOrThrow();

/** A change at the version the editor saw: undefined when someone else changed it first. */
export const updateAtVersion = (db: Db, id: string, version: number, patch: Updateable<ContentArticleTable>) =>
  db
    .updateTable('content_article')
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: sql<Date>`clock_timestamp()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();

async function paged(q: ReturnType<typeof withNames>, page: Page, order: 'published' | 'updated') {
  const { total } = await q
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const rows = await (order === 'published' ? q.orderBy('a.published_at', 'desc') : q.orderBy('a.updated_at', 'desc'))
    .orderBy('a.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** The website: a centre's published articles of the public channels asked for, newest first. */
export const listPublished = (db: Db, centreId: string, channels: readonly Channel[], page: Page) =>
  paged(
    withNames(db)
      .where('a.centre_id', '=', centreId)
      .where('a.status', '=', 'published')
      .where('a.channel', 'in', channels),
    page,
    'published',
  );

export type ManagedFilter = {
  centreId: string;
  /** A unit's staff see their unit's articles only; a manager every article of the centre. */
  owner: { kind: 'department' | 'window'; id: string } | null;
  channel: Channel | null;
  status: 'draft' | 'published' | 'withdrawn' | null;
};

/** 网站维护: the articles an editor keeps, most recently changed first. */
export function listManaged(db: Db, f: ManagedFilter, page: Page) {
  let q = withNames(db).where('a.centre_id', '=', f.centreId);
  if (f.owner?.kind === 'window') q = q.where('a.owner_window_id', '=', f.owner.id);
  else if (f.owner?.kind === 'department') q = q.where('a.owner_department_id', '=', f.owner.id);
  if (f.channel) q = q.where('a.channel', '=', f.channel);
  if (f.status) q = q.where('a.status', '=', f.status);
  return paged(q, page, 'updated');
}

/**
 * 内部交流: published internal articles of the reader's own centre, and those addressed to the
 * whole city from any centre of the reader's city.
 */
export const listInternal = (
  db: Db,
  reader: { centreId: string; cityPath: string },
  channels: readonly Channel[],
  page: Page,
) =>
  paged(
    withNames(db)
      .where('a.status', '=', 'published')
      .where('a.channel', 'in', channels)
      .where((eb) =>
        eb.or([
          eb('a.centre_id', '=', reader.centreId),
          eb.and([eb('a.audience', '=', 'city'), eb('ce.path', 'like', `${reader.cityPath}%`)]),
        ]),
      ),
    page,
    'published',
  );

/** The units of a centre that may own a page: its departments and windows. */
export async function unitsOf(db: Db, centreId: string) {
  const [departments, windows] = await Promise.all([
    db
      .selectFrom('department')
      .select(['id', 'name', 'centre_id'])
      .where('centre_id', '=', centreId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('service_window')
      .select(['id', 'number', 'name', 'centre_id', 'department_id'])
      .where('centre_id', '=', centreId)
      .orderBy('number')
      .execute(),
  ]);
  return { departments, windows };
}

export const findDepartment = (db: Db, id: string) =>
  db.selectFrom('department').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
export const findWindow = (db: Db, id: string) =>
  db.selectFrom('service_window').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();

/** A centre by id or division code; the site's own centre by name; else the root (the city). */
export async function resolveCentre(db: Db, ref: string | null, siteName: string) {
  const q = db.selectFrom('centre').select(['id', 'name', 'name_en', 'path', 'division_code']);
  if (ref) {
    const byId = /^[0-9a-f-]{36}$/i.test(ref);
    return q.where(byId ? 'id' : 'division_code', '=', ref).executeTakeFirst();
  }
  return (
    (await q.where('name', '=', siteName).executeTakeFirst()) ??
    (await q.where('parent_id', 'is', null).orderBy('division_code').executeTakeFirst())
  );
}

/** Whether a centre has any article yet (the demo seeds a centre's website once). */
export const centreHasArticles = async (db: Db, centreId: string) =>
  (await db
    .selectFrom('content_article')
    .select('id')
    .where('centre_id', '=', centreId)
    .limit(1)
    .executeTakeFirst()) !== undefined;
