import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  CaseDraftTable,
  CaseEventTable,
  CaseMaterialTable,
  CaseStepTable,
  Database,
  LicenseCaseTable,
  OutboxEventTable,
} from '../../platform/db/schema.js';
import { lookupColumns } from './list-store.js';

type Db = Kysely<Database>;

// --- cases ------------------------------------------------------------------------------------

export const insertCase = (db: Db, row: Insertable<LicenseCaseTable>) =>
  db.insertInto('license_case').values(row).returningAll().executeTakeFirstOrThrow();

export const findCase = (db: Db, id: string) =>
  db.selectFrom('license_case').selectAll().where('id', '=', id).executeTakeFirst();

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Serialises moves on one case: the second officer waits, then sees the first one's version. */
export const lockCase = (db: Db, id: string) =>
  db.selectFrom('license_case').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** The public look-up's row: its clock and what it shows, never the form data or names. */
export const findCaseByNo = (db: Db, caseNo: string) =>
  db
    .selectFrom('license_case as c')
    .select(lookupColumns.map((column) => `c.${column}` as const))
    .where('c.case_no', '=', caseNo)
    .executeTakeFirst();

/** Optimistic lock: only the version the user looked at may be changed; undefined means stale. */
export const updateCase = (db: Db, id: string, version: number, patch: Updateable<LicenseCaseTable>) =>
  db
    .updateTable('license_case')
    .set({ ...patch, version: version + 1, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

/** Queue fields derived from the case (whose move, which deadline); not a user's edit, no version. */
/**
 * Who a granted case waits on (fees due or paid), in one statement that also locks the row; other
 * statuses keep their own waiting roles. Returns what the caller's move needs.
 */
export const setWaitingWhileGranted = (db: Db, id: string, roles: string[]) =>
  db
    .updateTable('license_case')
    .set({ waiting_roles: sql<string[]>`CASE WHEN status = 'granted' THEN ${roles}::text[] ELSE waiting_roles END` })
    .where('id', '=', id)
    .returning(['id', 'status', 'applicant_person_id'])
    .executeTakeFirst();

export const setDerived = (
  db: Db,
  id: string,
  derived: { waiting_roles: string[]; due_at: Date | null; warn_at: Date | null },
) => db.updateTable('license_case').set(derived).where('id', '=', id).execute();

// --- steps ------------------------------------------------------------------------------------

export const insertSteps = (db: Db, rows: Insertable<CaseStepTable>[]) =>
  rows.length ? db.insertInto('case_step').values(rows).returningAll().execute() : Promise.resolve([]);

export const listSteps = (db: Db, caseId: string) =>
  db.selectFrom('case_step').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();

export type StepRow = Awaited<ReturnType<typeof listSteps>>[number];

export const updateStep = (db: Db, caseId: string, seq: number, patch: Updateable<CaseStepTable>) =>
  db.updateTable('case_step').set(patch).where('case_id', '=', caseId).where('seq', '=', seq).execute();

/** The active steps per case, for queue rows (name, and whether it is over its own limit). */
export const activeStepNames = (db: Db, caseIds: string[]) =>
  caseIds.length
    ? db
        .selectFrom('case_step')
        .select(['case_id', 'name', 'started_at', 'time_limit'])
        .where('case_id', 'in', caseIds)
        .where('status', '=', 'active')
        .orderBy('seq')
        .execute()
    : Promise.resolve([]);

// --- history, pauses, outbox ------------------------------------------------------------------

/**
 * A move's history entry and its outbox event, written in one statement (a data-modifying CTE:
 * both rows or neither, one round trip instead of two on every move). Returns the history entry.
 */
export const insertEventWithOutbox = (db: Db, row: Insertable<CaseEventTable>, outbox: Insertable<OutboxEventTable>) =>
  db
    .with('o', (qb) => qb.insertInto('outbox_event').values(outbox))
    .insertInto('case_event')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();

export const listEvents = (db: Db, caseId: string) =>
  db.selectFrom('case_event').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();

/**
 * The public look-up in one statement (it is the busiest anonymous read, benchmarked against a bare
 * primary-key read): the case's look-up columns with, as JSON, its pauses, the names of its active
 * steps and the latest `limit` of its `actions` — only when, which move and to which status, never
 * who or why; each an index read by case id (case_event__case_idx backwards for the moves).
 */
export const findCaseForLookup = (db: Db, caseNo: string, actions: readonly string[], limit: number) =>
  db
    .selectFrom('license_case as c')
    .select(lookupColumns.map((column) => `c.${column}` as const))
    .select([
      sql<Array<{ started_at: string; ended_at: string | null }>>`(
        SELECT coalesce(json_agg(json_build_object('started_at', p.started_at, 'ended_at', p.ended_at)
                        ORDER BY p.started_at), '[]')
        FROM case_pause p WHERE p.case_id = c.id)`.as('pauses'),
      sql<string[]>`(
        SELECT coalesce(json_agg(s.name ORDER BY s.seq), '[]')
        FROM case_step s WHERE s.case_id = c.id AND s.status = 'active')`.as('active_steps'),
      sql<Array<{ at: string; action: string; to_status: string }>>`(
        SELECT coalesce(json_agg(json_build_object('at', e.at, 'action', e.action, 'to_status', e.to_status)
                        ORDER BY e.at DESC, e.id DESC), '[]')
        FROM (SELECT e.id, e.at, e.action, e.to_status FROM case_event e
              WHERE e.case_id = c.id AND e.action = ANY(${sql.val([...actions])}::text[])
              ORDER BY e.at DESC, e.id DESC LIMIT ${limit}) e)`.as('moves'),
    ])
    .where('c.case_no', '=', caseNo)
    .executeTakeFirst();

export const openPause = (db: Db, caseId: string, kind: 'supplement' | 'special_procedure', at: Date, data: object) =>
  db
    .insertInto('case_pause')
    .values({ case_id: caseId, kind, started_at: at, data: JSON.stringify(data) })
    .execute();

export const closePauses = (db: Db, caseId: string, at: Date) =>
  db
    .updateTable('case_pause')
    .set({ ended_at: at })
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null)
    .execute();

export const listPauses = (db: Db, caseId: string) =>
  db.selectFrom('case_pause').selectAll().where('case_id', '=', caseId).orderBy('started_at').execute();

/** An outbox event that is not a move of the case (announce.ts). */
export const insertOutbox = (db: Db, row: Insertable<OutboxEventTable>) =>
  db.insertInto('outbox_event').values(row).execute();

export const outboxForPerson = (db: Db, personId: string, limit: number) =>
  db
    .selectFrom('outbox_event as o')
    .innerJoin('license_case as c', 'c.id', 'o.case_id')
    .select(['o.id', 'o.case_id', 'o.topic', 'o.payload', 'o.created_at', 'c.case_no'])
    .where('o.recipient_person_id', '=', personId)
    .orderBy('o.created_at', 'desc')
    .limit(limit)
    .execute();

// --- uploads and materials --------------------------------------------------------------------

export const insertUpload = (
  db: Db,
  row: { owner: string; sha256: string; file_name: string; size_bytes: number; media_type: string },
) => db.insertInto('case_upload').values(row).returningAll().executeTakeFirstOrThrow();

export const findUploads = (db: Db, owner: string, ids: string[]) =>
  ids.length
    ? db.selectFrom('case_upload').selectAll().where('owner', '=', owner).where('id', 'in', ids).execute()
    : Promise.resolve([]);

/**
 * The owner's uploads named, taken out of the upload list in the same statement (a submission
 * consumes them): what comes back is what was there; the caller's transaction rolls the delete
 * back if anything is missing.
 */
export const consumeUploads = (db: Db, owner: string, ids: string[]) =>
  ids.length
    ? db
        .deleteFrom('case_upload')
        .where('owner', '=', owner)
        .where((eb) => eb('id', '=', eb.fn.any(eb.val(ids))))
        .returningAll()
        .execute()
    : Promise.resolve([]);

export const deleteUploads = (db: Db, ids: string[]) =>
  ids.length ? db.deleteFrom('case_upload').where('id', 'in', ids).execute() : Promise.resolve([]);

export const insertMaterials = (db: Db, rows: Insertable<CaseMaterialTable>[]) =>
  rows.length ? db.insertInto('case_material').values(rows).returningAll().execute() : Promise.resolve([]);

export const listMaterials = (db: Db, caseId: string) =>
  db
    .selectFrom('case_material')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();

/** A new file for a material replaces the earlier one in the list; the old one stays on record. */
export const supersedeMaterials = (db: Db, caseId: string, keys: string[]) =>
  keys.length
    ? db
        .updateTable('case_material')
        .set({ state: 'superseded' })
        .where('case_id', '=', caseId)
        .where('material_key', 'in', keys)
        .where('state', '!=', 'superseded')
        .execute()
    : Promise.resolve([]);

export const markFaulty = (db: Db, caseId: string, keys: string[]) =>
  keys.length
    ? db
        .updateTable('case_material')
        .set({ state: 'faulty' })
        .where('case_id', '=', caseId)
        .where('material_key', 'in', keys)
        .where('state', '=', 'received')
        .execute()
    : Promise.resolve([]);

export const findMaterial = (db: Db, caseId: string, id: string) =>
  db.selectFrom('case_material').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();

/**
 * Uploads nobody attached within a day, and are not in a draft, are removed. Returns the content
 * addresses that no table refers to any more, for the file store to delete.
 */
export async function sweepUploads(db: Db, olderThan: Date): Promise<string[]> {
  const removed = await db
    .deleteFrom('case_upload as u')
    .where('u.created_at', '<', olderThan)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_draft as d')
            .select(sql`1`.as('one'))
            .where(sql<boolean>`d.materials @> jsonb_build_array(jsonb_build_object('uploadId', u.id::text))`),
        ),
      ),
    )
    .returning('u.sha256')
    .execute();
  const shas = [...new Set(removed.map((r) => r.sha256))];
  if (!shas.length) return [];
  const stillUsed = await sql<{ sha256: string }>`
    SELECT sha256 FROM case_upload WHERE sha256 = ANY(${shas})
    UNION SELECT sha256 FROM case_material WHERE sha256 = ANY(${shas})
    UNION SELECT sha256 FROM message_attachment WHERE sha256 = ANY(${shas})
    UNION SELECT form_file_sha256 FROM agent_authorisation WHERE form_file_sha256 = ANY(${shas})
    UNION SELECT s.sha FROM unnest(${shas}::text[]) AS s(sha)
      WHERE EXISTS (SELECT 1 FROM item_version v WHERE strpos(v.definition::text, s.sha) > 0)
         OR EXISTS (SELECT 1 FROM item i WHERE strpos(i.draft::text, s.sha) > 0)`.execute(db);
  const used = new Set(stillUsed.rows.map((r) => r.sha256.trim()));
  const orphans = shas.filter((s) => !used.has(s));
  if (orphans.length) await db.deleteFrom('stored_file').where('sha256', 'in', orphans).execute();
  return orphans;
}

// --- drafts -----------------------------------------------------------------------------------

export const insertDraft = (db: Db, row: Insertable<CaseDraftTable>) =>
  db.insertInto('case_draft').values(row).returningAll().executeTakeFirstOrThrow();

export const findDraft = (db: Db, owner: string, id: string) =>
  db.selectFrom('case_draft').selectAll().where('owner', '=', owner).where('id', '=', id).executeTakeFirst();

export type DraftRow = NonNullable<Awaited<ReturnType<typeof findDraft>>>;

export const listDrafts = (db: Db, owner: string) =>
  db.selectFrom('case_draft').selectAll().where('owner', '=', owner).orderBy('updated_at', 'desc').limit(100).execute();

export const updateDraft = (db: Db, owner: string, id: string, version: number, patch: Updateable<CaseDraftTable>) =>
  db
    .updateTable('case_draft')
    .set({ ...patch, version: version + 1, updated_at: sql<Date>`now()` })
    .where('owner', '=', owner)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const deleteDraft = (db: Db, owner: string, id: string) =>
  db.deleteFrom('case_draft').where('owner', '=', owner).where('id', '=', id).executeTakeFirst();

// --- idempotency ------------------------------------------------------------------------------

export const findIdempotencyKey = (db: Db, owner: string, key: string) =>
  db.selectFrom('idempotency_key').selectAll().where('owner', '=', owner).where('key', '=', key).executeTakeFirst();

/**
 * Holds one owner's idempotency key until the transaction ends: a second request with the same
 * key (a double click) waits here, then finds the first one's case instead of racing it.
 */
export const lockIdempotencyKey = (db: Db, owner: string, key: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${owner}|${key}`}, 0))`.execute(db);

export const insertIdempotencyKey = (
  db: Db,
  row: { owner: string; key: string; request_hash: string; case_id: string },
) => db.insertInto('idempotency_key').values(row).execute();

// --- lists: list-store.ts ----------------------------------------------------------------------

export type { CaseScope, ClockColumns, ListFilter, ListRow } from './list-store.js';
export { listCases, lookupColumns } from './list-store.js';

export const applicantNames = (db: Db, personId: string, enterpriseId: string | null) =>
  db
    .selectFrom('person as p')
    .leftJoin('enterprise as e', (j) => j.on(sql<boolean>`e.id = ${enterpriseId}::uuid`))
    .select(['p.name as person_name', 'e.name as enterprise_name'])
    .where('p.id', '=', personId)
    .executeTakeFirstOrThrow();

export const centrePath = (db: Db, id: string) =>
  db.selectFrom('centre').select(['path', 'name', 'division_code']).where('id', '=', id).executeTakeFirstOrThrow();

export const staffName = (db: Db, id: string) =>
  db.selectFrom('staff').select('display_name').where('id', '=', id).executeTakeFirst();

/**
 * What a window clerk may take in: the window's own published items, and — at a township — the
 * items decided higher up whose guide lists township intake (R-ORG-5).
 */
export const intakeItems = (db: Db, windowId: string, centrePath: string) =>
  db
    .selectFrom('item_version as v')
    .innerJoin('centre as c', 'c.id', 'v.centre_id')
    .innerJoin('department as d', 'd.id', 'v.department_id')
    .innerJoin('service_window as w', 'w.id', 'v.window_id')
    .select([
      'v.item_id',
      'v.id as version_id',
      'v.name',
      'c.name as centre_name',
      'd.name as department_name',
      'w.name as window_name',
    ])
    .where('v.is_current', '=', true)
    .where((eb) =>
      eb.or([
        eb('v.window_id', '=', windowId),
        eb.and([
          eb('c.path', '!=', centrePath),
          sql<boolean>`${centrePath} LIKE c.path || '%'`,
          sql<boolean>`jsonb_exists(v.definition->'intakeLevels', 'township')`,
        ]),
      ]),
    )
    .orderBy('v.name')
    .limit(500)
    .execute();
