import type { Insertable, Kysely } from 'kysely';
import type { CaseStepTable, Database, LicenseCaseTable } from '../../platform/db/schema.js';

export const insertCase = (db: Kysely<Database>, row: Insertable<LicenseCaseTable>) =>
  db.insertInto('license_case').values(row).returningAll().executeTakeFirstOrThrow();

export const insertSteps = (db: Kysely<Database>, rows: Insertable<CaseStepTable>[]) =>
  rows.length ? db.insertInto('case_step').values(rows).execute() : Promise.resolve([]);

export const findCase = (db: Kysely<Database>, id: string) =>
  db.selectFrom('license_case').selectAll().where('id', '=', id).executeTakeFirst();

export const findCaseByNo = (db: Kysely<Database>, caseNo: string) =>
  db.selectFrom('license_case').selectAll().where('case_no', '=', caseNo).executeTakeFirst();

export const listSteps = (db: Kysely<Database>, caseId: string) =>
  db.selectFrom('case_step').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
