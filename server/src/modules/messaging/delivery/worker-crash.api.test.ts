import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { createAppContext } from '../../../platform/create-context.js';
import { type DatabaseHandle, openDatabase } from '../../../platform/db/connect.js';
import { migrateToLatest } from '../../../platform/db/migrate.js';
import { freshDatabase, testConfig } from '../../../../test/harness.js';
import { buildCast, newCase } from '../messaging.test-support.js';
import { startSmtpPeer } from './peers.test-support.js';

// The worker runs as a child process against the same database (PostgreSQL, or an embedded PGlite
// data directory the parent has closed), sending to a real SMTP server in this process; it is
// killed with SIGKILL at chosen and at random moments and restarted until the outbox is empty.
const N = 150;
const DOMAIN = 'crash.example';
const mode = inject('testDb').mode;
const script = path.join(import.meta.dirname, 'worker-child.test-support.ts');

let dataDir: string;
let url: string | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let database: DatabaseHandle | null = null;

async function open(): Promise<DatabaseHandle> {
  return url ? openDatabase({ mode: 'server', url }) : openDatabase({ mode: 'embedded', dataDir });
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-crash-'));
  smtp = await startSmtpPeer();
  if (mode === 'server') {
    database = await freshDatabase();
    url = (database as DatabaseHandle & { url?: string }).url;
  } else {
    database = await open();
    await migrateToLatest(database.db);
  }
  const ctx = createAppContext(testConfig(), database);
  const app = await buildApp(ctx);
  await app.ready();
  const cast = await buildCast({ app, ctx, close: () => app.close() });
  const c = await newCase(cast);
  const prefs = await cast.citizen.request({
    method: 'PUT',
    url: '/api/my/notification-preferences',
    payload: {
      sms: false,
      email: true,
      emailAddress: 'lin.hai@example.com',
      lang: 'zh',
      messages: true,
      version: null,
    },
  });
  expect(prefs.statusCode, prefs.body).toBe(200);
  // N more events on the case, as N moves would have written them.
  await sql`
    INSERT INTO outbox_event (topic, case_id, recipient_person_id, payload)
    SELECT 'case.accept', ${c.id}::uuid, ${cast.citizenId}::uuid, '{}'::jsonb FROM generate_series(1, ${N})`.execute(
    database.db,
  );
  await app.close();
  if (mode === 'embedded') {
    // The child process opens the data directory; PGlite is one process's at a time.
    await database.close();
    database = null;
  }
}, 180_000);

afterAll(async () => {
  await smtp.close();
  if (database) await database.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** Runs the worker process; `killWhen` lets the test kill it with SIGKILL from outside. */
function runWorker(env: Record<string, string>, killWhen?: () => boolean) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: path.resolve(import.meta.dirname, '../../../..'),
      env: {
        ...process.env,
        ...(url ? { DATABASE_URL: url } : { DATABASE_URL: '', DATA_DIR: dataDir }),
        SMTP_URL: smtp.url,
        MAIL_FROM: `Tongban <noreply@${DOMAIN}>`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const watch = killWhen
      ? setInterval(() => {
          if (killWhen()) child.kill('SIGKILL');
        }, 2)
      : null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker did not finish in time:\n${output}`));
    }, 90_000);
    child.on('exit', (code, signal) => {
      if (watch) clearInterval(watch);
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

describe(`the delivery worker killed mid-send (${mode})`, () => {
  it('[R-APP-4] kill -9 at any point loses nothing; a message is re-sent only if the kill fell between SMTP’s OK and the commit, with the same Message-ID', async () => {
    // 1. Killed after claiming the 10th delivery, before sending it: nothing of it reached SMTP.
    const r1 = await runWorker({ CRASH_BEFORE_SEND: '10' });
    expect(r1.signal, r1.output).toBe('SIGKILL');
    const afterFirst = smtp.received.length;
    expect(afterFirst).toBeLessThan(N);

    // 2. Killed right after the SMTP server accepted a message, before that was recorded.
    const r2 = await runWorker({ CRASH_AFTER_SENDS: '25' });
    expect(r2.signal, r2.output).toBe('SIGKILL');

    // 3. Killed from outside at an arbitrary moment, half-way through what is left.
    const target = Math.floor((smtp.received.length + N) / 2);
    const r3 = await runWorker({}, () => smtp.received.length >= target);
    expect(r3.signal === 'SIGKILL' || r3.code === 0, r3.output).toBe(true);

    // 4. Runs to the end.
    const r4 = await runWorker({});
    expect(r4.code, r4.output).toBe(0);

    database ??= await open();
    const rows = await database.db.selectFrom('notification_delivery').select(['id', 'status', 'attempts']).execute();
    // The submission's notice and the N events: one e-mail each, all sent.
    expect(rows).toHaveLength(N + 1);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const undelivered = await database.db
      .selectFrom('outbox_event')
      .select('id')
      .where('delivered_at', 'is', null)
      .execute();
    expect(undelivered).toEqual([]);

    const expected = new Set(rows.map((r) => `<${r.id}@${DOMAIN}>`));
    const counts = new Map<string, number>();
    for (const m of smtp.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    // Nothing lost, nothing foreign: by Message-ID, every delivery arrived, exactly once after dedupe.
    expect(new Set(counts.keys())).toEqual(expected);
    const duplicates = [...counts.entries()].filter(([, n]) => n > 1);
    console.info(
      `[crash test, ${mode}] ${smtp.received.length} received for ${expected.size} deliveries; ${duplicates.length} re-sent with the same Message-ID`,
    );
    // At least the one sent just before the deliberate kill in round 2. At most, each of the three
    // kills leaves the sends then in flight (4 lanes) accepted by SMTP but not yet recorded.
    expect(duplicates.length).toBeGreaterThanOrEqual(1);
    expect(duplicates.length).toBeLessThanOrEqual(3 * 4);
    expect(Math.max(...counts.values())).toBe(2);
    // Each duplicate is a delivery that needed a second attempt.
    const attempts = new Map(rows.map((r) => [`<${r.id}@${DOMAIN}>`, r.attempts]));
    for (const [id] of duplicates) expect(attempts.get(id)).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
