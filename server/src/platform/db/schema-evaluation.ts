import type { ColumnType, Generated } from 'kysely';

/**
 * 好差评's table (modules/evaluation, migration 0019), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
export type FollowUpStatus = 'open' | 'answered' | 'closed';

export interface CaseEvaluationTable {
  case_id: string;
  centre_id: string;
  department_id: string;
  window_id: string;
  level: number;
  reasons: ColumnType<string[], string[] | undefined, string[]>;
  comment: Generated<string>;
  channel: 'web' | 'kiosk';
  rater_person_id: string | null;
  rated_at: Generated<Date>;
  follow_up: FollowUpStatus | null;
  follow_up_due: Date | null;
  answer: string | null;
  answered_at: Date | null;
  answered_by_staff_id: string | null;
  answered_by_name: string | null;
  answered_late: Generated<boolean>;
  review_note: string | null;
  returns: Generated<number>;
  closed_at: Date | null;
  closed_by_staff_id: string | null;
  closed_by_name: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface EvaluationTables {
  case_evaluation: CaseEvaluationTable;
}
