import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, LicenseCaseTable } from '../../platform/db/schema.js';
import type { CaseRow } from './store.js';

type Db = Kysely<Database>;

export type CaseScope =
  | { kind: 'person'; personId: string; enterpriseId: string | null }
  | { kind: 'window'; windowId: string; intakeCentreId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'agent'; staffId: string; intakeCentreId: string }
  | { kind: 'centres'; centrePath: string };

export type ListFilter = {
  view: 'todo' | 'all' | 'done';
  waitingRole: string | null;
  status?: string | undefined;
  q?: string | undefined;
  /**
   * The card (R-NEW-3), decided in SQL so totals and pages are right: red past the governing
   * deadline, yellow from warn_at (derived with due_at from the centre's calendar) until it.
   */
  warning?: 'none' | 'yellow' | 'red' | undefined;
  sort: 'deadline' | 'submitted';
  limit: number;
  offset: number;
};

const closed = ['rejected', 'concluded', 'withdrawn', 'revoked'] as const;

/** What the clock and the warning card read from a case row. */
const clockColumns = [
  'status',
  'channel',
  'received_at',
  'accepted_at',
  'legal_limit',
  'promised_limit',
  'extension',
  'supplement_due',
  'tolerance_due',
  'tolerated',
  'decided_at',
  'decision',
  'intake_centre_id',
  'deemed_accepted',
] as const;
export type ClockColumns = Pick<CaseRow, (typeof clockColumns)[number]>;

/** The public look-up (portal, kiosk): the clock, and the few facts it shows. */
export const lookupColumns = [
  ...clockColumns,
  'id',
  'case_no',
  'query_code_hash',
  'item_version_id',
  'centre_id',
  'submitted_at',
  'concluded_at',
] as const;

/**
 * A list shows a line per case: only these columns are read, never the form data, so a page of
 * the queue costs the same whatever the applicants typed.
 */
const listColumns = [...clockColumns, 'id', 'case_no', 'centre_id', 'submitted_at', 'due_at'] as const;
export type ListRow = Pick<CaseRow, (typeof listColumns)[number]> & {
  person_name: string | null;
  enterprise_name: string | null;
  item_name: string | null;
};

const casesOf = (db: Db) => db.selectFrom('license_case as c');
type CaseQuery = ReturnType<typeof casesOf>;

/**
 * The scope as disjoint branches. A window sees its own cases and those its township took in
 * (R-ORG-5); written as one OR, PostgreSQL can only gather every open case of the window and sort
 * them, so each side is its own branch that walks its index in deadline order and stops at the page.
 */
function scopeBranches(db: Db, scope: CaseScope): CaseQuery[] {
  const base = casesOf(db);
  switch (scope.kind) {
    case 'person':
      return [
        scope.enterpriseId
          ? base.where('c.applicant_enterprise_id', '=', scope.enterpriseId)
          : base.where('c.applicant_person_id', '=', scope.personId).where('c.applicant_enterprise_id', 'is', null),
      ];
    case 'window':
      return [
        base.where('c.window_id', '=', scope.windowId),
        base.where('c.intake_centre_id', '=', scope.intakeCentreId).where('c.window_id', '!=', scope.windowId),
      ];
    case 'department':
      return [base.where('c.department_id', '=', scope.departmentId)];
    case 'agent':
      return [
        base.where('c.agent_staff_id', '=', scope.staffId),
        base
          .where('c.intake_centre_id', '=', scope.intakeCentreId)
          .where((eb) => eb.or([eb('c.agent_staff_id', 'is', null), eb('c.agent_staff_id', '!=', scope.staffId)])),
      ];
    case 'centres':
      return [
        base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('centre as ce')
              .select(sql`1`.as('one'))
              .whereRef('ce.id', '=', 'c.centre_id')
              .where('ce.path', 'like', `${scope.centrePath}%`),
          ),
        ),
      ];
  }
}

/**
 * The cards as the clock decides them (clock.ts): none while the applicant supplements or the
 * clock is stopped (due_at and warn_at are null then); the deadline instant itself is not red.
 */
const red = sql<boolean>`c.due_at < now() AND c.status != 'supplement'`;
const yellow = sql<boolean>`c.warn_at <= now() AND c.due_at >= now()`;
const cards = {
  red,
  yellow,
  none: sql<boolean>`NOT (coalesce(${red}, false) OR coalesce(${yellow}, false))`,
};

// Written out (not bound) so the planner matches the partial indexes on open cases (0009, 0013).
const open = sql<boolean>`c.status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`;

function filtered(q: CaseQuery, f: ListFilter): CaseQuery {
  if (f.view === 'done') q = q.where('c.status', 'in', closed);
  else q = q.where(open);
  if (f.view === 'todo' && f.waitingRole) q = q.where(sql<boolean>`c.waiting_roles @> ARRAY[${f.waitingRole}]::text[]`);
  if (f.status) q = q.where('c.status', '=', f.status as LicenseCaseTable['status']);
  if (f.warning) q = q.where(cards[f.warning]);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('c.case_no', 'like', like),
        eb.exists(
          eb
            .selectFrom('item_version as v')
            .select(sql`1`.as('one'))
            .whereRef('v.id', '=', 'c.item_version_id')
            .where('v.name', 'like', like),
        ),
      ]),
    );
  }
  return q;
}

/**
 * The list's order: by deadline (none last), or newest first; the id breaks ties, so pages are
 * stable. Closed cases have no deadline left to run: 已办 lists the most recently closed first.
 */
function orderOf(f: ListFilter): RawBuilder<unknown>[] {
  if (f.view === 'done' && f.sort === 'deadline') return [sql`c.updated_at DESC`, sql`c.id`];
  return f.sort === 'deadline' ? [sql`c.due_at ASC NULLS LAST`, sql`c.id`] : [sql`c.submitted_at DESC`, sql`c.id`];
}

/** One page of cases in a scope; every list goes through here, so scope is never forgotten. */
export async function listCases(db: Db, scope: CaseScope, f: ListFilter) {
  const branches = scopeBranches(db, scope).map((b) => filtered(b, f));
  let total = 0;
  for (const b of branches) {
    const [row] = await b.select((eb) => eb.fn.countAll<string>().as('total')).execute();
    total += Number(row?.total ?? 0);
  }
  // Each branch contributes at most the rows up to the end of the page, in the list's order.
  const end = f.offset + f.limit;
  const order = orderOf(f);
  const ids = branches.map((b) =>
    order.reduce((q, o) => q.orderBy(o), b.select(['c.id', 'c.due_at', 'c.submitted_at', 'c.updated_at'])).limit(end),
  );
  // Parenthesised by hand: each branch keeps its own ORDER BY and LIMIT inside the UNION ALL.
  const page = sql<{ id: string }>`(${sql.join(
    ids.map((q) => sql`(${q})`),
    sql` UNION ALL `,
  )})`;
  const rows = await db
    .selectFrom(page.as('u'))
    .innerJoin('license_case as c', 'c.id', 'u.id')
    .leftJoin('person as p', 'p.id', 'c.applicant_person_id')
    .leftJoin('enterprise as e', 'e.id', 'c.applicant_enterprise_id')
    .leftJoin('item_version as v', 'v.id', 'c.item_version_id')
    .select(listColumns.map((column) => `c.${column}` as const))
    .select(['p.name as person_name', 'e.name as enterprise_name', 'v.name as item_name'])
    .$call((q) => order.reduce((acc, o) => acc.orderBy(o), q))
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total, rows: rows as ListRow[] };
}

/**
 * The pauses of a page's cases (supplement, special procedures), for their clocks and step cards.
 * Only accepted cases have a running clock to stop, so a page of new applications costs nothing.
 */
export async function pausesOfCases(db: Db, rows: readonly Pick<ListRow, 'id' | 'accepted_at'>[]) {
  const ids = rows.filter((r) => r.accepted_at !== null).map((r) => r.id);
  if (!ids.length) return [];
  return db
    .selectFrom('case_pause')
    .select(['case_id', 'started_at', 'ended_at'])
    .where('case_id', 'in', ids)
    .orderBy('started_at')
    .execute();
}

/** What re-deriving a case's stored deadlines reads (rederive.ts): the clock's inputs and the stored values. */
const rederiveColumns = [...clockColumns, 'id', 'centre_id', 'version', 'due_at', 'warn_at'] as const;
export type RederiveRow = Pick<CaseRow, (typeof rederiveColumns)[number]>;

/**
 * One batch of the open cases decided at `centreId`, after `afterId` in id order (keyset: each
 * batch is one short range of license_case__centre_open_idx however many cases the centre has).
 */
export function openCasesOfCentre(
  db: Db,
  centreId: string,
  afterId: string | null,
  limit: number,
): Promise<RederiveRow[]> {
  let q = casesOf(db)
    .select(rederiveColumns.map((column) => `c.${column}` as const))
    .where('c.centre_id', '=', centreId)
    .where(open);
  if (afterId) q = q.where('c.id', '>', afterId);
  return q.orderBy('c.id').limit(limit).execute();
}

/**
 * Writes re-derived deadlines in one statement. Only where the case is still at the version they
 * were derived from: a move in between wrote its own (it locks the row and bumps the version), and
 * a value derived from the state before it must not overwrite that. Returns how many were written.
 * updated_at moves (the version does not: no officer's page is stale): the exchange feed, which
 * follows updated_at, sends the case again with its new deadline.
 */
export async function setDeadlines(
  db: Db,
  rows: readonly { id: string; version: number; due_at: Date | null; warn_at: Date | null }[],
): Promise<number> {
  if (!rows.length) return 0;
  const at = (d: Date | null) => (d ? d.toISOString() : null);
  const { rows: written } = await sql<{ id: string }>`
    UPDATE license_case AS c SET due_at = u.due_at, warn_at = u.warn_at, updated_at = now()
      FROM unnest(
        ${rows.map((r) => r.id)}::uuid[],
        ${rows.map((r) => r.version)}::int[],
        ${rows.map((r) => at(r.due_at))}::timestamptz[],
        ${rows.map((r) => at(r.warn_at))}::timestamptz[]
      ) AS u(id, version, due_at, warn_at)
     WHERE c.id = u.id AND c.version = u.version
    RETURNING c.id`.execute(db);
  return written.length;
}
