import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type {
  AgentAuthorisationTable,
  Database,
  EnterpriseTable,
  PersonTable,
  RoleName,
  StaffTable,
  UserSessionTable,
} from '../../platform/db/schema.js';

export type StaffRow = Selectable<StaffTable>;
export type PersonRow = Selectable<PersonTable>;
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type SessionRow = Selectable<UserSessionTable>;
export type AuthorisationRow = Selectable<AgentAuthorisationTable>;

export type RoleBindingRow = {
  id: string;
  staff_id: string;
  role: RoleName;
  centre_id: string;
  centre_name: string;
  centre_path: string;
  centre_level: string;
  department_id: string | null;
  department_name: string | null;
  window_id: string | null;
  window_name: string | null;
  window_number: string | null;
};

// --- staff -------------------------------------------------------------------------------------

export const findStaffByUsername = (db: Kysely<Database>, username: string) =>
  db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst();

export const findStaff = (db: Kysely<Database>, id: string) =>
  db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();

export const insertStaff = (
  db: Kysely<Database>,
  row: {
    username: string;
    display_name: string;
    password_hash: string;
    must_change_password: boolean;
    mobile_enc: string | null;
  },
) =>
  db
    .insertInto('staff')
    .values({ ...row, recovery_code_hashes: '[]' })
    .returningAll()
    .executeTakeFirstOrThrow();

export const updateStaff = (
  db: Kysely<Database>,
  id: string,
  patch: Omit<Updateable<StaffTable>, 'id' | 'version' | 'updated_at'>,
) =>
  db
    .updateTable('staff')
    .set({ ...patch, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const updateStaffVersioned = (
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: { display_name?: string; active?: boolean },
) =>
  db
    .updateTable('staff')
    .set({ ...patch, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

/** Counts a failed login and locks the account for `lockMinutes` when the limit is reached. */
export const recordStaffFailure = (db: Kysely<Database>, id: string, maxFailures: number, lockMinutes: number) =>
  sql<{ failed_logins: number; locked_until: Date | null }>`
    UPDATE staff SET failed_logins = failed_logins + 1,
      locked_until = CASE WHEN failed_logins + 1 >= ${maxFailures} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
    WHERE id = ${id} RETURNING failed_logins, locked_until`.execute(db);

const roleSelect = (db: Kysely<Database>) =>
  db
    .selectFrom('staff_role as r')
    .innerJoin('centre as c', 'c.id', 'r.centre_id')
    .leftJoin('department as d', 'd.id', 'r.department_id')
    .leftJoin('service_window as w', 'w.id', 'r.window_id')
    .select([
      'r.id',
      'r.staff_id',
      'r.role',
      'r.centre_id',
      'c.name as centre_name',
      'c.path as centre_path',
      'c.level as centre_level',
      'r.department_id',
      'd.name as department_name',
      'r.window_id',
      'w.name as window_name',
      'w.number as window_number',
    ]);

export const listRoles = (db: Kysely<Database>, staffId: string): Promise<RoleBindingRow[]> =>
  roleSelect(db).where('r.staff_id', '=', staffId).orderBy('r.granted_at').execute();

export const findRole = (db: Kysely<Database>, roleId: string): Promise<RoleBindingRow | undefined> =>
  roleSelect(db).where('r.id', '=', roleId).executeTakeFirst();

export const insertRole = (
  db: Kysely<Database>,
  row: {
    staff_id: string;
    role: RoleName;
    centre_id: string;
    department_id: string | null;
    window_id: string | null;
    granted_by: string;
  },
) => db.insertInto('staff_role').values(row).returning('id').executeTakeFirstOrThrow();

export const deleteRole = (db: Kysely<Database>, roleId: string) =>
  db.deleteFrom('staff_role').where('id', '=', roleId).executeTakeFirst();

/** Staff with at least one role at a centre under `underPath` (what an administrator may manage). */
export const listStaffUnder = (db: Kysely<Database>, underPath: string) =>
  db
    .selectFrom('staff as s')
    .selectAll('s')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_role as r')
          .innerJoin('centre as c', 'c.id', 'r.centre_id')
          .select(sql`1`.as('one'))
          .whereRef('r.staff_id', '=', 's.id')
          .where('c.path', 'like', `${underPath}%`),
      ),
    )
    .orderBy('s.username')
    .execute();

export const staffCentrePaths = async (db: Kysely<Database>, staffId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('staff_role as r')
      .innerJoin('centre as c', 'c.id', 'r.centre_id')
      .select('c.path')
      .where('r.staff_id', '=', staffId)
      .execute()
  ).map((r) => r.path);

// --- persons and enterprises -------------------------------------------------------------------

export const findPerson = (db: Kysely<Database>, id: string) =>
  db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();

export const findPersonByIdBidx = (db: Kysely<Database>, bidx: string) =>
  db.selectFrom('person').selectAll().where('id_number_bidx', '=', bidx).executeTakeFirst();

export const findPersonByLogin = (db: Kysely<Database>, bidx: string) =>
  db
    .selectFrom('person')
    .selectAll()
    .where('password_hash', 'is not', null)
    .where((eb) => eb.or([eb('id_number_bidx', '=', bidx), eb('mobile_bidx', '=', bidx)]))
    .executeTakeFirst();

export const insertPerson = (db: Kysely<Database>, row: Insertable<PersonTable>) =>
  db.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePerson = (
  db: Kysely<Database>,
  id: string,
  patch: Omit<Updateable<PersonTable>, 'id' | 'version' | 'updated_at'>,
) =>
  db
    .updateTable('person')
    .set({ ...patch, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const recordPersonFailure = (db: Kysely<Database>, id: string, maxFailures: number, lockMinutes: number) =>
  sql`
    UPDATE person SET failed_logins = failed_logins + 1,
      locked_until = CASE WHEN failed_logins + 1 >= ${maxFailures} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
    WHERE id = ${id}`.execute(db);

export const findEnterpriseByCode = (db: Kysely<Database>, creditCode: string) =>
  db.selectFrom('enterprise').selectAll().where('credit_code', '=', creditCode).executeTakeFirst();

export const insertEnterprise = (db: Kysely<Database>, row: Insertable<EnterpriseTable>) =>
  db.insertInto('enterprise').values(row).returningAll().executeTakeFirstOrThrow();

export const insertMember = (
  db: Kysely<Database>,
  row: { enterprise_id: string; person_id: string; relation: 'legal_representative' | 'authorised' },
) => db.insertInto('enterprise_member').values(row).execute();

export const enterprisesOf = (db: Kysely<Database>, personId: string) =>
  db
    .selectFrom('enterprise_member as m')
    .innerJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .selectAll('e')
    .select('m.relation')
    .where('m.person_id', '=', personId)
    .orderBy('e.name')
    .execute();

export const isMember = async (db: Kysely<Database>, personId: string, enterpriseId: string) =>
  !!(await db
    .selectFrom('enterprise_member')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst());

// --- agent authorisations ----------------------------------------------------------------------

export const insertAuthorisation = (db: Kysely<Database>, row: Insertable<AgentAuthorisationTable>) =>
  db.insertInto('agent_authorisation').values(row).returningAll().executeTakeFirstOrThrow();

const authorisationSelect = (db: Kysely<Database>) =>
  db
    .selectFrom('agent_authorisation as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('staff as s', 's.id', 'a.agent_id')
    .innerJoin('centre as c', 'c.id', 'a.centre_id')
    .selectAll('a')
    .select([
      'p.name as person_name',
      'p.id_number_masked',
      'p.mobile_masked',
      's.display_name as agent_name',
      'c.path as centre_path',
    ]);

export const findAuthorisation = (db: Kysely<Database>, id: string) =>
  authorisationSelect(db).where('a.id', '=', id).executeTakeFirst();

export const listAuthorisations = (db: Kysely<Database>, centreId: string) =>
  authorisationSelect(db).where('a.centre_id', '=', centreId).orderBy('a.created_at', 'desc').execute();

export const revokeAuthorisation = (db: Kysely<Database>, id: string, version: number, reason: string) =>
  db
    .updateTable('agent_authorisation')
    .set({ revoked_at: new Date(), revoke_reason: reason, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

/** A valid authorisation lets an agent's centre act for the resident (R-ORG-4). */
export const activeAuthorisationFor = (db: Kysely<Database>, centreId: string, personId: string) =>
  db
    .selectFrom('agent_authorisation')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('valid_until', '>=', sql<string>`(now() AT TIME ZONE 'Asia/Shanghai')::date`)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();

// --- sessions ----------------------------------------------------------------------------------

export const insertSession = (db: Kysely<Database>, row: Insertable<UserSessionTable>) =>
  db.insertInto('user_session').values(row).returningAll().executeTakeFirstOrThrow();

export const touchSession = (db: Kysely<Database>, id: string) =>
  db.updateTable('user_session').set({ last_seen_at: new Date() }).where('id', '=', id).execute();

export const updateSession = (
  db: Kysely<Database>,
  id: string,
  patch: Partial<Pick<SessionRow, 'acting_role_id' | 'acting_enterprise_id' | 'mfa_passed'>>,
) => db.updateTable('user_session').set(patch).where('id', '=', id).where('revoked_at', 'is', null).execute();

export const revokeSession = (db: Kysely<Database>, id: string) =>
  db
    .updateTable('user_session')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();

export const revokeAllSessions = (db: Kysely<Database>, subjectType: 'staff' | 'person', subjectId: string) =>
  db
    .updateTable('user_session')
    .set({ revoked_at: new Date() })
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

/**
 * Everything a request needs to know about its session in one round trip: the session, and the
 * staff member with their acting post, or the person (this runs on every authenticated request).
 * The subject types are literals, not parameters: with the token hash its only parameter the
 * prepared statement's generic plan is as good as a custom one, so PostgreSQL stops planning it
 * on every execution (it did: planning cost three times the execution).
 */
export const findSessionForRequest = (db: Kysely<Database>, tokenHash: string) =>
  db
    .selectFrom('user_session as s')
    .leftJoin('staff as st', (j) => j.onRef('st.id', '=', 's.subject_id').on('s.subject_type', '=', sql.lit('staff')))
    .leftJoin('staff_role as r', (j) =>
      j.onRef('r.id', '=', 's.acting_role_id').onRef('r.staff_id', '=', 's.subject_id'),
    )
    .leftJoin('centre as c', 'c.id', 'r.centre_id')
    .leftJoin('person as p', (j) => j.onRef('p.id', '=', 's.subject_id').on('s.subject_type', '=', sql.lit('person')))
    .selectAll('s')
    .select([
      'st.display_name as staff_name',
      'st.active as staff_active',
      'st.must_change_password',
      'st.password_changed_at',
      'r.id as role_id',
      'r.role',
      'r.centre_id as role_centre_id',
      'r.department_id as role_department_id',
      'r.window_id as role_window_id',
      'c.path as role_centre_path',
      'p.name as person_name',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
