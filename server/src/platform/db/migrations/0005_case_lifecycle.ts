import { type Kysely, sql } from 'kysely';

// The whole lifecycle of a case (issue 5): statuses, the clock's data, history, materials,
// drafts, uploads waiting to be attached, idempotent submission and the outbox.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE license_case DROP CONSTRAINT license_case__status_ck`.execute(db);
  await sql`
    ALTER TABLE license_case
      ADD COLUMN channel text NOT NULL DEFAULT 'online',
      ADD COLUMN intake_centre_id uuid,
      ADD COLUMN received_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN resume_status text,
      ADD COLUMN legal_limit jsonb NOT NULL DEFAULT '{"value":20,"unit":"working_days","explanation":""}',
      ADD COLUMN promised_limit jsonb NOT NULL DEFAULT '{"value":20,"unit":"working_days","explanation":""}',
      ADD COLUMN accepted_at timestamptz,
      ADD COLUMN deemed_accepted boolean NOT NULL DEFAULT false,
      ADD COLUMN tolerated jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN tolerance_due timestamptz,
      ADD COLUMN supplement_due timestamptz,
      ADD COLUMN extension jsonb,
      ADD COLUMN township_opinion text,
      ADD COLUMN decision jsonb,
      ADD COLUMN decided_at timestamptz,
      ADD COLUMN certificate_no varchar(50),
      ADD COLUMN concluded_at timestamptz,
      ADD COLUMN waiting_roles text[] NOT NULL DEFAULT '{}',
      ADD COLUMN due_at timestamptz,
      ADD CONSTRAINT license_case__status_ck CHECK (status IN ('submitted', 'township_review', 'supplement',
        'rejected', 'in_review', 'special_procedure', 'granted', 'denied', 'concluded', 'withdrawn', 'revoked')),
      ADD CONSTRAINT license_case__channel_ck CHECK (channel IN ('online', 'window', 'agent')),
      ADD CONSTRAINT license_case__intake_centre_fk FOREIGN KEY (intake_centre_id) REFERENCES centre (id)
  `.execute(db);
  // The queues: a window's open cases by deadline; a department's; a township's passed-up ones.
  await sql`DROP INDEX license_case__window_status_idx`.execute(db);
  await sql`CREATE INDEX license_case__window_due_idx ON license_case (window_id, due_at NULLS LAST, id)`.execute(db);
  await sql`CREATE INDEX license_case__department_due_idx ON license_case (department_id, due_at NULLS LAST, id)`.execute(
    db,
  );
  await sql`CREATE INDEX license_case__intake_centre_idx ON license_case (intake_centre_id) WHERE intake_centre_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX license_case__agent_idx ON license_case (agent_staff_id) WHERE agent_staff_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    ALTER TABLE case_step
      ADD COLUMN started_at timestamptz,
      ADD COLUMN completed_at timestamptz,
      ADD COLUMN opinion text,
      ADD COLUMN actor_staff_id uuid,
      ADD COLUMN actor_name text,
      ADD CONSTRAINT case_step__actor_fk FOREIGN KEY (actor_staff_id) REFERENCES staff (id)
  `.execute(db);

  await sql`
    CREATE TABLE case_event (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      action text NOT NULL,
      actor_kind text NOT NULL,
      actor_id uuid,
      actor_name text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      note text,
      data jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT case_event__pk PRIMARY KEY (id),
      CONSTRAINT case_event__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_event__actor_kind_ck CHECK (actor_kind IN ('person', 'staff', 'system'))
    )`.execute(db);
  await sql`CREATE INDEX case_event__case_idx ON case_event (case_id, at)`.execute(db);

  // Clock pauses: supplement after acceptance and special procedures (Art. 45).
  await sql`
    CREATE TABLE case_pause (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      kind text NOT NULL,
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      data jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT case_pause__pk PRIMARY KEY (id),
      CONSTRAINT case_pause__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_pause__kind_ck CHECK (kind IN ('supplement', 'special_procedure')),
      CONSTRAINT case_pause__order_ck CHECK (ended_at IS NULL OR ended_at >= started_at)
    )`.execute(db);
  await sql`CREATE INDEX case_pause__case_idx ON case_pause (case_id)`.execute(db);

  // Files waiting to be attached to a draft, an application or a supplement. Unattached uploads
  // older than a day are swept (the bytes stay while anything else refers to them).
  await sql`
    CREATE TABLE case_upload (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      owner text NOT NULL,
      sha256 char(64) NOT NULL,
      file_name text NOT NULL,
      size_bytes integer NOT NULL,
      media_type text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT case_upload__pk PRIMARY KEY (id),
      CONSTRAINT case_upload__file_fk FOREIGN KEY (sha256) REFERENCES stored_file (sha256)
    )`.execute(db);
  await sql`CREATE INDEX case_upload__owner_idx ON case_upload (owner, created_at)`.execute(db);

  await sql`
    CREATE TABLE case_material (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      material_key text NOT NULL,
      name text NOT NULL,
      file_name text NOT NULL,
      sha256 char(64) NOT NULL,
      size_bytes integer NOT NULL,
      media_type text NOT NULL,
      state text NOT NULL DEFAULT 'received',
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT case_material__pk PRIMARY KEY (id),
      CONSTRAINT case_material__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_material__file_fk FOREIGN KEY (sha256) REFERENCES stored_file (sha256),
      CONSTRAINT case_material__state_ck CHECK (state IN ('received', 'faulty', 'superseded'))
    )`.execute(db);
  await sql`CREATE INDEX case_material__case_idx ON case_material (case_id)`.execute(db);

  await sql`
    CREATE TABLE case_draft (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      owner text NOT NULL,
      for_person_id uuid,
      item_id uuid NOT NULL,
      form_data jsonb NOT NULL,
      materials jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT case_draft__pk PRIMARY KEY (id),
      CONSTRAINT case_draft__item_fk FOREIGN KEY (item_id) REFERENCES item (id),
      CONSTRAINT case_draft__person_fk FOREIGN KEY (for_person_id) REFERENCES person (id)
    )`.execute(db);
  await sql`CREATE INDEX case_draft__owner_idx ON case_draft (owner, updated_at DESC)`.execute(db);

  // One key per submitter: a retried or double-clicked submission finds the first case.
  await sql`
    CREATE TABLE idempotency_key (
      owner text NOT NULL,
      key varchar(100) NOT NULL,
      request_hash char(64) NOT NULL,
      case_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT idempotency_key__pk PRIMARY KEY (owner, key),
      CONSTRAINT idempotency_key__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id)
    )`.execute(db);

  // Written in the same transaction as the change it announces; delivery (SMS, e-mail, live
  // streams) reads from here (the messaging issue). The portal lists them as in-app messages.
  await sql`
    CREATE TABLE outbox_event (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      topic text NOT NULL,
      case_id uuid,
      recipient_person_id uuid,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      delivered_at timestamptz,
      CONSTRAINT outbox_event__pk PRIMARY KEY (id),
      CONSTRAINT outbox_event__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id)
    )`.execute(db);
  await sql`CREATE INDEX outbox_event__recipient_idx ON outbox_event (recipient_person_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX outbox_event__undelivered_idx ON outbox_event (created_at) WHERE delivered_at IS NULL`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0005_case_lifecycle is not reversible; restore a backup instead');
}
