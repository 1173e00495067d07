import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './connect.js';
import { currentMigration, migrateToLatest } from './migrate.js';
import { latestMigration, migrations } from './migrations/index.js';

// Migrates a truly empty embedded database (not the test template) and checks the result,
// so the schema is proven to come from the migrations alone.
let database: DatabaseHandle;
beforeAll(async () => {
  database = await openDatabase({ mode: 'embedded-memory' });
});
afterAll(async () => {
  await database.close();
});

describe('migrations', () => {
  it('migrate an empty database to the expected schema', async () => {
    expect(await currentMigration(database.db)).toBeNull();
    const applied = await migrateToLatest(database.db);
    expect(applied).toEqual(Object.keys(migrations).sort());
    expect(await currentMigration(database.db)).toBe(latestMigration);
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
      database.db,
    );
    const names = tables.rows.map((r) => r.table_name);
    expect(names).toEqual(expect.arrayContaining(['stored_file', 'schema_migration']));
    // Constraints and indexes are named explicitly (table__purpose), never left to defaults.
    const unnamed = await sql<{ conname: string }>`
      SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype <> 'n' AND conname NOT LIKE '%\\_\\_%' AND conrelid::regclass::text NOT LIKE 'schema_migration%'`.execute(
      database.db,
    );
    expect(unnamed.rows.map((r) => r.conname)).toEqual([]);
  });
});
