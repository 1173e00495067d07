import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, MessageKind, PublicMessageTable } from '../../platform/db/schema.js';
import type { OfficeScope } from '../cases/access.js';

type Db = Kysely<Database>;

/**
 * Whose messages an officer's list covers: a clerk's window, an approver's or head's department,
 * a supervisor's centres (everything in them), an administrator's centres (problem reports only).
 */
export type MessageScope = OfficeScope | { kind: 'admin'; centrePath: string };

export type ListFilter = 'pending' | 'answered' | 'overdue' | 'published' | 'closed' | 'all';

export const insertMessage = (db: Db, row: Insertable<PublicMessageTable>) =>
  db.insertInto('public_message').values(row).returningAll().executeTakeFirstOrThrow();

const withNames = (db: Db) =>
  db
    .selectFrom('public_message as m')
    .innerJoin('centre as ce', 'ce.id', 'm.centre_id')
    .leftJoin('service_window as w', 'w.id', 'm.window_id')
    .selectAll('m')
    .select(['ce.name as centre_name', 'ce.path as centre_path', 'w.number as window_number', 'w.name as window_name']);

export const findMessage = (db: Db, id: string) => withNames(db).where('m.id', '=', id).executeTakeFirst();

export const findByNumber = (db: Db, messageNo: string) =>
  withNames(db).where('m.message_no', '=', messageNo).executeTakeFirst();

export type MessageRow = NonNullable<Awaited<ReturnType<typeof findMessage>>>;

/** A move at the version the officer saw: undefined when someone else moved it first. */
export const updateAtVersion = (db: Db, id: string, version: number, patch: Updateable<PublicMessageTable>) =>
  db
    .updateTable('public_message')
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: sql<Date>`clock_timestamp()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();

function scoped(db: Db, scope: MessageScope) {
  const q = withNames(db);
  switch (scope.kind) {
    case 'window':
      return q.where('m.window_id', '=', scope.windowId);
    case 'department':
      return q.where('m.department_id', '=', scope.departmentId);
    case 'centres':
      return q.where('ce.path', 'like', `${scope.centrePath}%`);
    case 'admin':
      return q.where('ce.path', 'like', `${scope.centrePath}%`).where('m.kind', '=', 'feedback');
  }
}

function filtered(q: ReturnType<typeof scoped>, filter: ListFilter, now: Date) {
  switch (filter) {
    case 'all':
      return q;
    case 'pending':
      return q.where('m.status', '=', 'open');
    case 'overdue':
      return q.where('m.status', '=', 'open').where('m.due_at', '<', now);
    default:
      return q.where('m.status', '=', filter);
  }
}

/** A page of messages in scope; waiting ones first by due time, the rest newest first. */
export async function listMessages(
  db: Db,
  scope: MessageScope,
  f: { filter: ListFilter; kind: MessageKind | undefined },
  page: { limit: number; offset: number },
  now: Date,
) {
  let base = filtered(scoped(db, scope), f.filter, now);
  if (f.kind) base = base.where('m.kind', '=', f.kind);
  const { total } = await base
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy(sql`(m.status = 'open')`, 'desc')
    .orderBy(sql`CASE WHEN m.status = 'open' THEN m.due_at END`, 'asc')
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** What a home card shows: messages waiting in scope, and how many of them are late. */
export const countsInScope = (db: Db, scope: MessageScope, now: Date) =>
  scoped(db, scope)
    .clearSelect()
    .select([
      sql<number>`(count(*) FILTER (WHERE m.status = 'open'))::int`.as('pending'),
      sql<number>`(count(*) FILTER (WHERE m.status = 'open' AND m.due_at < ${now}))::int`.as('overdue'),
      sql<number>`(count(*) FILTER (WHERE m.status = 'answered'))::int`.as('answered'),
    ])
    .executeTakeFirstOrThrow();

/** The public page of published answers: by centre (and the centres below it) and kind, newest first. */
export async function listPublished(
  db: Db,
  f: { centrePath: string | null; kind: MessageKind | undefined },
  page: { limit: number; offset: number },
) {
  let base = withNames(db).where('m.status', '=', 'published');
  if (f.centrePath) base = base.where('ce.path', 'like', `${f.centrePath}%`);
  if (f.kind) base = base.where('m.kind', '=', f.kind);
  const { total } = await base
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base.orderBy('m.ended_at', 'desc').orderBy('m.id').limit(page.limit).offset(page.offset).execute();
  return { total, rows };
}

export const findCentre = (db: Db, id: string) =>
  db
    .selectFrom('centre')
    .select(['id', 'name', 'name_en', 'path', 'division_code', 'telephone', 'address'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findWindow = (db: Db, id: string) =>
  db
    .selectFrom('service_window')
    .select(['id', 'centre_id', 'department_id', 'number', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();

/** A published item's handling window, for a consultation about it. */
export const windowOfItem = (db: Db, itemId: string) =>
  db
    .selectFrom('item as i')
    .innerJoin('service_window as w', 'w.id', 'i.window_id')
    .select(['w.id', 'w.centre_id', 'w.department_id', 'w.number', 'w.name'])
    .where('i.id', '=', itemId)
    .where('i.published_version_id', 'is not', null)
    .executeTakeFirst();

/** The centre's windows with their published telephones: the contacts the page shows. */
export const windowsOf = (db: Db, centreId: string) =>
  db
    .selectFrom('service_window as w')
    .innerJoin('department as d', 'd.id', 'w.department_id')
    .select(['w.id', 'w.number', 'w.name', 'w.telephone', 'w.floor', 'd.name as department_name'])
    .where('w.centre_id', '=', centreId)
    .orderBy('w.number')
    .execute();
