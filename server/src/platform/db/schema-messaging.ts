import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of migration 0010 (case conversations and notifications, issue 9), part of the one
 * `Database` type in schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = ColumnType<Date, Date | string | undefined, never>;
type Version = ColumnType<number, number | undefined, number>;
type Uuid = Generated<string>;

export type MessageSide = 'applicant' | 'office';
export type NotificationChannel = 'sms' | 'email';
export type DeliveryStatus = 'pending' | 'sending' | 'retry' | 'sent' | 'dead';

export interface CaseConversationTable {
  case_id: string;
  last_seq: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface CaseMessageTable {
  id: Uuid;
  case_id: string;
  seq: number;
  side: MessageSide;
  author_kind: 'person' | 'staff';
  author_id: string;
  author_name: string;
  author_party: string;
  body: string;
  created_at: Created;
}

export interface MessageAttachmentTable {
  id: Uuid;
  message_id: string;
  case_id: string;
  position: number;
  sha256: string;
  file_name: string;
  size_bytes: number;
  media_type: string;
}

export interface MessageReadTable {
  case_id: string;
  reader: string;
  side: MessageSide;
  read_seq: number;
  read_at: Timestamp;
}

export interface ReadyReplyTable {
  id: Uuid;
  window_id: string | null;
  staff_id: string | null;
  text: string;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

export interface NotificationPreferenceTable {
  person_id: string;
  sms: boolean;
  email: boolean;
  email_enc: string | null;
  email_masked: string | null;
  lang: 'zh' | 'en';
  messages: boolean;
  updated_at: Timestamp;
  version: Version;
}

export interface NotificationTemplateTable {
  topic: string;
  channel: NotificationChannel;
  enabled: boolean;
  subject_zh: string;
  subject_en: string;
  body_zh: string;
  body_en: string;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Version;
}

export interface NotificationDeliveryTable {
  id: Uuid;
  outbox_event_id: string;
  channel: NotificationChannel;
  topic: string;
  case_id: string | null;
  recipient_person_id: string;
  address_enc: string;
  address_masked: string;
  lang: 'zh' | 'en';
  subject: string;
  body: string;
  status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  provider: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  lease_until: Date | null;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: Date | null;
  created_at: Created;
  updated_at: Timestamp;
  version: Version;
}

/** Merged into `Database` (schema.ts). */
export interface MessagingTables {
  case_conversation: CaseConversationTable;
  case_message: CaseMessageTable;
  message_attachment: MessageAttachmentTable;
  message_read: MessageReadTable;
  ready_reply: ReadyReplyTable;
  notification_preference: NotificationPreferenceTable;
  notification_template: NotificationTemplateTable;
  notification_delivery: NotificationDeliveryTable;
}
