// Bare baselines run as their own processes, so the figures compare like with like on the same cores.
import { isRunning, spawnTracked, stopChild } from './children.js';
import { request } from './http.js';
import { repoRoot } from './paths.js';
import { freePort, sleep, type RunningServer } from './servers.js';

/**
 * A bare baseline (a script beside its benchmark, run as its own process under tsx): started on a
 * free loopback port and ready once its /api/health answers 200.
 */
export async function startBareServer(
  name: string,
  script: string,
  env: Record<string, string>,
): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawnTracked(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
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
  for (;;) {
    if (!isRunning(child)) throw new Error(`the bare server exited before it was ready:\n${output}`);
    try {
      const r = await request(port, 'GET', '/api/health', {});
      if (r.status === 200) {
        server.readyMs = performance.now() - started;
        return server;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 30_000) {
      await server.stop();
      throw new Error(`the bare server did not start:\n${output}`);
    }
    await sleep(20);
  }
}
