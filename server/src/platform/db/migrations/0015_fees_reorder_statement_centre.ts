import { type Kysely, sql } from 'kysely';

// Fees (issue 8), two gaps of 0011 closed:
// 1. A refunded bank payment makes the fee owed again, so a notice may need a second bank order:
//    at most one *unpaid* order per notice (the gateway's order number stays the idempotency key);
//    paid orders stay as history and are never paid again.
// 2. A bank statement belongs to the centre of the supervisor who imported it; reconciliation and
//    the lists are limited to that centre's reach. The same file may be imported by two centres
//    (each reconciles its own reach), but not twice by one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX bank_order__notice_open_uq`.execute(db);
  await sql`CREATE UNIQUE INDEX bank_order__notice_unpaid_uq ON bank_order (notice_id) WHERE status <> 'paid'`.execute(
    db,
  );
  await sql`CREATE INDEX bank_order__notice_idx ON bank_order (notice_id, created_at)`.execute(db);

  await sql`ALTER TABLE bank_statement ADD COLUMN centre_id uuid`.execute(db);
  // Statements imported before they had a centre were compared with every payment: they go to the
  // top centre, the only one whose reach matched what they compared.
  await sql`
    UPDATE bank_statement
       SET centre_id = (SELECT id FROM centre WHERE parent_id IS NULL ORDER BY path LIMIT 1)`.execute(db);
  await sql`ALTER TABLE bank_statement ALTER COLUMN centre_id SET NOT NULL`.execute(db);
  await sql`ALTER TABLE bank_statement ADD CONSTRAINT bank_statement__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id)`.execute(
    db,
  );
  await sql`ALTER TABLE bank_statement DROP CONSTRAINT bank_statement__file_uq`.execute(db);
  await sql`ALTER TABLE bank_statement ADD CONSTRAINT bank_statement__file_uq UNIQUE (centre_id, file_sha256)`.execute(
    db,
  );
  await sql`CREATE INDEX bank_statement__centre_idx ON bank_statement (centre_id, statement_date)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0015_fees_reorder_statement_centre is not reversible; restore a backup instead');
}
