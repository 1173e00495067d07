import { drive } from '../lib/load.js';
import { machineLine } from '../lib/machine.js';
import { met, table } from '../lib/report.js';
import { startTongban } from '../lib/servers.js';
import { median, round } from '../lib/stats.js';
import type { BenchContext, BenchOutcome, Benchmark } from '../registry.js';

const LOAD = { connections: 50, durationSeconds: 10 };
const ROUNDS = 3;
const TARGET_RATIO = 0.7;

/** Logs in the demo clerk and returns the session cookie (the same one a browser would hold). */
async function login(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'clerk', password: 'Tongban@2026' }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('tongban_sid'));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * The same GET with and without a session: the difference is the session look-up (token hash,
 * staff, acting post) and the scope check. Also the scoped route /api/me/windows, which needs one.
 */
async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const date = new Date().toISOString();
  const pgServer = await ctx.postgres();
  const databaseUrl = await pgServer.freshDatabase('tongban_bench_identity');
  const tongban = await startTongban({
    databaseUrl,
    dataDir: ctx.tempDir('tongban-bench-id-'),
    demoData: true,
    readyTimeoutMs: 180_000,
  });
  const port = Number(new URL(tongban.baseUrl).port);
  try {
    const cookie = await login(tongban.baseUrl);
    const centres = (await (await fetch(`${tongban.baseUrl}/api/org/centres`)).json()) as Array<{
      id: string;
      divisionCode: string;
    }>;
    const city = centres.find((c) => c.divisionCode === '330900')!;
    const path = `/api/org/centres/${city.id}/windows`;
    const runs: Array<{ round: number; target: string; rps: number; p99: number }> = [];
    const once = async (r: number, target: string, p: string, headers?: Record<string, string>) => {
      const res = await drive(port, tongban.pid, { ...LOAD, path: p, ...(headers ? { headers } : {}) });
      if (res.non2xx > 0 || res.errors > 0) throw new Error(`${target}: ${res.non2xx} non-2xx, ${res.errors} errors`);
      runs.push({ round: r, target, rps: res.requestsPerSecond, p99: res.latencyP99Ms });
      ctx.log(`round ${r} ${target}: ${Math.round(res.requestsPerSecond)} req/s, p99 ${res.latencyP99Ms} ms`);
    };
    await drive(port, tongban.pid, { ...LOAD, durationSeconds: 3, path, headers: { cookie } });
    for (let r = 1; r <= ROUNDS; r++) {
      await once(r, 'anonymous', path);
      await once(r, 'authenticated', path, { cookie });
      await once(r, 'scoped /api/me/windows', '/api/me/windows', { cookie });
    }
    const sum = (t: string) => {
      const mine = runs.filter((x) => x.target === t);
      return { rps: round(median(mine.map((x) => x.rps)), 0), p99: median(mine.map((x) => x.p99)) };
    };
    const anon = sum('anonymous');
    const auth = sum('authenticated');
    const scoped = sum('scoped /api/me/windows');
    const ratio = round(auth.rps / anon.rps, 2);
    const result = {
      benchmark: 'identity',
      date,
      machine: ctx.machine,
      postgres: pgServer.version,
      path,
      anonymous: anon,
      authenticated: auth,
      scoped,
      ratio,
      target: TARGET_RATIO,
      runs,
    };
    const markdown = [
      '## identity — authenticated vs anonymous GET (issue 3)',
      '',
      `Run ${date.slice(0, 10)} on ${machineLine(ctx.machine)}; PostgreSQL ${pgServer.version}; ${LOAD.connections} connections, ${LOAD.durationSeconds} s per run, ${ROUNDS} rounds alternating (medians).`,
      `Route: \`GET /api/org/centres/:id/windows\` (the city centre's 16 windows), with and without the demo clerk's session cookie.`,
      '',
      table(
        ['measure', 'req/s', 'p99 ms', 'ratio', 'target', 'result'],
        [
          ['anonymous', anon.rps, anon.p99, '1.00', '—', '—'],
          [
            'authenticated (session look-up)',
            auth.rps,
            auth.p99,
            ratio,
            `≥ ${TARGET_RATIO}`,
            met(ratio >= TARGET_RATIO),
          ],
          [
            'scoped `GET /api/me/windows` (session + scope)',
            scoped.rps,
            scoped.p99,
            round(scoped.rps / anon.rps, 2),
            '—',
            '—',
          ],
        ],
      ),
    ].join('\n');
    return { result, markdown };
  } finally {
    await tongban.stop();
  }
}

export const identity: Benchmark = {
  name: 'identity',
  title: 'Authenticated GET vs the same GET anonymous (issue 3)',
  run,
};
