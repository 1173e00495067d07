import type { Generated } from 'kysely';

/**
 * 督办's table (modules/supervision, migration 0020), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
export interface CaseUrgeTable {
  id: Generated<string>;
  case_id: string;
  centre_id: string;
  department_id: string;
  window_id: string;
  note: string;
  reply_days: number;
  urged_at: Generated<Date>;
  urged_by_staff_id: string;
  urged_by_name: string;
  urged_by_centre_name: string;
  reply_due: Date;
  reply: string | null;
  replied_at: Date | null;
  replied_by_staff_id: string | null;
  replied_by_name: string | null;
  replied_late: Generated<boolean>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface SupervisionTables {
  case_urge: CaseUrgeTable;
}
