import type { RoleName } from '../db/schema.js';

/** The place a staff member acts for, decided by the role they logged in with (R-ORG-2). */
export type ActingRole = {
  roleId: string;
  role: RoleName;
  centreId: string;
  /** Materialised path of the centre ("/city/county/…/"), for "this centre and every centre below". */
  centrePath: string;
  departmentId: string | null;
  windowId: string | null;
};

export type StaffActor = {
  kind: 'staff';
  sessionId: string;
  staffId: string;
  name: string;
  /** Null until a staff member with roles in several places picks one. */
  acting: ActingRole | null;
  mfaPassed: boolean;
  passwordExpired: boolean;
};

export type PersonActor = {
  kind: 'person';
  sessionId: string;
  personId: string;
  name: string;
  /** The enterprise the person currently acts for, if any (they must be authorised for it). */
  enterpriseId: string | null;
};

export type Actor = StaffActor | PersonActor;

/** Where a request came from, for the audit trail. */
export type RequestMeta = { ip: string; requestId: string; userAgent: string | null };

export const systemMeta: RequestMeta = { ip: 'local', requestId: 'system', userAgent: null };
