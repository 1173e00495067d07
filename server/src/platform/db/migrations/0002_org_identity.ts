import { type Kysely, sql } from 'kysely';

// Centres, departments, windows, staff and their roles, applicants, agents' authorisations,
// sessions and the append-only audit trail (R-ORG-1..4, R-NEW-5, R-NEW-6).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE centre (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      parent_id uuid,
      level text NOT NULL,
      division_code varchar(12) NOT NULL,
      name text NOT NULL,
      name_en text,
      path text NOT NULL,
      address text,
      telephone text,
      doc_prefix text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT centre__pk PRIMARY KEY (id),
      CONSTRAINT centre__parent_fk FOREIGN KEY (parent_id) REFERENCES centre (id),
      CONSTRAINT centre__level_ck CHECK (level IN ('city', 'county', 'township', 'community')),
      CONSTRAINT centre__division_code_ck CHECK (division_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
      CONSTRAINT centre__division_code_uq UNIQUE (division_code)
    )`.execute(db);
  await sql`CREATE INDEX centre__parent_idx ON centre (parent_id)`.execute(db);
  await sql`CREATE INDEX centre__path_idx ON centre (path text_pattern_ops)`.execute(db);

  await sql`
    CREATE TABLE department (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      name text NOT NULL,
      name_en text,
      code text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT department__pk PRIMARY KEY (id),
      CONSTRAINT department__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT department__centre_name_uq UNIQUE (centre_id, name)
    )`.execute(db);

  await sql`
    CREATE TABLE service_window (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      number text NOT NULL,
      name text NOT NULL,
      floor integer NOT NULL DEFAULT 1,
      pos_x integer NOT NULL DEFAULT 0,
      pos_y integer NOT NULL DEFAULT 0,
      telephone text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT service_window__pk PRIMARY KEY (id),
      CONSTRAINT service_window__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT service_window__department_fk FOREIGN KEY (department_id) REFERENCES department (id),
      CONSTRAINT service_window__centre_number_uq UNIQUE (centre_id, number),
      CONSTRAINT service_window__position_ck CHECK (pos_x BETWEEN 0 AND 1000 AND pos_y BETWEEN 0 AND 1000 AND floor BETWEEN -5 AND 50)
    )`.execute(db);
  await sql`CREATE INDEX service_window__department_idx ON service_window (department_id)`.execute(db);

  await sql`
    CREATE TABLE staff (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      username text NOT NULL,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      must_change_password boolean NOT NULL DEFAULT false,
      mobile_enc text,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      totp_secret_enc text,
      totp_enabled boolean NOT NULL DEFAULT false,
      totp_last_step bigint,
      recovery_code_hashes jsonb NOT NULL DEFAULT '[]'::jsonb,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT staff__pk PRIMARY KEY (id),
      CONSTRAINT staff__username_uq UNIQUE (username)
    )`.execute(db);

  await sql`
    CREATE TABLE staff_role (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL,
      role text NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid,
      window_id uuid,
      granted_by uuid,
      granted_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT staff_role__pk PRIMARY KEY (id),
      CONSTRAINT staff_role__staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
      CONSTRAINT staff_role__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT staff_role__department_fk FOREIGN KEY (department_id) REFERENCES department (id),
      CONSTRAINT staff_role__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT staff_role__role_ck CHECK (role IN ('window_clerk', 'approver', 'department_head', 'supervisor',
        'agent', 'system_admin', 'security_admin', 'audit_admin')),
      CONSTRAINT staff_role__binding_uq UNIQUE NULLS NOT DISTINCT (staff_id, role, centre_id, department_id, window_id)
    )`.execute(db);
  await sql`CREATE INDEX staff_role__staff_idx ON staff_role (staff_id)`.execute(db);

  await sql`
    CREATE TABLE person (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL,
      id_number_enc text NOT NULL,
      id_number_bidx char(64) NOT NULL,
      id_number_masked text NOT NULL,
      mobile_enc text,
      mobile_bidx char(64),
      mobile_masked text,
      password_hash text,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      registered_by_agent uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT person__pk PRIMARY KEY (id),
      CONSTRAINT person__id_number_uq UNIQUE (id_number_bidx),
      CONSTRAINT person__agent_fk FOREIGN KEY (registered_by_agent) REFERENCES staff (id)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX person__mobile_uq ON person (mobile_bidx) WHERE password_hash IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE enterprise (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL,
      credit_code char(18) NOT NULL,
      legal_representative text NOT NULL,
      contact_name text NOT NULL,
      contact_mobile_enc text NOT NULL,
      contact_mobile_masked text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT enterprise__pk PRIMARY KEY (id),
      CONSTRAINT enterprise__credit_code_uq UNIQUE (credit_code)
    )`.execute(db);

  await sql`
    CREATE TABLE enterprise_member (
      enterprise_id uuid NOT NULL,
      person_id uuid NOT NULL,
      relation text NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT enterprise_member__pk PRIMARY KEY (enterprise_id, person_id),
      CONSTRAINT enterprise_member__enterprise_fk FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
      CONSTRAINT enterprise_member__person_fk FOREIGN KEY (person_id) REFERENCES person (id),
      CONSTRAINT enterprise_member__relation_ck CHECK (relation IN ('legal_representative', 'authorised'))
    )`.execute(db);
  await sql`CREATE INDEX enterprise_member__person_idx ON enterprise_member (person_id)`.execute(db);

  await sql`
    CREATE TABLE agent_authorisation (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      agent_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      person_id uuid NOT NULL,
      all_items boolean NOT NULL,
      item_codes jsonb NOT NULL DEFAULT '[]'::jsonb,
      valid_until date NOT NULL,
      form_file_sha256 char(64) NOT NULL,
      revoked_at timestamptz,
      revoke_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT agent_authorisation__pk PRIMARY KEY (id),
      CONSTRAINT agent_authorisation__agent_fk FOREIGN KEY (agent_id) REFERENCES staff (id),
      CONSTRAINT agent_authorisation__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT agent_authorisation__person_fk FOREIGN KEY (person_id) REFERENCES person (id),
      CONSTRAINT agent_authorisation__file_fk FOREIGN KEY (form_file_sha256) REFERENCES stored_file (sha256),
      CONSTRAINT agent_authorisation__items_ck CHECK (all_items OR jsonb_array_length(item_codes) > 0)
    )`.execute(db);
  await sql`CREATE INDEX agent_authorisation__person_idx ON agent_authorisation (person_id)`.execute(db);
  await sql`CREATE INDEX agent_authorisation__centre_idx ON agent_authorisation (centre_id)`.execute(db);

  await sql`
    CREATE TABLE user_session (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      token_hash char(64) NOT NULL,
      subject_type text NOT NULL,
      subject_id uuid NOT NULL,
      acting_role_id uuid,
      acting_enterprise_id uuid,
      csrf_token text NOT NULL,
      mfa_passed boolean NOT NULL DEFAULT false,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      idle_timeout_seconds integer NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      CONSTRAINT user_session__pk PRIMARY KEY (id),
      CONSTRAINT user_session__token_uq UNIQUE (token_hash),
      CONSTRAINT user_session__subject_type_ck CHECK (subject_type IN ('staff', 'person')),
      CONSTRAINT user_session__acting_role_fk FOREIGN KEY (acting_role_id) REFERENCES staff_role (id) ON DELETE SET NULL
    )`.execute(db);
  await sql`CREATE INDEX user_session__subject_idx ON user_session (subject_type, subject_id)`.execute(db);

  await sql`
    CREATE TABLE audit_record (
      seq bigint GENERATED ALWAYS AS IDENTITY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor_type text NOT NULL,
      actor_id uuid,
      actor_name text,
      acting_role text,
      acting_centre_id uuid,
      acting_department_id uuid,
      acting_window_id uuid,
      on_behalf_of uuid,
      action text NOT NULL,
      outcome text NOT NULL,
      entity_type text,
      entity_id text,
      before jsonb,
      after jsonb,
      ip text,
      request_id text,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      CONSTRAINT audit_record__pk PRIMARY KEY (seq),
      CONSTRAINT audit_record__outcome_ck CHECK (outcome IN ('success', 'denied', 'failure')),
      CONSTRAINT audit_record__actor_type_ck CHECK (actor_type IN ('staff', 'person', 'anonymous', 'system'))
    )`.execute(db);
  await sql`CREATE INDEX audit_record__entity_idx ON audit_record (entity_type, entity_id)`.execute(db);
  await sql`CREATE INDEX audit_record__actor_idx ON audit_record (actor_id)`.execute(db);
  // Append-only: the trail may be read and added to, never changed. The trigger holds for every
  // role (PGlite runs as superuser); on a server the application role also lacks the privilege.
  await sql`
    CREATE FUNCTION audit_record__forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_record is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_record__append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record__forbid_change()`.execute(db);
  await sql`
    CREATE TRIGGER audit_record__no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record__forbid_change()`.execute(db);
  await sql`REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0002_org_identity is not reversible; restore a backup instead');
}
