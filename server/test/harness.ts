import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import type { AppContext } from '../src/platform/app-context.js';
import { createAppContext } from '../src/platform/create-context.js';
import { type AppConfig, loadConfig } from '../src/platform/config.js';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/connect.js';

/** A fresh, migrated database for one test file, in the mode this run tests (embedded or server). */
export async function freshDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const testDb = inject('testDb');
  if (testDb.mode === 'server') {
    const name = `tongban_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${testDb.template}`);
    await admin.end();
    const u = new URL(testDb.url);
    u.pathname = `/${name}`;
    const handle = await openDatabase({ mode: 'server', url: u.toString() });
    return {
      ...handle,
      url: u.toString(),
      async close() {
        await handle.close();
        const c = new pg.Client({ connectionString: testDb.url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const bytes = await fs.readFile(testDb.dumpFile);
  return openDatabase({ mode: 'embedded-from-dump', dump: new Blob([bytes]) });
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const dir = path.join(os.tmpdir(), `tongban-files-${randomBytes(6).toString('hex')}`);
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: dir,
    DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });
}

export type TestApp = { app: FastifyInstance; ctx: AppContext; close(): Promise<void> };

/** The real application on a fresh database, driven through `app.inject()`. */
export async function buildTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = testConfig(overrides);
  const ctx: AppContext = createAppContext(config, database);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await database.close();
      await fs.rm(config.dataDir, { recursive: true, force: true });
    },
  };
}
