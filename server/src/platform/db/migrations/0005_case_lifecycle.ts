import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(): Promise<void> {
  throw new Error('0005_case_lifecycle is not reversible; restore a backup instead');
}
