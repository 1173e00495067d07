import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CentreTable, Database, DepartmentTable, ServiceWindowTable } from '../../platform/db/schema.js';

export type CentreRow = Selectable<CentreTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type WindowRow = Selectable<ServiceWindowTable>;

export function findCentre(db: Kysely<Database>, id: string): Promise<CentreRow | undefined> {
  return db.selectFrom('centre').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCentreByCode(db: Kysely<Database>, code: string): Promise<CentreRow | undefined> {
  return db.selectFrom('centre').selectAll().where('division_code', '=', code).executeTakeFirst();
}

export function listCentres(db: Kysely<Database>, underPath?: string): Promise<CentreRow[]> {
  let q = db.selectFrom('centre').selectAll();
  if (underPath) q = q.where('path', 'like', `${underPath}%`);
  return q.orderBy('division_code').execute();
}

export async function insertCentre(
  db: Kysely<Database>,
  row: Omit<CentreTable, 'id' | 'created_at' | 'updated_at' | 'version' | 'path'> & { id: string; path: string },
): Promise<CentreRow> {
  return db.insertInto('centre').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates only when the version still matches; undefined means someone else changed it first. */
export function updateCentre(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Updateable<CentreTable>,
): Promise<CentreRow | undefined> {
  return db
    .updateTable('centre')
    .set({ ...patch, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function findDepartment(db: Kysely<Database>, id: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listDepartments(db: Kysely<Database>, centreId: string): Promise<DepartmentRow[]> {
  return db.selectFrom('department').selectAll().where('centre_id', '=', centreId).orderBy('name').execute();
}

export function insertDepartment(
  db: Kysely<Database>,
  row: { centre_id: string; name: string; name_en: string | null; code: string | null },
): Promise<DepartmentRow> {
  return db.insertInto('department').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateDepartment(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Updateable<DepartmentTable>,
): Promise<DepartmentRow | undefined> {
  return db
    .updateTable('department')
    .set({ ...patch, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function findWindow(db: Kysely<Database>, id: string): Promise<WindowRow | undefined> {
  return db.selectFrom('service_window').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listWindows(
  db: Kysely<Database>,
  filter: { centreId?: string; departmentId?: string; underPath?: string; windowId?: string },
): Promise<(WindowRow & { department_name: string; centre_name: string })[]> {
  let q = db
    .selectFrom('service_window as w')
    .innerJoin('department as d', 'd.id', 'w.department_id')
    .innerJoin('centre as c', 'c.id', 'w.centre_id')
    .selectAll('w')
    .select(['d.name as department_name', 'c.name as centre_name']);
  if (filter.centreId) q = q.where('w.centre_id', '=', filter.centreId);
  if (filter.departmentId) q = q.where('w.department_id', '=', filter.departmentId);
  if (filter.windowId) q = q.where('w.id', '=', filter.windowId);
  if (filter.underPath) q = q.where('c.path', 'like', `${filter.underPath}%`);
  return q.orderBy('c.division_code').orderBy('w.number').execute();
}

export function insertWindow(
  db: Kysely<Database>,
  row: Omit<ServiceWindowTable, 'id' | 'created_at' | 'updated_at' | 'version'>,
): Promise<WindowRow> {
  return db.insertInto('service_window').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateWindow(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Updateable<ServiceWindowTable>,
): Promise<WindowRow | undefined> {
  return db
    .updateTable('service_window')
    .set({ ...patch, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
