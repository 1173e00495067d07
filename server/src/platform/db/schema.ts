import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * The database as Kysely sees it. One interface per table; migrations are the source of truth
 * and the schema test checks they agree. Contexts add their tables here as they land.
 */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = ColumnType<Date, Date | string | undefined, never>;
type Version = ColumnType<number, number | undefined, number>;
type Uuid = Generated<string>;

export interface StoredFileTable {
  sha256: string;
  size_bytes: number;
  media_type: string;
  created_at: Generated<Date>;
}

export type CentreLevel = 'city' | 'county' | 'township' | 'community';

export interface CentreTable {
  id: Uuid;
  parent_id: string | null;
  level: CentreLevel;
  division_code: string;
  name: string;
  name_en: string | null;
  path: string;
  address: string | null;
  telephone: string | null;
  doc_prefix: string | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface DepartmentTable {
  id: Uuid;
  centre_id: string;
  name: string;
  name_en: string | null;
  code: string | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface ServiceWindowTable {
  id: Uuid;
  centre_id: string;
  department_id: string;
  number: string;
  name: string;
  floor: number;
  pos_x: number;
  pos_y: number;
  telephone: string | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export type RoleName =
  | 'window_clerk'
  | 'approver'
  | 'department_head'
  | 'supervisor'
  | 'agent'
  | 'system_admin'
  | 'security_admin'
  | 'audit_admin';

export interface StaffTable {
  id: Uuid;
  username: string;
  display_name: string;
  password_hash: string;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  mobile_enc: string | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  recovery_code_hashes: JSONColumnType<string[], string | undefined, string>;
  active: Generated<boolean>;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface StaffRoleTable {
  id: Uuid;
  staff_id: string;
  role: RoleName;
  centre_id: string;
  department_id: string | null;
  window_id: string | null;
  granted_by: string | null;
  granted_at: Created;
}

export interface PersonTable {
  id: Uuid;
  name: string;
  id_number_enc: string;
  id_number_bidx: string;
  id_number_masked: string;
  mobile_enc: string | null;
  mobile_bidx: string | null;
  mobile_masked: string | null;
  password_hash: string | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  registered_by_agent: string | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface EnterpriseTable {
  id: Uuid;
  name: string;
  credit_code: string;
  legal_representative: string;
  contact_name: string;
  contact_mobile_enc: string;
  contact_mobile_masked: string;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface EnterpriseMemberTable {
  enterprise_id: string;
  person_id: string;
  relation: 'legal_representative' | 'authorised';
  granted_at: Created;
}

export interface AgentAuthorisationTable {
  id: Uuid;
  agent_id: string;
  centre_id: string;
  person_id: string;
  all_items: boolean;
  item_codes: JSONColumnType<string[], string | undefined, string>;
  valid_until: ColumnType<string, string, string>;
  form_file_sha256: string;
  revoked_at: Date | null;
  revoke_reason: string | null;
  created_at: Created;
  version: Version;
}

export interface UserSessionTable {
  id: Uuid;
  token_hash: string;
  subject_type: 'staff' | 'person';
  subject_id: string;
  acting_role_id: string | null;
  acting_enterprise_id: string | null;
  csrf_token: string;
  mfa_passed: Generated<boolean>;
  ip: string | null;
  user_agent: string | null;
  created_at: Created;
  last_seen_at: Timestamp;
  idle_timeout_seconds: number;
  expires_at: Timestamp;
  revoked_at: Date | null;
}

export interface ItemTable {
  id: Uuid;
  centre_id: string;
  department_id: string;
  window_id: string;
  status: Generated<'draft' | 'in_review' | 'published'>;
  draft: JSONColumnType<Record<string, unknown>, string, string>;
  review_note: string | null;
  published_version_id: string | null;
  created_by: string;
  updated_by: string;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface ItemVersionTable {
  id: Uuid;
  item_id: string;
  version_no: number;
  centre_id: string;
  department_id: string;
  window_id: string;
  name: string;
  basic_code: string;
  implementation_code: string;
  handling_level: string;
  audience: string[];
  themes: string[];
  online_application: boolean;
  is_joint: boolean;
  definition: JSONColumnType<Record<string, unknown>, string, string>;
  search_text: string;
  file_shas: string[];
  changed_fields: string[];
  submitted_by: string | null;
  published_by: string;
  published_at: Generated<Date>;
  is_current: Generated<boolean>;
}

export interface CounterTable {
  series: string;
  value: number;
}

export type CaseStatusColumn =
  | 'submitted'
  | 'township_review'
  | 'supplement'
  | 'rejected'
  | 'in_review'
  | 'special_procedure'
  | 'granted'
  | 'denied'
  | 'concluded'
  | 'withdrawn'
  | 'revoked';

type LimitJson = {
  value: number;
  unit: 'working_days' | 'working_hours' | 'working_minutes' | 'natural_days';
  explanation: string;
};
type Json<T extends object | null> = JSONColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface LicenseCaseTable {
  id: Uuid;
  case_no: string;
  query_code_hash: string;
  query_code_enc: string;
  item_id: string;
  item_version_id: string;
  centre_id: string;
  department_id: string;
  window_id: string;
  applicant_person_id: string;
  applicant_enterprise_id: string | null;
  agent_staff_id: string | null;
  status: CaseStatusColumn;
  form_data: Json<Record<string, unknown>>;
  submitted_at: Generated<Date>;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
  channel: 'online' | 'window' | 'agent';
  intake_centre_id: string | null;
  received_at: Generated<Date>;
  resume_status: CaseStatusColumn | null;
  legal_limit: Json<LimitJson>;
  promised_limit: Json<LimitJson>;
  accepted_at: Date | null;
  deemed_accepted: Generated<boolean>;
  tolerated: ColumnType<string[], string | undefined, string>;
  tolerance_due: Date | null;
  supplement_due: Date | null;
  extension: NullableJson<{ days: number; reason: string; approved: boolean; requestedBy: string }>;
  township_opinion: string | null;
  decision: NullableJson<{ outcome: 'grant' | 'deny'; reasons: string; validUntil: string | null }>;
  decided_at: Date | null;
  certificate_no: string | null;
  concluded_at: Date | null;
  waiting_roles: ColumnType<string[], string[] | undefined, string[]>;
  due_at: Date | null;
  /** From when the governing deadline's card is yellow (0016); null with due_at, or while supplementing. */
  warn_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface CaseStepTable {
  id: Uuid;
  case_id: string;
  seq: number;
  step_key: string;
  name: string;
  role: string;
  parallel_group: string | null;
  time_limit: Json<LimitJson>;
  status: Generated<'pending' | 'active' | 'done'>;
  started_at: Date | null;
  completed_at: Date | null;
  opinion: string | null;
  actor_staff_id: string | null;
  actor_name: string | null;
}

export interface CaseEventTable {
  id: Uuid;
  case_id: string;
  at: Generated<Date>;
  action: string;
  actor_kind: 'person' | 'staff' | 'system';
  actor_id: string | null;
  actor_name: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface CasePauseTable {
  id: Uuid;
  case_id: string;
  kind: 'supplement' | 'special_procedure';
  started_at: Date;
  ended_at: Date | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface CaseUploadTable {
  id: Uuid;
  owner: string;
  sha256: string;
  file_name: string;
  size_bytes: number;
  media_type: string;
  created_at: Created;
}

export interface CaseMaterialTable {
  id: Uuid;
  case_id: string;
  material_key: string;
  name: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  media_type: string;
  state: Generated<'received' | 'faulty' | 'superseded'>;
  uploaded_at: Created;
}

export interface CaseDraftTable {
  id: Uuid;
  owner: string;
  for_person_id: string | null;
  item_id: string;
  form_data: Json<Record<string, unknown>>;
  materials: Json<Array<{ materialKey: string; uploadId: string }>>;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface IdempotencyKeyTable {
  owner: string;
  key: string;
  request_hash: string;
  case_id: string;
  created_at: Created;
}

export interface OutboxEventTable {
  id: Uuid;
  topic: string;
  case_id: string | null;
  recipient_person_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_at: Created;
  delivered_at: Date | null;
}

export interface Database {
  stored_file: StoredFileTable;
  centre: CentreTable;
  department: DepartmentTable;
  service_window: ServiceWindowTable;
  staff: StaffTable;
  staff_role: StaffRoleTable;
  person: PersonTable;
  enterprise: EnterpriseTable;
  enterprise_member: EnterpriseMemberTable;
  agent_authorisation: AgentAuthorisationTable;
  user_session: UserSessionTable;
  item: ItemTable;
  item_version: ItemVersionTable;
  counter: CounterTable;
  license_case: LicenseCaseTable;
  case_step: CaseStepTable;
  case_event: CaseEventTable;
  case_pause: CasePauseTable;
  case_upload: CaseUploadTable;
  case_material: CaseMaterialTable;
  case_draft: CaseDraftTable;
  idempotency_key: IdempotencyKeyTable;
  outbox_event: OutboxEventTable;
}

// --- messaging (0010): the tables are in schema-messaging.ts (this file is at its 400-line limit);
// this declaration merges them into Database.
import type { MessagingTables } from './schema-messaging.js';
export type * from './schema-messaging.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends MessagingTables {}

// --- fees (0011): the tables are in schema-fees.ts; this declaration merges them into Database.
import type { FeeTables } from './schema-fees.js';
export type * from './schema-fees.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends FeeTables {}

// --- joint cases (0012): the tables are in schema-joint.ts; this declaration merges them into Database.
import type { JointTables } from './schema-joint.js';
export type * from './schema-joint.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends JointTables {}

// --- audit trail (0002, 0014, 0017): the tables are in schema-audit.ts; this declaration merges them into Database.
import type { AuditTables } from './schema-audit.js';
export type * from './schema-audit.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends AuditTables {}

// --- evaluation (0019): the table is in schema-evaluation.ts; this declaration merges it into Database.
import type { EvaluationTables } from './schema-evaluation.js';
export type * from './schema-evaluation.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends EvaluationTables {}

// --- supervision (0020): the table is in schema-supervision.ts; this declaration merges it into Database.
import type { SupervisionTables } from './schema-supervision.js';
export type * from './schema-supervision.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends SupervisionTables {}

// --- participation (0022): the table is in schema-participation.ts; this declaration merges it into Database.
import type { ParticipationTables } from './schema-participation.js';
export type * from './schema-participation.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends ParticipationTables {}

// --- data exchange (0023): the table is in schema-exchange.ts; this declaration merges it into Database.
import type { ExchangeTables } from './schema-exchange.js';
export type * from './schema-exchange.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends ExchangeTables {}

// --- content (0021): the table is in schema-content.ts; this declaration merges it into Database.
import type { ContentTables } from './schema-content.js';
export type * from './schema-content.js';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Database gains the tables
export interface Database extends ContentTables {}
