import fs from 'node:fs';

// CPU time from /proc (Linux): what a figure cost, not how long it took. On a shared 2-core machine
// throughput swings with the neighbours; the CPU milliseconds one operation costs the server and
// PostgreSQL barely do, so they say where to cut.

/** clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux build we run on). */
const TICKS_PER_SECOND = 100;

function statTicks(pid: number): { comm: string; ticks: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone since the directory was listed
  }
  // "pid (comm) state ppid …": comm may hold spaces, so split after its closing parenthesis.
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // fields[11..14]: utime, stime, and the same of reaped children (the 14th–17th of the whole line).
  // The children's part keeps the time of a backend that exited during the run: the postmaster reaps it.
  return { comm, ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
}

/** CPU seconds one process (and its reaped children) has used so far. */
export function processCpuSeconds(pid: number): number {
  return (statTicks(pid)?.ticks ?? 0) / TICKS_PER_SECOND;
}

/** CPU seconds every live `postgres` process on the machine has used so far (the backends, too). */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = statTicks(Number(name));
    if (s?.comm === 'postgres') ticks += s.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}

/** Starts a CPU meter over the server process and PostgreSQL; `stop` gives the ms each used per operation. */
export function cpuMeter(serverPid: number) {
  const server0 = processCpuSeconds(serverPid);
  const pg0 = postgresCpuSeconds();
  return (operations: number) => {
    const per = (s: number) => (operations > 0 ? Math.round((s * 1000 * 100) / operations) / 100 : NaN);
    return {
      serverMs: per(processCpuSeconds(serverPid) - server0),
      postgresMs: per(postgresCpuSeconds() - pg0),
    };
  };
}
