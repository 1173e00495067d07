// The delivery worker as a process of its own, for the crash tests (worker-crash.api.test.ts):
// it drains the outbox into the SMTP server named by SMTP_URL and exits 0 when nothing is left.
// CRASH_AFTER_SENDS=n kills it (SIGKILL) right after the n-th message was accepted by the SMTP
// server and before that was recorded; CRASH_BEFORE_SEND=n right after the n-th claim, before
// sending. The parent may also kill it at any moment.
import { sql } from 'kysely';
import { loadConfig } from '../../../platform/config.js';
import { createAppContext } from '../../../platform/create-context.js';
import { openDatabase } from '../../../platform/db/connect.js';
import { providersFor } from './providers.js';
import { DeliveryWorker } from './worker.js';

const env = process.env;
const database = env.DATABASE_URL
  ? await openDatabase({ mode: 'server', url: env.DATABASE_URL })
  : await openDatabase({ mode: 'embedded', dataDir: env.DATA_DIR ?? '' });
const config = loadConfig({ ...env, NODE_ENV: 'test', DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
const ctx = createAppContext(config, database);
const crashAfterSend = Number(env.CRASH_AFTER_SENDS ?? 0);
const crashBeforeSend = Number(env.CRASH_BEFORE_SEND ?? 0);
let sends = 0;
let claims = 0;
const worker = new DeliveryWorker(ctx, {
  providers: await providersFor(config),
  leaseMs: Number(env.LEASE_MS ?? 500),
  batchSize: 20,
  concurrency: 4,
  hooks: {
    beforeSend: () => {
      if (crashBeforeSend && ++claims === crashBeforeSend) process.kill(process.pid, 'SIGKILL');
    },
    afterSend: () => {
      if (crashAfterSend && ++sends === crashAfterSend) process.kill(process.pid, 'SIGKILL');
    },
  },
});

const left = async () => {
  const r = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL)
         + (SELECT count(*) FROM notification_delivery WHERE status IN ('pending', 'retry', 'sending')) AS n`.execute(
    database.db,
  );
  return Number(r.rows[0]?.n ?? 0);
};

for (;;) {
  await worker.drain();
  if ((await left()) === 0) break;
  // Claims of a killed predecessor become due again when their lease runs out.
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await worker.stop();
await database.close();
process.exit(0);
