import { type Kysely, sql } from 'kysely';

// Each audit chain's head — its newest record's seq and hash — in a row of its own
// (platform/audit/audit-trail.ts). Locking that row and reading it is one statement, where an
// advisory lock and a read of the newest record were two; and verification can now tell when a
// chain's newest records were removed, which no later link would show. Seeded for the chains
// written so far; the trail adds a chain's row with its first record (a new database stays empty,
// as a restore expects).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_chain_head (
      chain smallint NOT NULL,
      seq bigint,
      hash char(64),
      CONSTRAINT audit_chain_head__pk PRIMARY KEY (chain)
    )`.execute(db);
  await seedHeads(db);
}

/** Each chain written so far gets its head: its newest record (exported for its test). */
export async function seedHeads(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO audit_chain_head (chain, seq, hash)
    SELECT c.chain, last.seq, last.hash
      FROM (SELECT DISTINCT chain FROM audit_record) AS c
      CROSS JOIN LATERAL (
        SELECT r.seq, r.hash FROM audit_record r WHERE r.chain = c.chain ORDER BY r.seq DESC LIMIT 1
      ) AS last`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0017_audit_chain_head is not reversible; restore a backup instead');
}
