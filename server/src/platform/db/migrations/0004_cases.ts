import { type Kysely, sql } from 'kysely';

// Cases (办件) as far as they start: numbered, tied to the item version they were submitted
// under, with the steps of that version's process (R-APP-1, R-OPS-4). Gapless counters serve
// case numbers now and notice and receipt numbers later.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE counter (
      series text NOT NULL,
      value bigint NOT NULL,
      CONSTRAINT counter__pk PRIMARY KEY (series),
      CONSTRAINT counter__value_ck CHECK (value >= 0)
    )`.execute(db);

  await sql`
    CREATE TABLE license_case (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_no varchar(50) NOT NULL,
      query_code_hash char(64) NOT NULL,
      query_code_enc text NOT NULL,
      item_id uuid NOT NULL,
      item_version_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      applicant_person_id uuid NOT NULL,
      applicant_enterprise_id uuid,
      agent_staff_id uuid,
      status text NOT NULL,
      form_data jsonb NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT license_case__pk PRIMARY KEY (id),
      CONSTRAINT license_case__case_no_uq UNIQUE (case_no),
      CONSTRAINT license_case__item_version_fk FOREIGN KEY (item_version_id) REFERENCES item_version (id),
      CONSTRAINT license_case__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT license_case__person_fk FOREIGN KEY (applicant_person_id) REFERENCES person (id),
      CONSTRAINT license_case__enterprise_fk FOREIGN KEY (applicant_enterprise_id) REFERENCES enterprise (id),
      CONSTRAINT license_case__agent_fk FOREIGN KEY (agent_staff_id) REFERENCES staff (id),
      CONSTRAINT license_case__status_ck CHECK (status IN ('submitted'))
    )`.execute(db);
  await sql`CREATE INDEX license_case__window_status_idx ON license_case (window_id, status)`.execute(db);
  await sql`CREATE INDEX license_case__person_idx ON license_case (applicant_person_id)`.execute(db);

  await sql`
    CREATE TABLE case_step (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      seq integer NOT NULL,
      step_key text NOT NULL,
      name text NOT NULL,
      role text NOT NULL,
      parallel_group text,
      time_limit jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      CONSTRAINT case_step__pk PRIMARY KEY (id),
      CONSTRAINT case_step__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_step__case_seq_uq UNIQUE (case_id, seq),
      CONSTRAINT case_step__status_ck CHECK (status IN ('pending', 'active', 'done'))
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0004_cases is not reversible; restore a backup instead');
}
