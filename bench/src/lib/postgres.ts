import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { onCleanup, runSync } from './children.js';
import { benchDir } from './paths.js';

export type PostgresServer = {
  /** Where it came from: our own throwaway cluster, or the DATABASE_URL given. */
  origin: 'throwaway cluster' | 'DATABASE_URL';
  version: string;
  /** A fresh, empty database (dropped first if a previous run left it); returns its URL. */
  freshDatabase(name: string): Promise<string>;
};

const clusterScript = path.join(benchDir, 'scripts', 'pg-cluster.sh');

/**
 * The PostgreSQL server the benchmarks use: DATABASE_URL when given (its user needs CREATEDB),
 * otherwise a throwaway cluster on loopback started by the same script as CI's, stopped at exit.
 */
export async function startPostgres(): Promise<PostgresServer> {
  let adminUrl = process.env.DATABASE_URL;
  let origin: PostgresServer['origin'] = 'DATABASE_URL';
  if (!adminUrl) {
    const dir = path.join(os.tmpdir(), 'tongban-bench-pg');
    onCleanup(() => {
      runSync('bash', [clusterScript, 'stop', dir]);
    });
    const out = runSync('bash', [clusterScript, 'start', dir, '54339']);
    const port = out.trim().split('\n').pop() ?? '';
    if (!/^\d+$/.test(port)) throw new Error(`the cluster script printed no port: ${out}`);
    adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    origin = 'throwaway cluster';
  }
  const url = adminUrl;
  const version = await withClient(url, async (c) => {
    const r = await c.query<{ server_version: string }>('SHOW server_version');
    return r.rows[0]?.server_version ?? 'unknown';
  });
  return {
    origin,
    version,
    async freshDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
      await withClient(url, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${name}`);
      });
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${name}`;
      return dbUrl.toString();
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
