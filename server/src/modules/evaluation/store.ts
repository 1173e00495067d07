import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { CaseEvaluationTable, Database } from '../../platform/db/schema.js';

import type { OfficeScope } from '../cases/access.js';

type Db = Kysely<Database>;

export type ListFilter = 'all' | 'poor' | 'open' | 'answered' | 'closed' | 'overdue';

/** Inserts the case's one rating; undefined when the case already has one (the second of two at once loses). */
export const insertEvaluation = (db: Db, row: Insertable<CaseEvaluationTable>) =>
  db
    .insertInto('case_evaluation')
    .values(row)
    .onConflict((oc) => oc.column('case_id').doNothing())
    .returningAll()
    .executeTakeFirst();

export const findEvaluation = (db: Db, caseId: string) =>
  db.selectFrom('case_evaluation').selectAll().where('case_id', '=', caseId).executeTakeFirst();

export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

/** The level a case was given, for the public look-up; undefined while not rated. */
export const levelOf = async (db: Db, caseId: string) =>
  (await db.selectFrom('case_evaluation').select('level').where('case_id', '=', caseId).executeTakeFirst())?.level;

/** A follow-up move at the version the officer saw: undefined when someone else moved it first. */
export const updateAtVersion = (db: Db, caseId: string, version: number, patch: Updateable<CaseEvaluationTable>) =>
  db
    .updateTable('case_evaluation')
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: sql<Date>`clock_timestamp()` })
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

const scoped = (db: Db, scope: OfficeScope) => {
  let q = db.selectFrom('case_evaluation as e').innerJoin('centre as ce', 'ce.id', 'e.centre_id');
  if (scope.kind === 'window') q = q.where('e.window_id', '=', scope.windowId);
  else if (scope.kind === 'department') q = q.where('e.department_id', '=', scope.departmentId);
  else q = q.where('ce.path', 'like', `${scope.centrePath}%`);
  return q;
};

function filtered(q: ReturnType<typeof scoped>, filter: ListFilter, now: Date) {
  switch (filter) {
    case 'all':
      return q;
    case 'poor':
      return q.where('e.level', '<=', 2);
    case 'overdue':
      return q.where('e.follow_up', '=', 'open').where('e.follow_up_due', '<', now);
    default:
      return q.where('e.follow_up', '=', filter);
  }
}

/** A page of ratings in scope, newest first, with what a list line shows of the case. */
export async function listEvaluations(
  db: Db,
  scope: OfficeScope,
  filter: ListFilter,
  page: { limit: number; offset: number },
  now: Date,
) {
  const base = filtered(scoped(db, scope), filter, now);
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('license_case as c', 'c.id', 'e.case_id')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .innerJoin('service_window as w', 'w.id', 'e.window_id')
    .selectAll('e')
    .select([
      'c.case_no',
      'v.name as item_name',
      sql<string | null>`nullif(v.definition->>'nameEn', '')`.as('item_name_en'),
      'w.number as window_number',
      'w.name as window_name',
      'ce.name as centre_name',
    ])
    .orderBy('e.rated_at', 'desc')
    .orderBy('e.case_id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

export type EvaluationListRow = Awaited<ReturnType<typeof listEvaluations>>['rows'][number];

/** Per window in scope: how many ratings at each level, and the follow-ups open and overdue. */
export const summaryByWindow = (db: Db, scope: OfficeScope, now: Date) =>
  scoped(db, scope)
    .innerJoin('service_window as w', 'w.id', 'e.window_id')
    .select([
      'e.window_id',
      'w.number as window_number',
      'w.name as window_name',
      'ce.name as centre_name',
      ...([1, 2, 3, 4, 5] as const).map((l) =>
        sql<number>`(count(*) FILTER (WHERE e.level = ${l}))::int`.as(`level_${l}`),
      ),
      sql<number>`(count(*) FILTER (WHERE e.follow_up IN ('open', 'answered')))::int`.as('open_follow_ups'),
      sql<number>`(count(*) FILTER (WHERE e.follow_up = 'open' AND e.follow_up_due < ${now}))::int`.as(
        'overdue_follow_ups',
      ),
    ])
    .groupBy(['e.window_id', 'w.number', 'w.name', 'ce.name', 'ce.path'])
    .orderBy('ce.path')
    .orderBy('w.number')
    .execute();

export type SummaryRow = Awaited<ReturnType<typeof summaryByWindow>>[number];
