import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import type { DatabaseHandle } from './connect.js';
import { currentMigration, migrateToLatest } from './migrate.js';
import { latestMigration } from './migrations/index.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('database layer', () => {
  it('50 concurrent locked increments end at exactly 50 (no lost updates)', async () => {
    const db = database.db;
    await sql`CREATE TABLE counter_probe (id int PRIMARY KEY, n int NOT NULL)`.execute(db);
    await sql`INSERT INTO counter_probe VALUES (1, 0)`.execute(db);
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction().execute(async (trx) => {
          const row = await sql<{ n: number }>`SELECT n FROM counter_probe WHERE id = 1 FOR UPDATE`.execute(trx);
          const n = row.rows[0]!.n;
          await new Promise((r) => setTimeout(r, 1));
          await sql`UPDATE counter_probe SET n = ${n + 1} WHERE id = 1`.execute(trx);
        }),
      ),
    );
    const final = await sql<{ n: number }>`SELECT n FROM counter_probe WHERE id = 1`.execute(db);
    expect(final.rows[0]!.n).toBe(50);
  });

  it('a failed transaction leaves nothing behind', async () => {
    const db = database.db;
    await sql`CREATE TABLE rollback_probe (id int PRIMARY KEY)`.execute(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`INSERT INTO rollback_probe VALUES (1)`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await sql<{ c: number }>`SELECT count(*)::int AS c FROM rollback_probe`.execute(db);
    expect(rows.rows[0]!.c).toBe(0);
  });

  it('migrations are applied in order up to the latest and re-running them is a no-op', async () => {
    expect(await currentMigration(database.db)).toBe(latestMigration);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
