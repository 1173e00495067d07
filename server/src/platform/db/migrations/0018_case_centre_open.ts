import { type Kysely, sql } from 'kysely';

// A calendar edit re-derives the stored deadlines of every open case its centres decide
// (cases/rederive.ts), a centre at a time in id order, a batch per statement. Without an index on
// the centre it walked the primary key through every case, closed ones included: at a million
// cases, most of them closed, each batch read far more rows than it returned.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX license_case__centre_open_idx ON license_case (centre_id, id)
    WHERE status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX license_case__centre_open_idx`.execute(db);
}
