import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../../server/src/platform/config.js';
import { sm3Hex } from '../../../server/src/platform/crypto/sm3.js';
import { createFieldCipher } from '../../../server/src/platform/crypto/sm4.js';
import { smtpTransportOptions } from '../../../server/src/modules/messaging/delivery/smtp-options.js';
import { isRunning, spawnTracked, stopChild } from '../lib/children.js';
import { machineLine } from '../lib/machine.js';
import { benchDir } from '../lib/paths.js';
import { met, table } from '../lib/report.js';
import { freePort, sleep, startTongban } from '../lib/servers.js';
import { median, round } from '../lib/stats.js';
import type { BenchContext, BenchOutcome, Benchmark } from '../registry.js';

const CASES = 500; // each with its applicant's stream and one officer's: 1,000 streams
const OFFICERS = 50; // ten streams each, the per-user cap
const MESSAGES = 400; // per round, half by applicants, half by officers
const RATE = 50; // messages per second, open loop
const DRAIN = 5_000; // notifications per drain round
const ROUNDS = 2;
const TARGETS = { p99Ms: 200, drainPerSecond: 500 };

type Party = { cookie: string; csrf: string };
type BenchCase = { id: string; applicant: Party; officer: Party };

const party = (): Party & { token: string } => {
  const token = randomBytes(32).toString('base64url');
  // Either cookie name (Secure or not): the server reads the one it uses.
  return {
    token,
    cookie: `__Host-tongban_sid=${token}; tongban_sid=${token}`,
    csrf: randomBytes(24).toString('base64url'),
  };
};

/** CASES applicants with a case each at the demo clerk's window, OFFICERS clerks of that window, all logged in. */
async function seed(databaseUrl: string): Promise<{ cases: BenchCase[]; personIds: string[] }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const w = (
      await c.query<{ window_id: string; centre_id: string; department_id: string }>(
        `SELECT r.window_id, r.centre_id, r.department_id FROM staff s JOIN staff_role r ON r.staff_id = s.id
          WHERE s.username = 'clerk' AND r.role = 'window_clerk' LIMIT 1`,
      )
    ).rows[0];
    if (!w) throw new Error('the demo clerk has no window');
    const v = (
      await c.query<{ id: string; item_id: string }>(
        'SELECT id, item_id FROM item_version WHERE window_id = $1 AND is_current LIMIT 1',
        [w.window_id],
      )
    ).rows[0];
    if (!v) throw new Error('the demo clerk’s window publishes no item');
    const persons = await c.query<{ id: string }>(
      `INSERT INTO person (name, id_number_enc, id_number_bidx, id_number_masked)
       SELECT '申请人' || i, 'x', md5('bench-p' || i) || md5('bench-q' || i), '330902********' || lpad(i::text, 4, '0')
         FROM generate_series(1, $1) AS i RETURNING id`,
      [CASES],
    );
    const personIds = persons.rows.map((r) => r.id);
    const cases = await c.query<{ id: string }>(
      `INSERT INTO license_case (case_no, query_code_hash, query_code_enc, item_id, item_version_id, centre_id,
         department_id, window_id, applicant_person_id, status, form_data, channel, waiting_roles)
       SELECT 'M' || lpad(i::text, 9, '0'), md5('m' || i) || md5('n' || i), 'x', $1, $2, $3, $4, $5, p.id,
              'in_review', '{}', 'online', ARRAY['window_clerk']
         FROM unnest($6::uuid[]) WITH ORDINALITY AS p(id, i) RETURNING id`,
      [v.item_id, v.id, w.centre_id, w.department_id, w.window_id, personIds],
    );
    const officers: Array<{ staffId: string; roleId: string }> = [];
    for (let i = 0; i < OFFICERS; i += 1) {
      const s = await c.query<{ id: string }>(
        `INSERT INTO staff (username, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
        [`bench_clerk_${i}`, `窗口${i}`],
      );
      const r = await c.query<{ id: string }>(
        `INSERT INTO staff_role (staff_id, role, centre_id, department_id, window_id)
         VALUES ($1, 'window_clerk', $2, $3, $4) RETURNING id`,
        [s.rows[0]!.id, w.centre_id, w.department_id, w.window_id],
      );
      officers.push({ staffId: s.rows[0]!.id, roleId: r.rows[0]!.id });
    }
    const session = async (type: 'person' | 'staff', subject: string, roleId: string | null) => {
      const p = party();
      await c.query(
        `INSERT INTO user_session (token_hash, subject_type, subject_id, acting_role_id, csrf_token, mfa_passed,
           idle_timeout_seconds, expires_at) VALUES ($1, $2, $3, $4, $5, true, 86400, now() + interval '1 day')`,
        [sm3Hex(p.token), type, subject, roleId, p.csrf],
      );
      return { cookie: p.cookie, csrf: p.csrf };
    };
    const officerSessions = [];
    for (const o of officers) officerSessions.push(await session('staff', o.staffId, o.roleId));
    const out: BenchCase[] = [];
    for (const [i, row] of cases.rows.entries())
      out.push({
        id: row.id,
        applicant: await session('person', personIds[i]!, null),
        officer: officerSessions[i % OFFICERS]!,
      });
    return { cases: out, personIds };
  } finally {
    await c.end();
  }
}

/** One SSE stream over its own socket; resolves once the server says `ready`. */
function openStream(port: number, urlPath: string, cookie: string, onText: (text: string) => void) {
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: urlPath, agent: false, headers: { cookie, accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`stream ${urlPath}: ${res.statusCode}`));
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            if (frame.includes('event: ready')) resolve(req);
            else if (frame.includes('event: message')) {
              const data = frame.split('\n').find((l) => l.startsWith('data: '));
              if (data) onText((JSON.parse(data.slice(6)) as { text: string }).text);
            }
          }
        });
      },
    );
    req.on('error', reject);
  });
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

type FanOut = { p50: number; p99: number; max: number; missing: number; samples: number };

/**
 * Opens the 1,000 streams, posts MESSAGES at RATE per second and times each message from the
 * moment its POST was sent to its arrival on each of its case's two streams.
 */
async function fanOut(
  port: number,
  cases: BenchCase[],
  streamPath: (c: BenchCase, i: number) => string,
  post: (c: BenchCase, i: number, by: Party, text: string) => Promise<void>,
): Promise<FanOut> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const onText = (text: string) => {
    const t0 = sentAt.get(text);
    if (t0 !== undefined) latencies.push(performance.now() - t0);
  };
  const streams: http.ClientRequest[] = [];
  for (let from = 0; from < cases.length; from += 50) {
    const batch = cases
      .slice(from, from + 50)
      .flatMap((c, j) => [
        openStream(port, streamPath(c, from + j), c.applicant.cookie, onText),
        openStream(port, streamPath(c, from + j), c.officer.cookie, onText),
      ]);
    streams.push(...(await Promise.all(batch)));
  }
  try {
    const started = performance.now();
    const sends: Promise<void>[] = [];
    for (let k = 0; k < MESSAGES; k += 1) {
      const wait = started + (k * 1000) / RATE - performance.now();
      if (wait > 0) await sleep(wait);
      const i = (k * 7919) % cases.length;
      const c = cases[i]!;
      const text = `bench ${k} ${randomBytes(4).toString('hex')}`;
      sentAt.set(text, performance.now());
      sends.push(post(c, i, k % 2 ? c.officer : c.applicant, text));
    }
    await Promise.all(sends);
    const deadline = performance.now() + 5_000;
    while (latencies.length < MESSAGES * 2 && performance.now() < deadline) await sleep(20);
    return {
      p50: round(percentile(latencies, 0.5)),
      p99: round(percentile(latencies, 0.99)),
      max: round(Math.max(...latencies)),
      missing: MESSAGES * 2 - latencies.length,
      samples: latencies.length,
    };
  } finally {
    for (const s of streams) s.destroy();
  }
}

/** A local SMTP server that only counts and remembers Message-IDs. */
async function startSink() {
  const ids: string[] = [];
  let firstAt = 0;
  let lastAt = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 4096) head += c.toString('utf8');
      });
      stream.on('end', () => {
        ids.push(/^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '');
        lastAt = performance.now();
        if (ids.length === 1) firstAt = lastAt;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    ids,
    times: () => ({ firstAt, lastAt }),
    reset() {
      ids.length = 0;
      firstAt = lastAt = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function startBareFanOut() {
  const port = await freePort();
  const child = spawnTracked(
    process.execPath,
    ['--import', 'tsx', path.join(benchDir, 'src', 'benchmarks', 'messaging-bare.ts')],
    {
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300; i += 1) {
    if (!isRunning(child)) throw new Error('the bare SSE server exited');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) break;
    } catch {
      // not yet
    }
    await sleep(50);
  }
  return { port, stop: () => stopChild(child) };
}

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const date = new Date().toISOString();
  const pgServer = await ctx.postgres();
  const databaseUrl = await pgServer.freshDatabase('tongban_bench_messaging');
  const sink = await startSink();
  // startTongban passes the environment on: the worker of the server process sends to our sink.
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = 'Tongban <noreply@bench.example>';
  const tongban = await startTongban({
    databaseUrl,
    dataDir: ctx.tempDir('bench-messaging-'),
    demoData: true,
    readyTimeoutMs: 180_000,
  });
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  const bare = await startBareFanOut();
  try {
    const { cases, personIds } = await seed(databaseUrl);
    ctx.log(
      `seeded ${cases.length} cases, ${cases.length * 2} streams (${OFFICERS} officers × 10, ${CASES} applicants)`,
    );
    const tPort = Number(new URL(tongban.baseUrl).port);
    const postTongban = async (c: BenchCase, _i: number, by: Party, text: string) => {
      const res = await fetch(`${tongban.baseUrl}/api/cases/${c.id}/messages`, {
        method: 'POST',
        headers: { cookie: by.cookie, 'x-csrf-token': by.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ text, uploadIds: [] }),
      });
      if (res.status !== 201) throw new Error(`post ${res.status} ${await res.text()}`);
    };
    const postBare = async (_c: BenchCase, i: number, _by: Party, text: string) => {
      const res = await fetch(`http://127.0.0.1:${bare.port}/send?room=${i}`, {
        method: 'POST',
        body: JSON.stringify({ text }),
      });
      await res.arrayBuffer();
    };

    const fanRounds: Array<{ round: number; tongban: FanOut; bare: FanOut }> = [];
    for (let r = 1; r <= ROUNDS; r += 1) {
      const b = await fanOut(bare.port, cases, (_c, i) => `/stream?room=${i}`, postBare);
      const t = await fanOut(tPort, cases, (c) => `/api/cases/${c.id}/stream`, postTongban);
      if (t.missing > 0) throw new Error(`${t.missing} deliveries did not arrive`);
      fanRounds.push({ round: r, tongban: t, bare: b });
      ctx.log(`round ${r} fan-out: p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms; bare p99 ${b.p99} ms`);
    }

    // The drain: every applicant wants e-mail; DRAIN outbox events are written at once.
    const cipher = createFieldCipher(loadConfig({}).fieldEncryptionKey);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const drainRounds: Array<{ round: number; tongban: number; steady: number; bare: number; duplicates: number }> = [];
    try {
      await db.query(
        `INSERT INTO notification_preference (person_id, sms, email, email_enc, email_masked, lang)
         SELECT id, false, true, enc, 'b***@bench.example', 'zh' FROM unnest($1::uuid[], $2::text[]) AS p(id, enc)`,
        [personIds, personIds.map((_, i) => cipher.encrypt(`applicant${i}@bench.example`))],
      );
      const transport = nodemailer.createTransport(smtpTransportOptions(sink.url));
      for (let r = 1; r <= ROUNDS; r += 1) {
        sink.reset();
        let started = performance.now();
        let next = 0;
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (next < DRAIN) {
              const k = next++;
              await transport.sendMail({
                from: 'bare@bench.example',
                to: `applicant${k % CASES}@bench.example`,
                subject: `办件${k}已受理`,
                text: `您申请的“食品经营许可”（办件编号M${k}）已受理。`,
              });
            }
          }),
        );
        const bareRate = DRAIN / ((performance.now() - started) / 1000);

        sink.reset();
        started = performance.now();
        await db.query(
          `INSERT INTO outbox_event (topic, case_id, recipient_person_id, payload)
           SELECT 'case.accept', c.id, c.applicant_person_id, '{}'
             FROM generate_series(1, $1) AS g(i) JOIN LATERAL (
               SELECT id, applicant_person_id FROM license_case WHERE case_no = 'M' || lpad((1 + g.i % $2)::text, 9, '0')) c ON true`,
          [DRAIN, CASES],
        );
        const deadline = performance.now() + 120_000;
        while (sink.ids.length < DRAIN && performance.now() < deadline) await sleep(10);
        if (sink.ids.length < DRAIN) throw new Error(`only ${sink.ids.length} of ${DRAIN} e-mails arrived`);
        const { firstAt, lastAt } = sink.times();
        const total = DRAIN / ((lastAt - started) / 1000);
        const steady = (DRAIN - 1) / ((lastAt - firstAt) / 1000);
        const duplicates = sink.ids.length - new Set(sink.ids).size;
        drainRounds.push({ round: r, tongban: round(total), steady: round(steady), bare: round(bareRate), duplicates });
        ctx.log(
          `round ${r} drain: ${round(total)}/s end to end (${round(steady)}/s steady), bare nodemailer ${round(bareRate)}/s`,
        );
      }
      transport.close();
    } finally {
      await db.end();
    }

    const p99 = round(median(fanRounds.map((r) => r.tongban.p99)));
    const bareP99 = round(median(fanRounds.map((r) => r.bare.p99)));
    const drain = round(median(drainRounds.map((r) => r.tongban)));
    const bareDrain = round(median(drainRounds.map((r) => r.bare)));
    const result = {
      date,
      machine: ctx.machine,
      postgres: pgServer.version,
      streams: CASES * 2,
      messagesPerRound: MESSAGES,
      ratePerSecond: RATE,
      fanRounds,
      p99Ms: p99,
      bareP99Ms: bareP99,
      drainPerRound: DRAIN,
      drainRounds,
      drainPerSecond: drain,
      bareDrainPerSecond: bareDrain,
      drainRatio: round(drain / bareDrain, 2),
      targets: TARGETS,
    };
    const markdown = [
      `Date ${date.slice(0, 10)} · ${machineLine(ctx.machine)} · PostgreSQL ${pgServer.version} on loopback, one Tongban process (server/src/main.ts, its delivery worker inside); ${ROUNDS} rounds, median.`,
      '',
      table(
        ['figure', 'measured', 'target', ''],
        [
          [
            `message → every participant, ${CASES * 2} open event streams, ${RATE} messages/s, p99`,
            `${p99} ms`,
            `< ${TARGETS.p99Ms} ms`,
            met(p99 < TARGETS.p99Ms),
          ],
          [
            'the same, p50 / max',
            `${round(median(fanRounds.map((r) => r.tongban.p50)))} ms / ${round(median(fanRounds.map((r) => r.tongban.max)))} ms`,
            '—',
            '',
          ],
          ['bare baseline (node:http SSE rooms, no auth, no database), p99', `${bareP99} ms`, '—', ''],
          [
            `outbox drained to a local SMTP server (${DRAIN} e-mails, from the INSERT to the last one received)`,
            `${drain}/s`,
            `≥ ${TARGETS.drainPerSecond}/s`,
            met(drain >= TARGETS.drainPerSecond),
          ],
          [
            'bare baseline (nodemailer, the same pooled transport → the same SMTP server, no database)',
            `${bareDrain}/s`,
            '—',
            '',
          ],
          ['ratio drain / bare', round(drain / bareDrain, 2), '—', ''],
        ],
      ),
      '',
      `A message is timed from its POST leaving the client to its arrival on each of the two streams of its case (the applicant’s and one officer’s; each officer holds 10 streams, the per-user cap): the POST’s transaction, NOTIFY on commit, the LISTEN connection, one read of the message, the writes to the streams. The drain figure includes the worker’s idle poll (≤ 1 s) before the first e-mail (steady rate after the first: ${round(median(drainRounds.map((r) => r.steady)))}/s); e-mails received twice by Message-ID: ${drainRounds.reduce((n, r) => n + r.duplicates, 0)}. Exactly-once under kill -9 is a test, not a benchmark (server/src/modules/messaging/delivery/worker-crash.api.test.ts).`,
    ].join('\n');
    return { result, markdown };
  } finally {
    await tongban.stop();
    await bare.stop();
    await sink.close();
  }
}

export const messaging: Benchmark = { name: 'messaging', title: 'Issue 9 — conversations and notifications', run };
