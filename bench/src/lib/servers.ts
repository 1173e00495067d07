import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { isRunning, spawnTracked, stopChild } from './children.js';
import { benchDir, repoRoot } from './paths.js';

export type RunningServer = {
  name: string;
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn until the first 200 from /api/health. */
  readyMs: number;
  /** The last lines the process wrote, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of one process, in MiB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function startServer(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  port: number,
  readyTimeoutMs: number,
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // node itself (not the tsx CLI, which is a second process): the pid is the server's. TypeScript
  // runs with tsx as a loader; Tongban runs compiled, as `npm start` runs it.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawnTracked(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: RunningServer = {
    name,
    child,
    pid: child.pid ?? -1,
    baseUrl,
    readyMs: 0,
    output: () => output,
    stop: () => stopChild(child),
  };
  const deadline = started + readyTimeoutMs;
  for (;;) {
    if (!isRunning(child)) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) {
        server.readyMs = performance.now() - started;
        return server;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer /api/health with 200 within ${readyTimeoutMs} ms:\n${output}`);
    }
    await sleep(20);
  }
}

export type TongbanOptions = { databaseUrl?: string; dataDir: string; readyTimeoutMs?: number; demoData?: boolean };

let built: Promise<void> | undefined;

/** Compiles the server once per bench run (`npm run build --workspace server`, as `npm start` does). */
function buildServer(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const child = spawnTracked('npm', ['run', 'build', '--workspace', 'server'], { cwd: repoRoot, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`server build failed (exit ${code})`))));
  });
  return built;
}

/** The real server (server/dist/main.js, compiled) on loopback, quiet, with rate limiting out of the way. */
export async function startTongban(opts: TongbanOptions): Promise<RunningServer> {
  await buildServer();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: opts.dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: opts.demoData ? 'true' : 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
  };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  return startServer(
    'tongban',
    path.join(repoRoot, 'server', 'dist', 'main.js'),
    env,
    port,
    opts.readyTimeoutMs ?? 60_000,
    // The same flags as `npm start` (server/package.json): the server compiled, a 16 MiB young generation.
    // BENCH_NODE_FLAGS adds more for an investigation (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
    ['--max-semi-space-size=16', ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)],
  );
}

/**
 * Bare Fastify with one constant /api/health route answering `healthBody` (Tongban's own answer, so
 * that shape and size match): what the framework alone costs on this machine.
 */
export async function startBare(healthBody: string, databaseUrl?: string): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    BARE_HEALTH_BODY: healthBody,
    BARE_DATABASE_URL: databaseUrl ?? '',
  };
  return startServer('bare', path.join(benchDir, 'src', 'bare-server.ts'), env, port, 30_000);
}

/**
 * A benchmark's own bare baseline (a script beside it, e.g. cases-bare.ts), run as its own process
 * on a free loopback port with `env` added: ready once its /api/health answers 200.
 */
export async function startBareScript(name: string, script: string, env: Record<string, string>) {
  const port = await freePort();
  return startServer(name, script, { ...process.env, ...env, PORT: String(port) }, port, 30_000);
}
