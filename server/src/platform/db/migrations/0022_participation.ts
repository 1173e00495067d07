import { type Kysely, sql } from 'kysely';

// 公众参与 (R-WEB-4) and in-system problem reports (R-OPS-5): one table of messages. The window
// and department are copied in when a message is routed (or reassigned) to a window, so a
// window's list reads this table alone, as 好差评's does. The phone is kept encrypted with its
// masked form beside it: only the handling staff ever see it whole.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE public_message (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      message_no text NOT NULL,
      query_code_hash text NOT NULL,
      kind text NOT NULL,
      centre_id uuid NOT NULL,
      routed_to text NOT NULL,
      department_id uuid,
      window_id uuid,
      item_id uuid,
      case_no text,
      subject text NOT NULL,
      body text NOT NULL,
      writer_name text NOT NULL DEFAULT '',
      phone_enc text,
      phone_masked text,
      publish_consent boolean NOT NULL DEFAULT false,
      person_id uuid,
      staff_id uuid,
      status text NOT NULL DEFAULT 'open',
      due_at timestamptz NOT NULL,
      answer text,
      answered_at timestamptz,
      answered_by_staff_id uuid,
      answered_by_name text,
      answered_late boolean NOT NULL DEFAULT false,
      reassigned integer NOT NULL DEFAULT 0,
      ended_at timestamptz,
      ended_by_name text,
      close_note text,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT public_message__pk PRIMARY KEY (id),
      CONSTRAINT public_message__no_uq UNIQUE (message_no),
      CONSTRAINT public_message__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT public_message__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT public_message__kind_ck CHECK (kind IN ('consult', 'complaint', 'mailbox', 'suggestion', 'feedback')),
      CONSTRAINT public_message__route_ck CHECK (routed_to IN ('window', 'supervisor', 'centre', 'admin')),
      CONSTRAINT public_message__status_ck CHECK (status IN ('open', 'answered', 'published', 'closed')),
      -- A message routed to a window names it; no other does.
      CONSTRAINT public_message__window_ck CHECK ((routed_to = 'window') = (window_id IS NOT NULL)),
      -- Complaints and the director's mailbox must leave a way to call back.
      CONSTRAINT public_message__phone_ck CHECK (kind NOT IN ('complaint', 'mailbox') OR phone_enc IS NOT NULL),
      CONSTRAINT public_message__published_ck CHECK (status <> 'published' OR (publish_consent AND answer IS NOT NULL)),
      CONSTRAINT public_message__subject_ck CHECK (char_length(subject) BETWEEN 1 AND 100),
      CONSTRAINT public_message__body_ck CHECK (char_length(body) BETWEEN 1 AND 2000),
      CONSTRAINT public_message__answer_ck CHECK (answer IS NULL OR char_length(answer) <= 2000)
    )`.execute(db);
  await sql`CREATE INDEX public_message__window_idx ON public_message (window_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX public_message__department_idx ON public_message (department_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX public_message__centre_idx ON public_message (centre_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX public_message__published_idx ON public_message (centre_id, ended_at DESC) WHERE status = 'published'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE public_message`.execute(db);
}
