import { type Kysely, sql } from 'kysely';

// Platform tables shared by every context: content-addressed file metadata.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE stored_file (
      sha256 char(64) NOT NULL,
      size_bytes bigint NOT NULL,
      media_type text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT stored_file__pk PRIMARY KEY (sha256),
      CONSTRAINT stored_file__size_ck CHECK (size_bytes >= 0)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE stored_file`.execute(db);
}
