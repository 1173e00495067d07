import type { Generated } from 'kysely';

/**
 * 公众参与's table (modules/participation, migration 0022), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
export type MessageKind = 'consult' | 'complaint' | 'mailbox' | 'suggestion' | 'feedback';
export type MessageRoute = 'window' | 'supervisor' | 'centre' | 'admin';
export type MessageStatus = 'open' | 'answered' | 'published' | 'closed';

export interface PublicMessageTable {
  id: Generated<string>;
  message_no: string;
  query_code_hash: string;
  kind: MessageKind;
  centre_id: string;
  routed_to: MessageRoute;
  department_id: string | null;
  window_id: string | null;
  item_id: string | null;
  case_no: string | null;
  subject: string;
  body: string;
  writer_name: string;
  phone_enc: string | null;
  phone_masked: string | null;
  publish_consent: boolean;
  person_id: string | null;
  staff_id: string | null;
  status: Generated<MessageStatus>;
  due_at: Date;
  answer: string | null;
  answered_at: Date | null;
  answered_by_staff_id: string | null;
  answered_by_name: string | null;
  answered_late: Generated<boolean>;
  reassigned: Generated<number>;
  ended_at: Date | null;
  ended_by_name: string | null;
  close_note: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface ParticipationTables {
  public_message: PublicMessageTable;
}
