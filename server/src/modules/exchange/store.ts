import { sql, type Insertable, type Kysely } from 'kysely';
import type { CaseStatusColumn, Database, LegacyCaseTable } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** A timestamp as exact text (microseconds, UTC): the keyset's position, which a JS Date would round. */
const exactTime = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The cases decided by a centre at or below `centrePath` (the case list's own scope for a
 * supervisor), with everything the exchange sends: the item's code, the centre and window, the
 * applicant in full (the receiving database is the centre's own) and the notices' numbers.
 */
function caseRows(db: Db, centrePath: string) {
  return db
    .selectFrom('license_case as c')
    .innerJoin('centre as ce', 'ce.id', 'c.centre_id')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .innerJoin('service_window as w', 'w.id', 'c.window_id')
    .innerJoin('person as p', 'p.id', 'c.applicant_person_id')
    .leftJoin('enterprise as e', 'e.id', 'c.applicant_enterprise_id')
    .where('ce.path', 'like', `${centrePath}%`)
    .select([
      'c.id',
      'c.case_no',
      'c.version',
      'v.implementation_code as item_code',
      'v.name as item_name',
      'ce.id as centre_id',
      'ce.name as centre_name',
      'ce.division_code',
      'w.number as window_number',
      'w.name as window_name',
      'c.channel',
      'c.status',
      'c.received_at',
      'c.accepted_at',
      'c.decided_at',
      'c.concluded_at',
      'c.due_at',
      'c.decision',
      'c.certificate_no',
      'p.name as person_name',
      'p.id_number_enc',
      'e.name as enterprise_name',
      'e.credit_code',
      exactTime('c.updated_at').as('updated_key'),
      exactTime('c.received_at').as('received_key'),
      sql<string[]>`(SELECT coalesce(json_agg(n.doc_no ORDER BY n.issued_at, n.doc_no), '[]')
                     FROM notice n WHERE n.case_id = c.id)`.as('notice_nos'),
    ]);
}

export type ExchangeCaseRow = Awaited<ReturnType<ReturnType<typeof caseRows>['execute']>>[number];

/**
 * A page of the change feed in (updated_at, id) order after `after`. Only changes older than the
 * start of every transaction still open are served: updated_at is its transaction's now(), so a
 * transaction that began earlier but commits later would otherwise land behind a cursor already
 * handed out and be missed for good. Such cases show on the next poll instead.
 */
export const feedPage = (
  db: Db,
  centrePath: string,
  q: { after: { t: string; id: string } | null; since: Date | null; limit: number },
) => {
  let b = caseRows(db, centrePath).where(
    sql<boolean>`c.updated_at < (SELECT least(now(), min(a.xact_start)) FROM pg_stat_activity a
                 WHERE a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL AND a.datname = current_database())`,
  );
  if (q.after) b = b.where(sql<boolean>`(c.updated_at, c.id) > (${q.after.t}::timestamptz, ${q.after.id}::uuid)`);
  else if (q.since) b = b.where('c.updated_at', '>=', q.since);
  return b.orderBy('c.updated_at').orderBy('c.id').limit(q.limit).execute();
};

export type ExportFilter = { from: Date; to: Date; status: CaseStatusColumn | null };

function exportScope(db: Db, centrePath: string, f: ExportFilter) {
  let b = caseRows(db, centrePath).where('c.received_at', '>=', f.from).where('c.received_at', '<', f.to);
  if (f.status) b = b.where('c.status', '=', f.status);
  return b;
}

/** How many cases a file export holds (audited before the first byte goes out). */
export async function exportCount(db: Db, centrePath: string, f: ExportFilter): Promise<number> {
  let b = db
    .selectFrom('license_case as c')
    .innerJoin('centre as ce', 'ce.id', 'c.centre_id')
    .where('ce.path', 'like', `${centrePath}%`)
    .where('c.received_at', '>=', f.from)
    .where('c.received_at', '<', f.to);
  if (f.status) b = b.where('c.status', '=', f.status);
  const r = await b.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

/** One batch of a file export, in (received_at, id) order after the previous batch's last case. */
export const exportBatch = (
  db: Db,
  centrePath: string,
  f: ExportFilter,
  after: { t: string; id: string } | null,
  limit: number,
) => {
  let b = exportScope(db, centrePath, f);
  if (after) b = b.where(sql<boolean>`(c.received_at, c.id) > (${after.t}::timestamptz, ${after.id}::uuid)`);
  return b.orderBy('c.received_at').orderBy('c.id').limit(limit).execute();
};

/** The steps of the cases on a page, with their opinions, in order. */
export const stepsOf = (db: Db, caseIds: string[]) =>
  caseIds.length
    ? db
        .selectFrom('case_step')
        .select(['case_id', 'seq', 'name', 'role', 'status', 'started_at', 'completed_at', 'opinion', 'actor_name'])
        .where('case_id', 'in', caseIds)
        .orderBy('case_id')
        .orderBy('seq')
        .execute()
    : Promise.resolve([]);

export type ExchangeStepRow = Awaited<ReturnType<typeof stepsOf>>[number];

// --- legacy cases ------------------------------------------------------------------------------

/** The current catalogue items with these codes at or below `centrePath` (an import's item check). */
export const itemsByCode = (db: Db, centrePath: string, codes: string[]) =>
  codes.length
    ? db
        .selectFrom('item_version as v')
        .innerJoin('centre as ce', 'ce.id', 'v.centre_id')
        .select(['v.item_id', 'v.implementation_code', 'v.name', 'ce.path'])
        .where('v.is_current', '=', true)
        .where('ce.path', 'like', `${centrePath}%`)
        .where('v.implementation_code', 'in', codes)
        // The importing centre's own item first, should a code exist at two levels.
        .orderBy(sql`length(ce.path)`)
        .execute()
    : Promise.resolve([]);

/** Which of these old case numbers the centre has imported already. */
export const existingLegacyNos = async (db: Db, centreId: string, nos: string[]) =>
  nos.length
    ? (
        await db
          .selectFrom('legacy_case')
          .select('legacy_no')
          .where('centre_id', '=', centreId)
          .where('legacy_no', 'in', nos)
          .execute()
      ).map((r) => r.legacy_no)
    : [];

/** Inserts the rows not yet there; returns how many were new (the rest were imported before). */
export async function insertLegacy(db: Db, rows: Insertable<LegacyCaseTable>[]): Promise<number> {
  let created = 0;
  // In chunks: PostgreSQL allows 65,535 parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) {
    const done = await db
      .insertInto('legacy_case')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['centre_id', 'legacy_no']).doNothing())
      .returning('id')
      .execute();
    created += done.length;
  }
  return created;
}

/**
 * A page of imported cases of centres at or below `centrePath`, newest received first; `q` matches
 * the old case number, the applicant's name, the item's name or code, or a certificate number exactly
 * (by its blind index: the number itself is stored encrypted).
 */
export async function listLegacy(
  db: Db,
  centrePath: string,
  q: { text: string | null; certBidx: string | null; limit: number; offset: number },
) {
  let b = db
    .selectFrom('legacy_case as l')
    .innerJoin('centre as ce', 'ce.id', 'l.centre_id')
    .where('ce.path', 'like', `${centrePath}%`);
  if (q.text) {
    const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    b = b.where((eb) =>
      eb.or([
        eb('l.legacy_no', 'ilike', like),
        eb('l.applicant_name', 'ilike', like),
        eb('l.item_name', 'ilike', like),
        eb('l.item_code', '=', q.text),
        ...(q.certBidx ? [eb('l.applicant_cert_bidx', '=', q.certBidx)] : []),
      ]),
    );
  }
  const { total } = await b.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await b
    .select([
      'l.id',
      'l.legacy_no',
      'l.item_code',
      'l.item_name',
      'l.applicant_kind',
      'l.applicant_name',
      'l.applicant_cert_masked',
      sql<string>`l.received_on::text`.as('received_on'),
      sql<string | null>`l.decided_on::text`.as('decided_on'),
      'l.outcome',
      'l.certificate_no',
      'l.imported_at',
      'ce.name as centre_name',
    ])
    .orderBy('l.received_on', 'desc')
    .orderBy('l.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total, rows };
}

export type LegacyListRow = Awaited<ReturnType<typeof listLegacy>>['rows'][number];
