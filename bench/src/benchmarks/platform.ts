import { drive, type LoadResult } from '../lib/load.js';
import { machineLine } from '../lib/machine.js';
import { met, table } from '../lib/report.js';
import { rssMb, sleep, startBare, startTongban, type RunningServer } from '../lib/servers.js';
import { median, round } from '../lib/stats.js';
import type { BenchContext, BenchOutcome, Benchmark } from '../registry.js';

const LOAD = { path: '/api/health', connections: 50, durationSeconds: 10 };
const WARM_UP_SECONDS = 3;
const ROUNDS = 3;
const COLD_STARTS = 3;
const IDLE_SETTLE_MS = 5_000;

const TARGETS = {
  throughputRatio: 0.6,
  coldStartMs: 2_000,
  idleRssServerMb: 200,
  idleRssEmbeddedExpectedMb: 400,
};

/** tongban-site: Tongban's GET /api/site, which reads no database: the middleware alone, a diagnostic. */
type Target = { label: 'bare' | 'tongban' | 'tongban-site'; server: RunningServer; path: string };
type Round = { round: number; server: Target['label']; path: string } & LoadResult;

async function idleRss(server: RunningServer): Promise<number> {
  await sleep(IDLE_SETTLE_MS);
  return rssMb(server.pid);
}

/** bare, tongban, bare, tongban … so that drift on a shared machine hits both alike. */
async function alternate(ctx: BenchContext, bare: RunningServer, tongban: RunningServer): Promise<Round[]> {
  const port = (s: RunningServer) => Number(new URL(s.baseUrl).port);
  const targets: Target[] = [
    { label: 'bare', server: bare, path: LOAD.path },
    { label: 'tongban', server: tongban, path: LOAD.path },
    { label: 'tongban-site', server: tongban, path: '/api/site' },
  ];
  for (const t of targets) {
    const w = await drive(port(t.server), t.server.pid, { ...LOAD, path: t.path, durationSeconds: WARM_UP_SECONDS });
    ctx.log(
      `warm-up ${t.label}: ${WARM_UP_SECONDS} s, ${Math.round(w.requestsPerSecond)} req/s` +
        (w.errors > 0 ? `, errors ${JSON.stringify(w.errorKinds)}` : ''),
    );
  }
  const rounds: Round[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      const r = await drive(port(t.server), t.server.pid, { ...LOAD, path: t.path });
      ctx.log(
        `round ${round} ${t.label}: ${Math.round(r.requestsPerSecond)} req/s, p50 ${r.latencyP50Ms} ms, ` +
          `p99 ${r.latencyP99Ms} ms, RSS ${Math.round(r.peakRssMb)} MiB, non-2xx ${r.non2xx}, errors ${r.errors}`,
      );
      if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) {
        throw new Error(
          `${t.label} answered ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} time-outs: ` +
            JSON.stringify(r.errorKinds),
        );
      }
      rounds.push({ round, server: t.label, path: t.path, ...r });
    }
  }
  return rounds;
}

function summarise(rounds: Round[], server: Round['server']) {
  const mine = rounds.filter((r) => r.server === server);
  return {
    requestsPerSecond: round(median(mine.map((r) => r.requestsPerSecond)), 0),
    latencyP50Ms: round(median(mine.map((r) => r.latencyP50Ms)), 2),
    latencyP99Ms: round(median(mine.map((r) => r.latencyP99Ms)), 2),
    peakRssMb: round(Math.max(...mine.map((r) => r.peakRssMb))),
  };
}

async function throughput(ctx: BenchContext) {
  const pg = await ctx.postgres();
  const databaseUrl = await pg.freshDatabase('tongban_bench_platform');
  const tongban = await startTongban({ databaseUrl, dataDir: ctx.tempDir('tongban-bench-server-') });
  let bare: RunningServer | undefined;
  try {
    const idleServerMb = await idleRss(tongban);
    ctx.log(`idle RSS with DATABASE_URL: ${Math.round(idleServerMb)} MiB`);
    // The baseline answers a constant copy of Tongban's own health body: same shape, same size.
    const healthBody = await (await fetch(`${tongban.baseUrl}/api/health`)).text();
    bare = await startBare(healthBody);
    const rounds = await alternate(ctx, bare, tongban);
    return { idleServerMb, rounds, postgres: `${pg.version} (${pg.origin})` };
  } finally {
    await tongban.stop();
    await bare?.stop();
  }
}

async function embedded(ctx: BenchContext) {
  const dataDir = ctx.tempDir('tongban-bench-embedded-');
  // The first start creates the PGlite data directory and migrates it; the timed starts reuse it.
  const first = await startTongban({ dataDir, readyTimeoutMs: 180_000 });
  await first.stop();
  ctx.log(`embedded first start (create + migrate): ${Math.round(first.readyMs)} ms`);
  const coldStartsMs: number[] = [];
  const idleMb: number[] = [];
  for (let i = 1; i <= COLD_STARTS; i++) {
    const s = await startTongban({ dataDir });
    try {
      coldStartsMs.push(s.readyMs);
      idleMb.push(await idleRss(s));
      ctx.log(`embedded cold start ${i}: ${Math.round(s.readyMs)} ms, idle RSS ${Math.round(idleMb.at(-1)!)} MiB`);
    } finally {
      await s.stop();
    }
  }
  return { firstStartMs: first.readyMs, coldStartsMs, idleMb };
}

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const date = new Date().toISOString();
  const tp = await throughput(ctx);
  const emb = await embedded(ctx);

  const bare = summarise(tp.rounds, 'bare');
  const tongban = summarise(tp.rounds, 'tongban');
  const site = summarise(tp.rounds, 'tongban-site');
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : Number.NaN);
  const show = (v: number) => (Number.isNaN(v) ? '—' : v);
  const throughputRatio = ratio(tongban.requestsPerSecond, bare.requestsPerSecond);
  const coldStartMs = round(median(emb.coldStartsMs), 0);
  const idleEmbeddedMb = round(median(emb.idleMb));
  const idleServerMb = round(tp.idleServerMb);

  const result = {
    benchmark: 'platform',
    date,
    machine: ctx.machine,
    postgres: tp.postgres,
    load: { ...LOAD, warmUpSeconds: WARM_UP_SECONDS, rounds: ROUNDS, order: 'bare, tongban, tongban-site alternating' },
    throughput: {
      bare,
      tongban,
      ratio: throughputRatio,
      target: TARGETS.throughputRatio,
      diagnosticSiteNoDatabase: { ...site, ratio: ratio(site.requestsPerSecond, bare.requestsPerSecond) },
      rounds: tp.rounds,
    },
    coldStartEmbedded: {
      medianMs: coldStartMs,
      runsMs: emb.coldStartsMs.map((v) => round(v, 0)),
      firstStartWithMigrationMs: round(emb.firstStartMs, 0),
      targetMs: TARGETS.coldStartMs,
    },
    idleRss: {
      serverModeMb: idleServerMb,
      serverModeTargetMb: TARGETS.idleRssServerMb,
      embeddedMedianMb: idleEmbeddedMb,
      embeddedRunsMb: emb.idleMb.map((v) => round(v)),
      embeddedExpectedMb: TARGETS.idleRssEmbeddedExpectedMb,
    },
  };

  const markdown = [
    '## platform — HTTP overhead, cold start, memory',
    '',
    `Run ${date.slice(0, 16).replace('T', ' ')} UTC on ${machineLine(ctx.machine)}. PostgreSQL ${tp.postgres} on loopback.`,
    `Load: autocannon in the benchmark process, ${LOAD.connections} connections, ${LOAD.durationSeconds} s per run ` +
      `after a ${WARM_UP_SECONDS} s warm-up; bare \`GET ${LOAD.path}\`, Tongban \`GET ${LOAD.path}\` and Tongban ` +
      `\`GET /api/site\` alternated for ${ROUNDS} rounds; figures are medians of the rounds, RSS the peak sampled ` +
      "under load. The baseline is a bare Fastify process answering a constant copy of Tongban's health body " +
      '(same JSON shape and size). Tongban runs on PostgreSQL (`LOG_LEVEL=warn`, `DEMO_DATA=false`, rate limit ' +
      'out of reach); its figure includes whatever its health check does with the database. Client and servers ' +
      'share the cores, so the bare ' +
      'figure may be bounded by the client rather than the server, in which case the ratio errs high.',
    '',
    table(
      [
        'figure',
        'bare Fastify (baseline)',
        'Tongban',
        'Tongban / bare',
        'target',
        '',
        'Tongban /api/site',
        'site / bare',
      ],
      [
        [
          'requests/s',
          bare.requestsPerSecond,
          tongban.requestsPerSecond,
          throughputRatio,
          `≥ ${TARGETS.throughputRatio}`,
          met(throughputRatio >= TARGETS.throughputRatio),
          site.requestsPerSecond,
          show(ratio(site.requestsPerSecond, bare.requestsPerSecond)),
        ],
        ...(
          [
            ['p50 latency (ms)', 'latencyP50Ms'],
            ['p99 latency (ms)', 'latencyP99Ms'],
            ['server RSS under load (MiB)', 'peakRssMb'],
          ] as const
        ).map(([label, key]) => [
          label,
          bare[key],
          tongban[key],
          show(ratio(tongban[key], bare[key])),
          '—',
          '',
          site[key],
          show(ratio(site[key], bare[key])),
        ]),
      ],
    ),
    '',
    "Tongban `/api/site` reads no database: its column shows what Tongban's plugins and hooks cost with no " +
      'database work at all (a diagnostic, no target). Latencies are whole milliseconds (autocannon).',
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        [
          `embedded cold start: spawn → first 200 from /api/health, migrated DATA_DIR (median of ${COLD_STARTS}: ${result.coldStartEmbedded.runsMs.join(', ')} ms)`,
          `${coldStartMs} ms`,
          `< ${TARGETS.coldStartMs} ms`,
          met(coldStartMs < TARGETS.coldStartMs),
        ],
        [
          'embedded first start (creates and migrates DATA_DIR; not a target)',
          `${result.coldStartEmbedded.firstStartWithMigrationMs} ms`,
          '—',
          '',
        ],
        [
          `idle RSS with DATABASE_URL (${IDLE_SETTLE_MS / 1000} s after ready)`,
          `${idleServerMb} MiB`,
          `< ${TARGETS.idleRssServerMb} MiB`,
          met(idleServerMb < TARGETS.idleRssServerMb),
        ],
        [
          `idle RSS embedded (median of ${COLD_STARTS}, ${IDLE_SETTLE_MS / 1000} s after ready)`,
          `${idleEmbeddedMb} MiB`,
          `~${TARGETS.idleRssEmbeddedExpectedMb} MiB expected`,
          '',
        ],
      ],
    ),
    '',
    '<details><summary>every round</summary>',
    '',
    table(
      ['round', 'server', 'path', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'peak RSS (MiB)', 'requests'],
      tp.rounds.map((r) => [
        r.round,
        r.server,
        `\`${r.path}\``,
        Math.round(r.requestsPerSecond),
        r.latencyP50Ms,
        r.latencyP99Ms,
        round(r.peakRssMb),
        r.requests,
      ]),
    ),
    '',
    '</details>',
  ].join('\n');

  return { result, markdown };
}

export const platform: Benchmark = {
  name: 'platform',
  title: 'HTTP overhead against bare Fastify, embedded cold start, idle memory',
  run,
};
