import { type Kysely, sql } from 'kysely';

// Case data exchange with the centre's existing approval database (R-APP-11).
// 1. The export feed pages cases in (updated_at, id) order. updated_at already exists and every
//    change of a case goes through cases/store.ts updateCase, which sets it; it only lacked an index.
// 2. legacy_case: cases handled in the centre's old approval database, imported from its CSV so the
//    history is at hand without re-entry. One row per (importing centre, old case number): importing
//    the same file again creates nothing. Certificate numbers are personal data for persons: stored
//    encrypted with a masked form for lists and a blind index for exact search, as person does.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX license_case__updated_idx ON license_case (updated_at, id)`.execute(db);

  await sql`
    CREATE TABLE legacy_case (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      legacy_no varchar(50) NOT NULL,
      item_id uuid NOT NULL,
      item_code text NOT NULL,
      item_name text NOT NULL,
      applicant_kind text NOT NULL,
      applicant_name text NOT NULL,
      applicant_cert_enc text NOT NULL,
      applicant_cert_masked text NOT NULL,
      applicant_cert_bidx char(64) NOT NULL,
      received_on date NOT NULL,
      decided_on date,
      outcome text,
      certificate_no varchar(50),
      import_id uuid NOT NULL,
      imported_by uuid NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT legacy_case__pk PRIMARY KEY (id),
      CONSTRAINT legacy_case__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT legacy_case__item_fk FOREIGN KEY (item_id) REFERENCES item (id),
      CONSTRAINT legacy_case__staff_fk FOREIGN KEY (imported_by) REFERENCES staff (id),
      CONSTRAINT legacy_case__no_uq UNIQUE (centre_id, legacy_no),
      CONSTRAINT legacy_case__kind_ck CHECK (applicant_kind IN ('person', 'enterprise')),
      CONSTRAINT legacy_case__outcome_ck CHECK (outcome IN ('grant', 'deny')),
      -- A decision has its date and its outcome, or neither; only a grant has a certificate.
      CONSTRAINT legacy_case__decision_ck CHECK ((decided_on IS NULL) = (outcome IS NULL)),
      CONSTRAINT legacy_case__certificate_ck CHECK (certificate_no IS NULL OR outcome = 'grant'),
      CONSTRAINT legacy_case__dates_ck CHECK (decided_on IS NULL OR decided_on >= received_on)
    )`.execute(db);
  await sql`CREATE INDEX legacy_case__centre_idx ON legacy_case (centre_id, received_on DESC, id)`.execute(db);
  await sql`CREATE INDEX legacy_case__cert_idx ON legacy_case (applicant_cert_bidx)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE legacy_case`.execute(db);
  await sql`DROP INDEX license_case__updated_idx`.execute(db);
}
