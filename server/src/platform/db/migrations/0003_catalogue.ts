import { type Kysely, sql } from 'kysely';

// Licence items: a working draft per item maintained by its window, and immutable published
// versions that the public guide shows and cases keep (R-SUP-5, R-LAW-9, R-OPS-4).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE item (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'draft',
      draft jsonb NOT NULL,
      review_note text,
      published_version_id uuid,
      created_by uuid NOT NULL,
      updated_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT item__pk PRIMARY KEY (id),
      CONSTRAINT item__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT item__department_fk FOREIGN KEY (department_id) REFERENCES department (id),
      CONSTRAINT item__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT item__status_ck CHECK (status IN ('draft', 'in_review', 'published'))
    )`.execute(db);
  await sql`CREATE INDEX item__window_idx ON item (window_id)`.execute(db);
  await sql`CREATE INDEX item__centre_idx ON item (centre_id)`.execute(db);

  await sql`
    CREATE TABLE item_version (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      item_id uuid NOT NULL,
      version_no integer NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      name text NOT NULL,
      basic_code varchar(10) NOT NULL,
      implementation_code varchar(24) NOT NULL,
      handling_level text NOT NULL,
      audience text[] NOT NULL,
      themes text[] NOT NULL,
      online_application boolean NOT NULL,
      is_joint boolean NOT NULL,
      definition jsonb NOT NULL,
      search_text text NOT NULL,
      file_shas text[] NOT NULL,
      changed_fields text[] NOT NULL,
      submitted_by uuid,
      published_by uuid NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      is_current boolean NOT NULL DEFAULT true,
      CONSTRAINT item_version__pk PRIMARY KEY (id),
      CONSTRAINT item_version__item_fk FOREIGN KEY (item_id) REFERENCES item (id),
      CONSTRAINT item_version__item_no_uq UNIQUE (item_id, version_no)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX item_version__current_uq ON item_version (item_id) WHERE is_current`.execute(db);
  await sql`CREATE INDEX item_version__current_dept_idx ON item_version (department_id) WHERE is_current`.execute(db);
  await sql`CREATE INDEX item_version__current_name_idx ON item_version (name) WHERE is_current`.execute(db);
  await sql`ALTER TABLE item ADD CONSTRAINT item__published_fk FOREIGN KEY (published_version_id) REFERENCES item_version (id)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0003_catalogue is not reversible; restore a backup instead');
}
