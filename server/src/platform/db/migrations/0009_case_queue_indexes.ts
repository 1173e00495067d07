import { type Kysely, sql } from 'kysely';

// The queues read open cases only; with a million closed ones beside them, partial indexes on
// the open ones keep a window's or a department's queue to one short index range (measured:
// 325 ms → 12 ms for a window's page at 1,000,000 cases, bench/src/benchmarks/cases.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX license_case__window_open_idx ON license_case (window_id, due_at, id)
    WHERE status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`.execute(db);
  await sql`
    CREATE INDEX license_case__department_open_idx ON license_case (department_id, due_at, id)
    WHERE status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0009_case_queue_indexes is not reversible; restore a backup instead');
}
