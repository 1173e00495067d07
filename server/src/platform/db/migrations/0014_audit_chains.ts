import { type Kysely, sql } from 'kysely';

// The audit trail becomes several independent hash chains (platform/audit/audit-trail.ts): every
// record so far stays on chain 0 and verifies as before; new records spread over the chains so
// that audited writes of different requests no longer wait for one another's commits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_record ADD COLUMN chain smallint NOT NULL DEFAULT 0`.execute(db);
  await sql`CREATE INDEX audit_record__chain_seq_idx ON audit_record (chain, seq)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0014_audit_chains is not reversible; restore a backup instead');
}
