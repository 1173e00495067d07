import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Every process the benchmarks start goes through here, so that it is ended however the run ends:
 * normally, by an exception, or by Ctrl-C. Children are started as their own process group and
 * signalled as a group, which also reaches anything they start (tsx's esbuild service).
 */
const children = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGTERM (a graceful shutdown for the servers), then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (!isRunning(child)) {
    signalGroup(child, 'SIGKILL');
    children.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Anything the child left in its group (it should have taken it down itself).
  signalGroup(child, 'SIGKILL');
  children.delete(child);
}

/** A synchronous clean-up step (e.g. stopping the PostgreSQL cluster), run last, in reverse order. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

let cleanedUp = false;

/** Kills every child still running and runs the clean-ups; safe to call more than once. */
export function cleanUpNow(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of children) signalGroup(child, 'SIGKILL');
  children.clear();
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch (err) {
      console.error('clean-up failed:', err);
    }
  }
}

export function installExitHandlers(): void {
  process.once('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every process the benchmark started`);
      cleanUpNow();
      process.exit(130);
    });
  }
}

/** Runs a command to completion (used for the cluster script); throws with its output on failure. */
export function runSync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  if (result.stderr) process.stderr.write(result.stderr);
  return result.stdout;
}
