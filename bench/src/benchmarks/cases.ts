import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { drive } from '../lib/load.js';
import { machineLine } from '../lib/machine.js';
import { met, table } from '../lib/report.js';
import { startBare, startTongban } from '../lib/servers.js';
import { median, round } from '../lib/stats.js';
import type { BenchContext, BenchOutcome, Benchmark } from '../registry.js';

const GENERATED = 1_000_000;
const WINDOW_OPEN = 3_000; // open cases at the measured clerk's window among the million
const SUBMIT_SECONDS = 15;
const SUBMIT_WORKERS = 24;
const LOAD = { connections: 50, durationSeconds: 10 };
const ROUNDS = 2;
const TARGETS = { submitPerSecond: 300, lookupRatio: 0.5, queueP99Ms: 50 };
const PASSWORD = 'Tongban@2026';

type Session = { cookie: string; csrf: string };
type Schema = { required?: string[]; properties?: Record<string, Record<string, unknown>> };

async function login(base: string, path: string, body: object): Promise<Session> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.includes('tongban_sid'))
    ?.split(';')[0];
  const json = (await res.json()) as { csrfToken: string };
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: json.csrfToken };
}

/** A valid value for each field of the item's online form (the demo's field names). */
function formFor(schema: Schema): Record<string, unknown> {
  const known: Record<string, unknown> = {
    creditCode: '91330900MA2A0B1C2K',
    contactPhone: '13857001234',
    idNumber: '330902199001011238',
  };
  const out: Record<string, unknown> = {};
  for (const key of schema.required ?? []) {
    const p = schema.properties?.[key] ?? {};
    const items = p.items as { enum?: unknown[] } | undefined;
    out[key] =
      known[key] ??
      (p.const !== undefined
        ? p.const
        : Array.isArray(p.enum)
          ? p.enum[0]
          : p.type === 'boolean'
            ? true
            : p.type === 'number' || p.type === 'integer'
              ? Math.max(Number(p.minimum ?? 1), 1)
              : p.type === 'array'
                ? [items?.enum?.[0] ?? '其他']
                : p.format === 'date'
                  ? '2026-12-01'
                  : '舟山海味餐饮测试');
  }
  return out;
}

// A one-page PDF padded to ~100 KB with a comment; a random tail so content addressing stores each.
const pdf100k = () =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'),
    Buffer.from(`%${'x'.repeat(100 * 1024)}${randomUUID()}\n`),
    Buffer.from('trailer<</Root 1 0 R>>\n%%EOF\n'),
  ]);

async function submitOne(base: string, s: Session, itemId: string, keys: string[], form: object) {
  const fd = new FormData();
  fd.append('file', new Blob([pdf100k()], { type: 'application/pdf' }), '材料.pdf');
  const up = await fetch(`${base}/api/uploads`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    body: fd,
  });
  if (up.status !== 201) throw new Error(`upload ${up.status} ${await up.text()}`);
  const { uploadId } = (await up.json()) as { uploadId: string };
  const res = await fetch(`${base}/api/cases`, {
    method: 'POST',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ itemId, formData: form, materials: keys.map((materialKey) => ({ materialKey, uploadId })) }),
  });
  if (res.status !== 201) throw new Error(`submit ${res.status} ${await res.text()}`);
  const c = (await res.json()) as { caseNo: string; queryCode: string };
  return c;
}

/** The million: over every window, mostly closed, with WINDOW_OPEN open ones at the clerk's window. */
async function generate(databaseUrl: string, itemId: string, clerkWindow: string) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    // Spread over every window of the demo's centres, as a province's million would be; 4 % open.
    const windows = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM service_window')).rows[0]!.n);
    await c.query(
      `
      INSERT INTO license_case (case_no, query_code_hash, query_code_enc, item_id, item_version_id, centre_id,
        department_id, window_id, applicant_person_id, status, form_data, submitted_at, received_at, channel,
        waiting_roles, due_at, accepted_at)
      SELECT 'G' || lpad(i::text, 9, '0'), md5(i::text) || md5((i + 1)::text), 'x', v.item_id, v.id, w.centre_id,
        w.department_id, CASE WHEN i <= $2 THEN $3::uuid ELSE w.id END, p.id,
        CASE WHEN i <= $2 THEN (ARRAY['submitted','in_review','granted'])[1 + i % 3]
             WHEN i % 50 = 0 THEN 'in_review' WHEN i % 50 = 1 THEN 'submitted'
             ELSE (ARRAY['concluded','concluded','concluded','concluded','rejected','withdrawn'])[1 + i % 6] END,
        '{}', now() - (i % 400) * interval '1 day', now() - (i % 400) * interval '1 day', 'online',
        ARRAY['window_clerk'], CASE WHEN i <= $2 OR i % 50 < 2 THEN now() + ((i % 40) - 10) * interval '1 day' END,
        now() - (i % 400) * interval '1 day'
      FROM generate_series(1, $1) AS i
      CROSS JOIN LATERAL (SELECT id, item_id FROM item_version WHERE item_id = $4 AND is_current) v
      CROSS JOIN LATERAL (SELECT id FROM person ORDER BY created_at LIMIT 1) p
      CROSS JOIN LATERAL (SELECT id, centre_id, department_id FROM service_window ORDER BY id OFFSET (i % $5) LIMIT 1) w`,
      [GENERATED, WINDOW_OPEN, clerkWindow, itemId, windows],
    );
    await c.query('ANALYZE license_case');
  } finally {
    await c.end();
  }
}

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const date = new Date().toISOString();
  const pgServer = await ctx.postgres();
  const databaseUrl = await pgServer.freshDatabase('tongban_bench_cases');
  const tongban = await startTongban({
    databaseUrl,
    dataDir: ctx.tempDir('bench-cases-'),
    demoData: true,
    readyTimeoutMs: 180_000,
  });
  const bare = await startBare(JSON.stringify({ status: 'ok' }), databaseUrl);
  const port = (u: string) => Number(new URL(u).port);
  try {
    const base = tongban.baseUrl;
    const search = (await (await fetch(`${base}/api/catalogue?q=${encodeURIComponent('食品经营许可')}`)).json()) as {
      items: Array<{ itemId: string }>;
    };
    const itemId = search.items[0]!.itemId;
    const guide = (await (await fetch(`${base}/api/catalogue/items/${itemId}`)).json()) as {
      version: { windowId?: string };
      definition: { formSchema: Schema; materials: Array<{ key: string; requirement: string }> };
    };
    const keys = guide.definition.materials.filter((m) => m.requirement === 'required').map((m) => m.key);
    const form = formFor(guide.definition.formSchema);
    const applicant = await login(base, '/api/auth/applicant/login', { account: '13857001234', password: PASSWORD });
    const clerk = await login(base, '/api/auth/staff/login', { username: 'clerk', password: PASSWORD });
    const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie: clerk.cookie } })).json()) as {
      actor?: { acting?: { windowId?: string } };
      acting?: { windowId?: string };
    };
    const clerkWindow = me.actor?.acting?.windowId ?? me.acting?.windowId;
    if (!clerkWindow) throw new Error(`clerk has no window: ${JSON.stringify(me)}`);

    const started = performance.now();
    await generate(databaseUrl, itemId, clerkWindow);
    const generationSeconds = round((performance.now() - started) / 1000);
    ctx.log(`generated ${GENERATED} cases in ${generationSeconds} s`);

    // 1. Submissions: upload + submit pairs by concurrent workers for SUBMIT_SECONDS.
    const submitRounds: number[] = [];
    const created: Array<{ caseNo: string; queryCode: string }> = [];
    for (let r = 1; r <= ROUNDS; r += 1) {
      const until = performance.now() + SUBMIT_SECONDS * 1000;
      let done = 0;
      await Promise.all(
        Array.from({ length: SUBMIT_WORKERS }, async () => {
          while (performance.now() < until) {
            created.push(await submitOne(base, applicant, itemId, keys, form));
            done += 1;
          }
        }),
      );
      submitRounds.push(done / SUBMIT_SECONDS);
      ctx.log(
        `round ${r} submit: ${round(done / SUBMIT_SECONDS)} cases/s (${SUBMIT_WORKERS} clients, 100 KB material)`,
      );
    }

    // 2. Public look-up vs a bare Fastify + pg primary-key read of the same rows.
    const sample = created.slice(0, 500);
    const lookupPaths = sample.map((c) => `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}`);
    const barePaths = sample.map((c) => `/api/bare-case?caseNo=${c.caseNo}`);
    const lookups: Array<{ round: number; bare: number; tongban: number; p99: number }> = [];
    for (let r = 1; r <= ROUNDS; r += 1) {
      const b = await drive(port(bare.baseUrl), bare.pid, { ...LOAD, path: barePaths[0]!, paths: barePaths });
      const t = await drive(port(base), tongban.pid, { ...LOAD, path: lookupPaths[0]!, paths: lookupPaths });
      if (t.non2xx > 0 || b.non2xx > 0) throw new Error(`look-up non-2xx: tongban ${t.non2xx}, bare ${b.non2xx}`);
      lookups.push({ round: r, bare: b.requestsPerSecond, tongban: t.requestsPerSecond, p99: t.latencyP99Ms });
      ctx.log(
        `round ${r} look-up: ${Math.round(t.requestsPerSecond)} req/s vs bare pk read ${Math.round(b.requestsPerSecond)} req/s`,
      );
    }

    // 3. The clerk's queue with the million in the table.
    const queues: Array<{ round: number; rps: number; p99: number }> = [];
    for (let r = 1; r <= ROUNDS; r += 1) {
      const q = await drive(port(base), tongban.pid, {
        connections: 10,
        durationSeconds: 10,
        path: '/api/workbench/queue?view=todo',
        headers: { cookie: clerk.cookie },
      });
      if (q.non2xx > 0) throw new Error(`queue non-2xx ${q.non2xx}`);
      queues.push({ round: r, rps: q.requestsPerSecond, p99: q.latencyP99Ms });
      ctx.log(`round ${r} queue: ${Math.round(q.requestsPerSecond)} req/s, p99 ${q.latencyP99Ms} ms (10 connections)`);
    }

    const submitPerSecond = median(submitRounds);
    const lookupRatio = median(lookups.map((l) => l.tongban / l.bare));
    const queueP99 = median(queues.map((q) => q.p99));
    const result = {
      date,
      machine: ctx.machine,
      generated: GENERATED,
      generationSeconds,
      submit: { rounds: submitRounds.map((v) => round(v)), workers: SUBMIT_WORKERS, perSecond: round(submitPerSecond) },
      lookups,
      lookupRatio: round(lookupRatio, 2),
      queues,
      queueP99Ms: queueP99,
      targets: TARGETS,
    };
    const markdown = [
      `Date ${date.slice(0, 10)} · ${machineLine(ctx.machine)} · PostgreSQL 15 on loopback; ${GENERATED.toLocaleString('en')} generated cases (generated in ${generationSeconds} s), ${WINDOW_OPEN} open at the measured window; ${ROUNDS} rounds, median.`,
      '',
      table(
        ['figure', 'measured', 'target', ''],
        [
          [
            `submissions (upload 100 KB + submit), ${SUBMIT_WORKERS} clients`,
            `${round(submitPerSecond)} cases/s`,
            `≥ ${TARGETS.submitPerSecond}`,
            met(submitPerSecond >= TARGETS.submitPerSecond),
          ],
          [
            'public status look-up / bare Fastify + pg primary-key read',
            round(lookupRatio, 2),
            `≥ ${TARGETS.lookupRatio}`,
            met(lookupRatio >= TARGETS.lookupRatio),
          ],
          [
            'a window’s queue (待办), p99',
            `${queueP99} ms`,
            `< ${TARGETS.queueP99Ms} ms`,
            met(queueP99 < TARGETS.queueP99Ms),
          ],
        ],
      ),
    ].join('\n');
    return { result, markdown };
  } finally {
    await tongban.stop();
    await bare.stop();
  }
}

export const cases: Benchmark = { name: 'cases', title: 'Issue 5 — cases', run };
