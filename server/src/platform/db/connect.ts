import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './preparing-client.js';
import type { Database } from './schema.js';

// int8 (bigint) values such as money in fen and count(*) fit in a JS number far beyond any
// realistic sum (2^53 fen is 90 trillion yuan), so read them as numbers rather than strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// A calendar date (valid-until, holidays) is a day, not an instant: keep 'YYYY-MM-DD' as is.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type DatabaseMode = 'embedded' | 'server';

export type DatabaseHandle = {
  db: Kysely<Database>;
  mode: DatabaseMode;
  /** The in-process database, when embedded (for dumps and tests). */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type OpenOptions =
  | { mode: 'server'; url: string; poolSize?: number }
  | { mode: 'embedded'; dataDir: string }
  | { mode: 'embedded-from-dump'; dump: Blob }
  | { mode: 'embedded-memory' };

/**
 * One driver path for both modes: Kysely's PostgresDialect over a `pg.Pool`. For the embedded
 * database the pool has exactly one connection into PGlite; transactions are therefore
 * serialised by the pool, which keeps SELECT … FOR UPDATE correct (the kysely-pglite dialect
 * was seen losing updates under concurrency).
 */
export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.mode === 'server') {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      // A burst queues for a connection rather than failing: moves that issue a numbered notice
      // hold theirs while the series' counter is locked (gapless numbers), so a hundred at once
      // on one series wait their turn for a few seconds under load.
      connectionTimeoutMillis: 30_000,
      // Connections stay open through a lull of minutes (pg's default closes them after 10 s):
      // each carries its prepared statements and a warm catalogue cache, and a new backend
      // re-plans some forty statements on their first executions — a burst after a short pause
      // would pay that on every connection again.
      idleTimeoutMillis: 300_000,
      application_name: 'tongban',
      Client: PreparingClient,
    });
    // An idle connection the server closes (restart, failover, admin termination) is reported
    // on the pool; without a listener that would crash the process. The pool replaces it.
    pool.on('error', () => undefined);
    // An unreachable server is an error at start-up, never a silent fallback to embedded.
    const client = await pool.connect().catch(async (err: unknown) => {
      await pool.end().catch(() => undefined);
      throw err;
    });
    client.release();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, mode: 'server', close: () => db.destroy() };
  }

  let pglite: PGlite;
  if (opts.mode === 'embedded') {
    const dir = path.join(opts.dataDir, 'pgdata');
    await fs.mkdir(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  } else if (opts.mode === 'embedded-from-dump') {
    pglite = await PGlite.create({ loadDataDir: opts.dump });
  } else {
    pglite = await PGlite.create();
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0, Client: PreparingClient });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    mode: 'embedded',
    pglite,
    async close() {
      await db.destroy();
      // PGlite flushes its files on close: after this the data directory is consistent.
      await pglite.close();
    },
  };
}
