import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of migration 0012 (joint cases, issue 7), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = ColumnType<Date, Date | string | undefined, never>;
type Version = ColumnType<number, number | undefined, number>;
type Uuid = Generated<string>;
type JsonOf<T> = ColumnType<T, string, string>;
type NullableJsonOf<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type JointStage = 'acceptance' | 'inspection_review' | 'started' | 'completed' | 'closed';
export type SubCaseStatus = 'waiting' | 'notified' | 'in_review' | 'decided' | 'removed';

export type JointInspection = {
  date: string;
  place: string;
  participants: Array<{ name: string; departmentId: string | null }>;
  findings: string;
  photos: Array<{ sha256: string; fileName: string }>;
  recordedBy: string;
  recordedAt: string;
};
export type JointOpinion = {
  position: 'agree' | 'disagree';
  text: string;
  by: string;
  at: string;
  /** 视为同意: absent from the meeting, or silent past the limit where the centre allows it. */
  deemed: 'absent' | 'silent' | null;
};
export type JointMeeting = {
  heldAt: string;
  place: string;
  conclusion: string;
  lead: { position: 'agree' | 'disagree'; text: string };
  attendance: Array<{ subCaseId: string; departmentId: string; attended: boolean; opinion: JointOpinion }>;
  recordedBy: string;
  recordedAt: string;
};
export type JointExtension = {
  days: number;
  reason: string;
  approvedBy: string;
  approvalRef: string | null;
  recordedBy: string;
  recordedAt: string;
};
export type SubCaseDecision = {
  outcome: 'grant' | 'deny';
  reasons: string;
  by: string;
  at: string;
  deemed: boolean;
};

export interface JointCaseTable {
  id: Uuid;
  case_id: string;
  centre_id: string;
  lead_department_id: string;
  lead_window_id: string;
  stage: ColumnType<JointStage, JointStage | undefined, JointStage>;
  accepted_at: Date | null;
  started_at: Date | null;
  completed_at: Date | null;
  inspection: NullableJsonOf<JointInspection>;
  meeting: NullableJsonOf<JointMeeting>;
  extension: NullableJsonOf<JointExtension>;
  last_seq: ColumnType<number, number | undefined, number>;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface JointSubCaseTable {
  id: Uuid;
  joint_case_id: string;
  department_id: string;
  window_id: string | null;
  status: SubCaseStatus;
  limit_days: number;
  notified_at: Date | null;
  started_at: Date | null;
  due_at: Date | null;
  opinion: NullableJsonOf<JointOpinion>;
  decision: NullableJsonOf<SubCaseDecision>;
  decided_at: Date | null;
  added_stage: JointStage;
  added_at: Created;
  removed_stage: JointStage | null;
  removed_at: Date | null;
}

export interface JointEventTable {
  id: Uuid;
  joint_case_id: string;
  seq: number;
  sub_case_id: string | null;
  kind: string;
  actor_staff_id: string | null;
  actor_name: string;
  data: JsonOf<Record<string, unknown>>;
  at: Created;
}

export interface JointSettingTable {
  centre_id: string;
  deem_silent_agreement: boolean;
  updated_at: Timestamp;
  updated_by: string;
}

export interface JointTables {
  joint_case: JointCaseTable;
  joint_sub_case: JointSubCaseTable;
  joint_event: JointEventTable;
  joint_setting: JointSettingTable;
}
