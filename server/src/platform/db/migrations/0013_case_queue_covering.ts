import { type Kysely, sql } from 'kysely';

// The queues read each side of their scope as its own branch, in deadline order, and stop at the
// end of the page (cases/list-store.ts). These partial indexes on open cases give each branch
// that order and carry what the filters read (waiting_roles, status), so a window's first page is a
// short index range however many open cases the window has; the count reads the index only.
const open = sql.raw(`status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX license_case__window_open_idx`.execute(db);
  await sql`DROP INDEX license_case__department_open_idx`.execute(db);
  await sql`
    CREATE INDEX license_case__window_open_idx ON license_case (window_id, due_at, id)
    INCLUDE (waiting_roles, status) WHERE ${open}`.execute(db);
  await sql`
    CREATE INDEX license_case__department_open_idx ON license_case (department_id, due_at, id)
    INCLUDE (waiting_roles, status) WHERE ${open}`.execute(db);
  await sql`
    CREATE INDEX license_case__intake_open_idx ON license_case (intake_centre_id, due_at, id)
    INCLUDE (waiting_roles, status, window_id, agent_staff_id)
    WHERE ${open} AND intake_centre_id IS NOT NULL`.execute(db);
  await sql`
    CREATE INDEX license_case__agent_open_idx ON license_case (agent_staff_id, due_at, id)
    INCLUDE (waiting_roles, status) WHERE ${open} AND agent_staff_id IS NOT NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0013_case_queue_covering is not reversible; restore a backup instead');
}
