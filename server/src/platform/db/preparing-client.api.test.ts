import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import type { DatabaseHandle } from './connect.js';
import { MAX_PREPARED_PER_CONNECTION } from './preparing-client.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

/** The statements this session has prepared (PostgreSQL's own view, so nothing is taken on trust). */
const preparedOnServer = async () =>
  (
    await sql<{ name: string; statement: string }>`SELECT name, statement FROM pg_prepared_statements`.execute(
      database.db,
    )
  ).rows;

describe('statements prepared once per connection', () => {
  it('a parameterised statement is prepared once and reused; one without parameters stays unnamed', async () => {
    // One connection, so every statement below runs on the same session.
    await database.db.connection().execute(async (conn) => {
      for (let i = 0; i < 5; i += 1) await sql`SELECT ${i}::int + 1 AS n`.execute(conn);
      await sql`SELECT 41 + 1 AS n`.execute(conn);
      const rows = (
        await sql<{ name: string; statement: string }>`SELECT name, statement FROM pg_prepared_statements`.execute(conn)
      ).rows;
      const plusOne = rows.filter((r) => r.statement.includes('::int + 1'));
      expect(plusOne).toHaveLength(1);
      expect(plusOne[0]!.name).toMatch(/^tb_/);
      expect(rows.some((r) => r.statement.includes('41 + 1'))).toBe(false);
    });
  });

  it('several statements in one text without parameters still run (migrations, scripts)', async () => {
    await sql`CREATE TABLE prep_probe (id int PRIMARY KEY, v text); INSERT INTO prep_probe VALUES (1, 'a')`.execute(
      database.db,
    );
    const r = await sql<{ v: string }>`SELECT v FROM prep_probe WHERE id = ${1}`.execute(database.db);
    expect(r.rows[0]!.v).toBe('a');
  });

  it('a prepared statement survives a change of its table (PostgreSQL re-plans it)', async () => {
    await sql`CREATE TABLE prep_ddl (id int PRIMARY KEY, v text)`.execute(database.db);
    await sql`INSERT INTO prep_ddl VALUES (1, 'x')`.execute(database.db);
    const read = () => sql<{ v: string }>`SELECT v FROM prep_ddl WHERE id = ${1}`.execute(database.db);
    expect((await read()).rows[0]!.v).toBe('x');
    await sql`CREATE INDEX prep_ddl_v ON prep_ddl (v)`.execute(database.db);
    await sql`ALTER TABLE prep_ddl ADD COLUMN w int`.execute(database.db);
    expect((await read()).rows[0]!.v).toBe('x');
  });

  it(`a connection keeps at most ${MAX_PREPARED_PER_CONNECTION} prepared statements; texts past the cap still run`, async () => {
    await database.db.connection().execute(async (conn) => {
      // Distinct texts (as IN lists of every length would make): the cap keeps the session bounded.
      for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i += 1) {
        const r = await sql<{ n: number }>`SELECT ${i}::int AS n, ${sql.raw(String(i))} AS k`.execute(conn);
        expect(r.rows[0]!.n).toBe(i);
      }
      const count = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements`.execute(conn))
        .rows[0]!.n;
      expect(count).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
    });
    expect((await preparedOnServer()).length).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
  });
});
