import { type Kysely, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

const MIGRATION_TABLE = 'schema_migration';
const MIGRATION_LOCK_TABLE = 'schema_migration_lock';

function migratorFor(db: Kysely<Database>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

/** Applies every pending migration in order; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The name of the newest applied migration, or null for an empty database. */
export async function currentMigration(db: Kysely<Database>): Promise<string | null> {
  const exists = await sql<{ present: boolean }>`
    SELECT to_regclass(${'public.' + MIGRATION_TABLE}) IS NOT NULL AS present`.execute(db);
  if (!exists.rows[0]?.present) return null;
  const row = await sql<{ name: string }>`
    SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name DESC LIMIT 1`.execute(db);
  return row.rows[0]?.name ?? null;
}
