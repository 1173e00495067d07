import { type Kysely, sql } from 'kysely';

// Joint cases (联办件, issue 7; R-APP-7, R-APP-8, R-LAW-3): one joint case per application for a
// joint item, attached to the lead window's license_case; one sub-case per co-handling
// department; every change numbered in joint_event so every participant's stream can follow it.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One aggregate: sub-cases, inspection, meeting and extension all change under this row's version,
  // so two windows acting at once get a 409 instead of overwriting each other.
  await sql`
    CREATE TABLE joint_case (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      lead_department_id uuid NOT NULL,
      lead_window_id uuid NOT NULL,
      stage text NOT NULL DEFAULT 'acceptance',
      accepted_at timestamptz,
      started_at timestamptz,
      completed_at timestamptz,
      inspection jsonb,
      meeting jsonb,
      extension jsonb,
      last_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT joint_case__pk PRIMARY KEY (id),
      CONSTRAINT joint_case__case_uq UNIQUE (case_id),
      CONSTRAINT joint_case__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT joint_case__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT joint_case__lead_department_fk FOREIGN KEY (lead_department_id) REFERENCES department (id),
      CONSTRAINT joint_case__lead_window_fk FOREIGN KEY (lead_window_id) REFERENCES service_window (id),
      CONSTRAINT joint_case__stage_ck CHECK (stage IN ('acceptance', 'inspection_review', 'started', 'completed', 'closed'))
    )`.execute(db);

  // A removed department keeps its row (status 'removed'): its work stays in the history.
  await sql`
    CREATE TABLE joint_sub_case (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      joint_case_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid,
      status text NOT NULL,
      limit_days integer NOT NULL,
      notified_at timestamptz,
      started_at timestamptz,
      due_at timestamptz,
      opinion jsonb,
      decision jsonb,
      decided_at timestamptz,
      added_stage text NOT NULL,
      added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      removed_stage text,
      removed_at timestamptz,
      CONSTRAINT joint_sub_case__pk PRIMARY KEY (id),
      CONSTRAINT joint_sub_case__joint_fk FOREIGN KEY (joint_case_id) REFERENCES joint_case (id),
      CONSTRAINT joint_sub_case__department_fk FOREIGN KEY (department_id) REFERENCES department (id),
      CONSTRAINT joint_sub_case__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT joint_sub_case__status_ck CHECK (status IN ('waiting', 'notified', 'in_review', 'decided', 'removed')),
      CONSTRAINT joint_sub_case__limit_ck CHECK (limit_days BETWEEN 1 AND 60)
    )`.execute(db);
  // A department takes part at most once at a time (it may come back after removal).
  await sql`
    CREATE UNIQUE INDEX joint_sub_case__active_department_uq ON joint_sub_case (joint_case_id, department_id)
    WHERE status <> 'removed'`.execute(db);
  // "My joint cases" for a co-window or department.
  await sql`CREATE INDEX joint_sub_case__window_idx ON joint_sub_case (window_id) WHERE status <> 'removed'`.execute(
    db,
  );
  await sql`CREATE INDEX joint_sub_case__department_idx ON joint_sub_case (department_id) WHERE status <> 'removed'`.execute(
    db,
  );
  await sql`CREATE INDEX joint_case__lead_window_idx ON joint_case (lead_window_id)`.execute(db);

  await sql`
    CREATE TABLE joint_event (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      joint_case_id uuid NOT NULL,
      seq integer NOT NULL,
      sub_case_id uuid,
      kind text NOT NULL,
      actor_staff_id uuid,
      actor_name text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT joint_event__pk PRIMARY KEY (id),
      CONSTRAINT joint_event__joint_fk FOREIGN KEY (joint_case_id) REFERENCES joint_case (id),
      CONSTRAINT joint_event__sub_case_fk FOREIGN KEY (sub_case_id) REFERENCES joint_sub_case (id),
      CONSTRAINT joint_event__seq_uq UNIQUE (joint_case_id, seq)
    )`.execute(db);

  // Per centre: whether a co-window silent past its limit is deemed to agree (DOMAIN.md).
  await sql`
    CREATE TABLE joint_setting (
      centre_id uuid NOT NULL,
      deem_silent_agreement boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by text NOT NULL,
      CONSTRAINT joint_setting__pk PRIMARY KEY (centre_id),
      CONSTRAINT joint_setting__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['joint_setting', 'joint_event', 'joint_sub_case', 'joint_case'])
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)}`.execute(db);
}
