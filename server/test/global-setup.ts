import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/connect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { mode: 'embedded'; dumpFile: string } | { mode: 'server'; url: string; template: string };
  }
}

/**
 * Migrates one template database per run; every test file then gets a fresh copy of it:
 * a loaded PGlite data-dir dump (creating a new data directory takes seconds), or on the
 * server `CREATE DATABASE … TEMPLATE`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `tongban_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const tplUrl = new URL(url);
    tplUrl.pathname = `/${template}`;
    const handle = await openDatabase({ mode: 'server', url: tplUrl.toString(), poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide('testDb', { mode: 'server', url, template });
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const dbs = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'tongban_t_%' OR datname = $1`,
        [template],
      );
      for (const r of dbs.rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await c.end();
    };
  }
  const handle = await openDatabase({ mode: 'embedded-memory' });
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-test-'));
  const dumpFile = path.join(dir, 'template.tar');
  await fs.writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDb', { mode: 'embedded', dumpFile });
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
