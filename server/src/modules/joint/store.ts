/** SQL of the joint-case context; no rules here. */
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { JointCaseTable, JointEventTable, JointSubCaseTable } from '../../platform/db/schema-joint.js';

type Db = Kysely<Database>;
export type JointRow = Selectable<JointCaseTable>;
export type SubCaseRow = Selectable<JointSubCaseTable>;
export type JointEventRow = Selectable<JointEventTable>;

/** The live channel: one NOTIFY per committed change of a joint case, carrying only its id and number. */
export const JOINT_CHANNEL = 'tongban_joint';

export const notifyChange = (db: Db, jointId: string, seq: number) =>
  sql`SELECT pg_notify(${JOINT_CHANNEL}, ${JSON.stringify({ j: jointId, s: seq })})`.execute(db);

export const findJoint = (db: Db, id: string) =>
  db.selectFrom('joint_case').selectAll().where('id', '=', id).executeTakeFirst();

export const findJointByCase = (db: Db, caseId: string) =>
  db.selectFrom('joint_case').selectAll().where('case_id', '=', caseId).executeTakeFirst();

/** Of the lead cases named, those whose joint case is still open, with its stage. */
export const openJointsOfCases = (db: Db, caseIds: string[]) =>
  db
    .selectFrom('joint_case')
    .select(['id', 'case_id', 'stage'])
    .where('case_id', 'in', caseIds)
    .where('stage', 'not in', ['completed', 'closed'])
    .execute();

export const lockJoint = (db: Db, id: string) =>
  db.selectFrom('joint_case').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const lockJointByCase = (db: Db, caseId: string) =>
  db.selectFrom('joint_case').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();

export const insertJoint = (db: Db, row: Insertable<JointCaseTable>) =>
  db.insertInto('joint_case').values(row).returningAll().executeTakeFirstOrThrow();

/** The version the caller saw goes in WHERE: a concurrent change makes this return undefined. */
export const updateJoint = (db: Db, id: string, version: number, patch: Updateable<JointCaseTable>) =>
  db
    .updateTable('joint_case')
    .set({ ...patch, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const listSubs = (db: Db, jointId: string) =>
  db
    .selectFrom('joint_sub_case')
    .selectAll()
    .where('joint_case_id', '=', jointId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();

export const insertSub = (db: Db, row: Insertable<JointSubCaseTable>) =>
  db.insertInto('joint_sub_case').values(row).returningAll().executeTakeFirstOrThrow();

export const updateSub = (db: Db, id: string, patch: Updateable<JointSubCaseTable>) =>
  db.updateTable('joint_sub_case').set(patch).where('id', '=', id).execute();

export const insertEvent = (db: Db, row: Insertable<JointEventTable>) =>
  db.insertInto('joint_event').values(row).returning('id').executeTakeFirstOrThrow();

export const listEvents = (db: Db, jointId: string) =>
  db.selectFrom('joint_event').selectAll().where('joint_case_id', '=', jointId).orderBy('seq').execute();

/** The lead case and its item's joint departments, when the item is joint (one indexed lookup per new case). */
export const jointItemOfCase = (db: Db, caseId: string) =>
  db
    .selectFrom('license_case as c')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .select([
      'c.centre_id',
      'c.department_id',
      'c.window_id',
      sql<{ coDepartmentIds: string[] } | null>`v.definition->'joint'`.as('joint'),
    ])
    .where('c.id', '=', caseId)
    .where('v.is_joint', '=', true)
    .executeTakeFirst();

/** A department's window at a centre (the lowest number), the one a co-window's work goes to. */
export const windowOfDepartment = (db: Db, departmentId: string, centreId: string) =>
  db
    .selectFrom('service_window')
    .select(['id', 'department_id'])
    .where('department_id', '=', departmentId)
    .where('centre_id', '=', centreId)
    .orderBy('number')
    .executeTakeFirst();

export const findWindow = (db: Db, id: string) =>
  db.selectFrom('service_window').select(['id', 'department_id', 'centre_id']).where('id', '=', id).executeTakeFirst();

export async function names(db: Db, departmentIds: string[], windowIds: string[]) {
  const [departments, windows] = await Promise.all([
    departmentIds.length
      ? db.selectFrom('department').select(['id', 'name']).where('id', 'in', departmentIds).execute()
      : [],
    windowIds.length
      ? db.selectFrom('service_window').select(['id', 'name', 'number']).where('id', 'in', windowIds).execute()
      : [],
  ]);
  return {
    department: new Map(departments.map((d) => [d.id, d.name])),
    window: new Map(windows.map((w) => [w.id, `${w.number}号 ${w.name}`])),
  };
}

/** What the joint view shows of the lead case (read-only: the cases context owns these rows). */
export const caseSummary = (db: Db, caseId: string) =>
  db
    .selectFrom('license_case as c')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .innerJoin('centre as ce', 'ce.id', 'c.centre_id')
    .select([
      'c.id',
      'c.case_no',
      'c.status',
      'c.version',
      'c.centre_id',
      'c.department_id',
      'c.window_id',
      'c.applicant_person_id',
      'c.applicant_enterprise_id',
      'c.accepted_at',
      'c.decided_at',
      'c.decision',
      'c.item_version_id',
      'v.name as item_name',
      'ce.path as centre_path',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();

export const caseMaterials = (db: Db, caseId: string) =>
  db
    .selectFrom('case_material')
    .select(['material_key', 'name', 'file_name', 'state', 'uploaded_at', 'sha256'])
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .execute();

export const caseSteps = (db: Db, caseId: string) =>
  db
    .selectFrom('case_step')
    .select(['seq', 'name', 'status', 'opinion', 'actor_name', 'completed_at'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();

/** The two joint notices of the lead case (the notices context's table, declared there the same way). */
type NoticeRow = {
  id: string;
  case_id: string;
  notice_type: string;
  doc_no: string;
  issued_at: Date;
  pdf_sha256: string;
};
export const jointNotices = (db: Db, caseId: string) =>
  db
    .withTables<{ notice: NoticeRow }>()
    .selectFrom('notice')
    .select(['id', 'notice_type', 'doc_no', 'issued_at', 'pdf_sha256'])
    .where('case_id', '=', caseId)
    .where('notice_type', 'in', ['joint_start_notice', 'joint_completion_notice'])
    .orderBy('issued_at')
    .execute();

export const findSetting = (db: Db, centreId: string) =>
  db.selectFrom('joint_setting').selectAll().where('centre_id', '=', centreId).executeTakeFirst();

export const upsertSetting = (db: Db, centreId: string, deem: boolean, by: string) =>
  db
    .insertInto('joint_setting')
    .values({ centre_id: centreId, deem_silent_agreement: deem, updated_by: by })
    .onConflict((oc) =>
      oc.column('centre_id').doUpdateSet({ deem_silent_agreement: deem, updated_by: by, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();

export const centrePath = (db: Db, centreId: string) =>
  db.selectFrom('centre').select(['path']).where('id', '=', centreId).executeTakeFirstOrThrow();

/** Joint cases a window leads or helps in, or a department leads or helps in, newest first. */
export function listFor(db: Db, who: { windowId: string | null; departmentId: string | null }, limit: number) {
  return db
    .selectFrom('joint_case as j')
    .innerJoin('license_case as c', 'c.id', 'j.case_id')
    .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
    .select(['j.id', 'j.case_id', 'j.stage', 'j.updated_at', 'j.lead_window_id', 'c.case_no', 'v.name as item_name'])
    .where((eb) => {
      const ors = [];
      if (who.windowId) {
        ors.push(eb('j.lead_window_id', '=', who.windowId));
        ors.push(
          eb.exists(
            eb
              .selectFrom('joint_sub_case as s')
              .select('s.id')
              .whereRef('s.joint_case_id', '=', 'j.id')
              .where('s.window_id', '=', who.windowId)
              .where('s.status', '<>', 'removed'),
          ),
        );
      }
      if (who.departmentId) {
        ors.push(eb('j.lead_department_id', '=', who.departmentId));
        ors.push(
          eb.exists(
            eb
              .selectFrom('joint_sub_case as s')
              .select('s.id')
              .whereRef('s.joint_case_id', '=', 'j.id')
              .where('s.department_id', '=', who.departmentId)
              .where('s.status', '<>', 'removed'),
          ),
        );
      }
      return ors.length ? eb.or(ors) : eb.val(false);
    })
    .orderBy('j.updated_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * A file this joint case shows its participants, by hash: an inspection photo, a material of the
 * lead case, or a joint notice's PDF. Null when the hash is none of them.
 */
export async function fileOfJoint(db: Db, joint: JointRow, sha256: string) {
  const stored = await db
    .selectFrom('stored_file')
    .select(['sha256', 'media_type'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!stored) return null;
  const photo = joint.inspection?.photos.find((p) => p.sha256.trim() === sha256);
  if (photo) return { mediaType: stored.media_type, fileName: photo.fileName };
  const material = await db
    .selectFrom('case_material')
    .select(['file_name'])
    .where('case_id', '=', joint.case_id)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (material) return { mediaType: stored.media_type, fileName: material.file_name };
  const notice = await db
    .withTables<{ notice: NoticeRow }>()
    .selectFrom('notice')
    .select(['doc_no'])
    .where('case_id', '=', joint.case_id)
    .where('pdf_sha256', '=', sha256)
    .where('notice_type', 'in', ['joint_start_notice', 'joint_completion_notice'])
    .executeTakeFirst();
  if (notice) return { mediaType: 'application/pdf', fileName: `${notice.doc_no}.pdf` };
  return null;
}
