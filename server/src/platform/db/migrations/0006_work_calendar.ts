import type { Kysely } from 'kysely';

// Placeholder: the per-centre working-time calendar (filled in by the calendar work).
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(): Promise<void> {
  throw new Error('0006_work_calendar is not reversible; restore a backup instead');
}
