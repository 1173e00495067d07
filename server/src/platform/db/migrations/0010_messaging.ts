import { type Kysely, sql } from 'kysely';

// Case conversations and notifications (issue 9; R-APP-4, R-WEB-3): messages between the
// applicant's side and the officers, with attachments, read markers and ready replies; the
// person's notification preferences; SMS and e-mail templates per event; and one delivery row
// per outbox event and channel, which the delivery worker sends with retries and dead-letters.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per case that has a conversation: its per-case sequence. Taking the next number
  // updates this row, so two messages on one case commit in the order of their numbers.
  await sql`
    CREATE TABLE case_conversation (
      case_id uuid NOT NULL,
      last_seq integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT case_conversation__pk PRIMARY KEY (case_id),
      CONSTRAINT case_conversation__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id)
    )`.execute(db);

  // Stored as typed (plain text, never markup); the web app renders it as text.
  await sql`
    CREATE TABLE case_message (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      seq integer NOT NULL,
      side text NOT NULL,
      author_kind text NOT NULL,
      author_id uuid NOT NULL,
      author_name text NOT NULL,
      author_party text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT case_message__pk PRIMARY KEY (id),
      CONSTRAINT case_message__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_message__seq_uq UNIQUE (case_id, seq),
      CONSTRAINT case_message__side_ck CHECK (side IN ('applicant', 'office')),
      CONSTRAINT case_message__author_kind_ck CHECK (author_kind IN ('person', 'staff')),
      CONSTRAINT case_message__body_ck CHECK (char_length(body) <= 2000)
    )`.execute(db);

  // Bytes stay content-addressed in stored_file; the upload row is consumed when attached.
  await sql`
    CREATE TABLE message_attachment (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      message_id uuid NOT NULL,
      case_id uuid NOT NULL,
      position smallint NOT NULL,
      sha256 char(64) NOT NULL,
      file_name text NOT NULL,
      size_bytes integer NOT NULL,
      media_type text NOT NULL,
      CONSTRAINT message_attachment__pk PRIMARY KEY (id),
      CONSTRAINT message_attachment__message_fk FOREIGN KEY (message_id) REFERENCES case_message (id),
      CONSTRAINT message_attachment__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT message_attachment__file_fk FOREIGN KEY (sha256) REFERENCES stored_file (sha256),
      CONSTRAINT message_attachment__position_uq UNIQUE (message_id, position)
    )`.execute(db);
  await sql`CREATE INDEX message_attachment__sha_idx ON message_attachment (sha256)`.execute(db);

  // How far each reader has read ('person:<id>' or 'staff:<id>'); receipts are per side.
  await sql`
    CREATE TABLE message_read (
      case_id uuid NOT NULL,
      reader text NOT NULL,
      side text NOT NULL,
      read_seq integer NOT NULL,
      read_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT message_read__pk PRIMARY KEY (case_id, reader),
      CONSTRAINT message_read__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT message_read__side_ck CHECK (side IN ('applicant', 'office'))
    )`.execute(db);

  // 常用语: shared by a window, or an officer's own.
  await sql`
    CREATE TABLE ready_reply (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      window_id uuid,
      staff_id uuid,
      text text NOT NULL,
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT ready_reply__pk PRIMARY KEY (id),
      CONSTRAINT ready_reply__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT ready_reply__staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
      CONSTRAINT ready_reply__created_by_fk FOREIGN KEY (created_by) REFERENCES staff (id),
      CONSTRAINT ready_reply__owner_ck CHECK ((window_id IS NULL) <> (staff_id IS NULL)),
      CONSTRAINT ready_reply__text_ck CHECK (char_length(text) BETWEEN 1 AND 500)
    )`.execute(db);
  await sql`CREATE INDEX ready_reply__window_idx ON ready_reply (window_id) WHERE window_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX ready_reply__staff_idx ON ready_reply (staff_id) WHERE staff_id IS NOT NULL`.execute(db);

  // No row: the defaults (SMS to the registered mobile, no e-mail, Chinese).
  await sql`
    CREATE TABLE notification_preference (
      person_id uuid NOT NULL,
      sms boolean NOT NULL DEFAULT true,
      email boolean NOT NULL DEFAULT false,
      email_enc text,
      email_masked text,
      lang text NOT NULL DEFAULT 'zh',
      messages boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT notification_preference__pk PRIMARY KEY (person_id),
      CONSTRAINT notification_preference__person_fk FOREIGN KEY (person_id) REFERENCES person (id),
      CONSTRAINT notification_preference__lang_ck CHECK (lang IN ('zh', 'en')),
      CONSTRAINT notification_preference__email_ck CHECK (NOT email OR email_enc IS NOT NULL)
    )`.execute(db);

  // Only edited templates have rows; the others are the defaults in code.
  await sql`
    CREATE TABLE notification_template (
      topic text NOT NULL,
      channel text NOT NULL,
      enabled boolean NOT NULL,
      subject_zh text NOT NULL,
      subject_en text NOT NULL,
      body_zh text NOT NULL,
      body_en text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT notification_template__pk PRIMARY KEY (topic, channel),
      CONSTRAINT notification_template__channel_ck CHECK (channel IN ('sms', 'email')),
      CONSTRAINT notification_template__updated_by_fk FOREIGN KEY (updated_by) REFERENCES staff (id)
    )`.execute(db);

  // One row per outbox event and channel, whatever happens to the worker: the unique key makes
  // planning idempotent, and the row's status makes sending resumable.
  await sql`
    CREATE TABLE notification_delivery (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      outbox_event_id uuid NOT NULL,
      channel text NOT NULL,
      topic text NOT NULL,
      case_id uuid,
      recipient_person_id uuid NOT NULL,
      address_enc text NOT NULL,
      address_masked text NOT NULL,
      lang text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      provider text,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      lease_until timestamptz,
      last_error text,
      provider_message_id text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT notification_delivery__pk PRIMARY KEY (id),
      CONSTRAINT notification_delivery__event_channel_uq UNIQUE (outbox_event_id, channel),
      CONSTRAINT notification_delivery__event_fk FOREIGN KEY (outbox_event_id) REFERENCES outbox_event (id),
      CONSTRAINT notification_delivery__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT notification_delivery__person_fk FOREIGN KEY (recipient_person_id) REFERENCES person (id),
      CONSTRAINT notification_delivery__channel_ck CHECK (channel IN ('sms', 'email')),
      CONSTRAINT notification_delivery__status_ck CHECK (status IN ('pending', 'sending', 'retry', 'sent', 'dead'))
    )`.execute(db);
  await sql`
    CREATE INDEX notification_delivery__due_idx ON notification_delivery (next_attempt_at)
    WHERE status IN ('pending', 'retry', 'sending')`.execute(db);
  await sql`CREATE INDEX notification_delivery__status_idx ON notification_delivery (status, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX notification_delivery__case_idx ON notification_delivery (case_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0010_messaging is not reversible; restore a backup instead');
}
