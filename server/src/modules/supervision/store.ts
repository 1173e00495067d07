import { sql, type Insertable, type Kysely } from 'kysely';
import type { CaseUrgeTable, Database } from '../../platform/db/schema.js';
import type { UrgeFilter } from './model.js';

import type { OfficeScope } from '../cases/access.js';

type Db = Kysely<Database>;

/** Inserts an urge; undefined when the case already has an open one (the partial unique index decides). */
export const insertUrge = (db: Db, row: Insertable<CaseUrgeTable>) =>
  db
    .insertInto('case_urge')
    .values(row)
    .onConflict((oc) => oc.column('case_id').where('replied_at', 'is', null).doNothing())
    .returningAll()
    .executeTakeFirst();

export const findUrge = (db: Db, id: string) =>
  db.selectFrom('case_urge').selectAll().where('id', '=', id).executeTakeFirst();

export type UrgeRow = NonNullable<Awaited<ReturnType<typeof findUrge>>>;

/** A case's urges, oldest first, as its page shows them. */
export const urgesOfCase = (db: Db, caseId: string) =>
  db.selectFrom('case_urge').selectAll().where('case_id', '=', caseId).orderBy('urged_at').orderBy('id').execute();

/** The reply, at the version the officer saw and only while unanswered: undefined when someone was first. */
export const replyAtVersion = (
  db: Db,
  id: string,
  version: number,
  reply: {
    reply: string;
    replied_at: Date;
    replied_by_staff_id: string;
    replied_by_name: string;
    replied_late: boolean;
  },
) =>
  db
    .updateTable('case_urge')
    .set({ ...reply, version: sql<number>`version + 1`, updated_at: sql<Date>`clock_timestamp()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('replied_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

const scoped = (db: Db, scope: OfficeScope) => {
  let q = db.selectFrom('case_urge as u').innerJoin('centre as ce', 'ce.id', 'u.centre_id');
  if (scope.kind === 'window') q = q.where('u.window_id', '=', scope.windowId);
  else if (scope.kind === 'department') q = q.where('u.department_id', '=', scope.departmentId);
  else q = q.where('ce.path', 'like', `${scope.centrePath}%`);
  return q;
};

function filtered(q: ReturnType<typeof scoped>, filter: UrgeFilter, now: Date) {
  switch (filter) {
    case 'all':
      return q;
    case 'open':
      return q.where('u.replied_at', 'is', null);
    case 'replied':
      return q.where('u.replied_at', 'is not', null);
    case 'overdue':
      return q.where('u.replied_at', 'is', null).where('u.reply_due', '<', now);
  }
}

/** A page of urges in scope, newest first, with what a list line shows of the case. */
export async function listUrges(
  db: Db,
  scope: OfficeScope,
  filter: UrgeFilter,
  page: { limit: number; offset: number },
  now: Date,
) {
  const base = filtered(scoped(db, scope), filter, now);
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('license_case as c', 'c.id', 'u.case_id')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .innerJoin('service_window as w', 'w.id', 'u.window_id')
    .selectAll('u')
    .select([
      'c.case_no',
      'c.status as case_status',
      'v.name as item_name',
      sql<string | null>`nullif(v.definition->>'nameEn', '')`.as('item_name_en'),
      'w.number as window_number',
      'w.name as window_name',
      'ce.name as centre_name',
    ])
    .orderBy('u.urged_at', 'desc')
    .orderBy('u.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

export type UrgeListRow = Awaited<ReturnType<typeof listUrges>>['rows'][number];

// The cards exactly as the queue filters them (cases/list-store.ts), so a count here and the
// queue it links to agree: red past the deadline (not while supplementing), yellow from warn_at
// until the deadline itself. The open statuses are written out, not bound, so the planner matches
// the partial index license_case__window_open_idx, which covers status, due_at and warn_at.
const openCase = sql<boolean>`c.status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`;
const red = sql<boolean>`c.due_at < now() AND c.status != 'supplement'`;
const yellow = sql<boolean>`c.warn_at <= now() AND c.due_at >= now()`;

/**
 * Per window of the centres under `centrePath`: open cases and their yellow and red cards, open
 * and overdue urges. One statement: the windows in reach through the centre's path index, then
 * per window an index-only count over its open cases and a count over its open urges (both
 * partial indexes). Windows with nothing open are left out.
 */
export async function windowCounts(db: Db, centrePath: string) {
  const rows = await sql<{
    window_id: string;
    window_number: string;
    window_name: string;
    centre_id: string;
    centre_name: string;
    centre_name_en: string | null;
    open_cases: number;
    yellow_cards: number;
    red_cards: number;
    open_urges: number;
    overdue_urges: number;
  }>`
    SELECT w.id AS window_id, w.number AS window_number, w.name AS window_name,
           ce.id AS centre_id, ce.name AS centre_name, ce.name_en AS centre_name_en,
           k.open_cases, k.yellow_cards, k.red_cards, g.open_urges, g.overdue_urges
      FROM centre ce
      JOIN service_window w ON w.centre_id = ce.id
     CROSS JOIN LATERAL (
           SELECT count(*)::int AS open_cases,
                  (count(*) FILTER (WHERE ${yellow}))::int AS yellow_cards,
                  (count(*) FILTER (WHERE ${red}))::int AS red_cards
             FROM license_case c
            WHERE c.window_id = w.id AND ${openCase}) k
     CROSS JOIN LATERAL (
           SELECT count(*)::int AS open_urges,
                  (count(*) FILTER (WHERE u.reply_due < now()))::int AS overdue_urges
             FROM case_urge u
            WHERE u.window_id = w.id AND u.replied_at IS NULL) g
     WHERE ce.path LIKE ${`${centrePath}%`}
       AND (k.open_cases > 0 OR g.open_urges > 0)
     ORDER BY ce.path, w.number`.execute(db);
  return rows.rows;
}

export type WindowCountRow = Awaited<ReturnType<typeof windowCounts>>[number];

/** The urging supervisor's centre, named on the urge so the window knows who asks. */
export const centreName = async (db: Db, id: string) =>
  (await db.selectFrom('centre').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
