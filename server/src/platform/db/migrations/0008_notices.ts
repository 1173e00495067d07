import { type Kysely, sql } from 'kysely';

// Legal notices and certificates (issue 6): template versions per centre and notice type, the
// centre's SM2 seal key, issued notices (immutable, numbered, signed) and certificates.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notice_template (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      notice_type text NOT NULL,
      version integer NOT NULL,
      template jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid NOT NULL,
      CONSTRAINT notice_template__pk PRIMARY KEY (id),
      CONSTRAINT notice_template__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT notice_template__staff_fk FOREIGN KEY (created_by) REFERENCES staff (id),
      CONSTRAINT notice_template__version_uq UNIQUE (centre_id, notice_type, version)
    )`.execute(db);

  await sql`
    CREATE TABLE centre_seal (
      centre_id uuid NOT NULL,
      public_key text NOT NULL,
      private_key_enc text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT centre_seal__pk PRIMARY KEY (centre_id),
      CONSTRAINT centre_seal__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id)
    )`.execute(db);

  await sql`
    CREATE TABLE notice (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      notice_type text NOT NULL,
      doc_no varchar(60) NOT NULL,
      template_version integer NOT NULL,
      content jsonb NOT NULL,
      pdf_sha256 char(64) NOT NULL,
      sm3 char(64) NOT NULL,
      signature char(128) NOT NULL,
      public_key text NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      issued_by text NOT NULL,
      source_event text NOT NULL,
      CONSTRAINT notice__pk PRIMARY KEY (id),
      CONSTRAINT notice__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT notice__file_fk FOREIGN KEY (pdf_sha256) REFERENCES stored_file (sha256),
      CONSTRAINT notice__doc_no_uq UNIQUE (doc_no),
      CONSTRAINT notice__once_uq UNIQUE (case_id, notice_type, source_event)
    )`.execute(db);
  await sql`CREATE INDEX notice__case_idx ON notice (case_id, issued_at)`.execute(db);
  await sql`CREATE INDEX notice__sm3_idx ON notice (sm3)`.execute(db);

  await sql`
    CREATE TABLE certificate (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      notice_id uuid NOT NULL,
      certificate_no varchar(50) NOT NULL,
      verification_code varchar(20) NOT NULL,
      certificate_type text NOT NULL,
      holder_name text NOT NULL,
      holder_is_enterprise boolean NOT NULL,
      item_name text NOT NULL,
      issuer text NOT NULL,
      valid_from date NOT NULL,
      valid_until date,
      status text NOT NULL DEFAULT 'valid',
      revoked_at timestamptz,
      revoke_reason text,
      data_signature char(128) NOT NULL,
      CONSTRAINT certificate__pk PRIMARY KEY (id),
      CONSTRAINT certificate__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT certificate__notice_fk FOREIGN KEY (notice_id) REFERENCES notice (id),
      CONSTRAINT certificate__case_uq UNIQUE (case_id),
      CONSTRAINT certificate__code_uq UNIQUE (verification_code),
      CONSTRAINT certificate__status_ck CHECK (status IN ('valid', 'revoked'))
    )`.execute(db);
  await sql`CREATE INDEX certificate__valid_from_idx ON certificate (valid_from DESC)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0008_notices is not reversible; restore a backup instead');
}
