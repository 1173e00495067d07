import autocannon from 'autocannon';
import { rssMb } from './servers.js';

export type LoadOptions = {
  path: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** When given, requests cycle through these paths (e.g. many items) instead of `path`. */
  paths?: string[];
};

export type LoadResult = {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Highest resident set size of the server process sampled during the run, MiB. */
  peakRssMb: number;
  /** The distinct request errors seen (message: count), to tell why a run had errors. */
  errorKinds: Record<string, number>;
};

/**
 * One bounded autocannon run against a server on loopback (never anything else: the URL is built
 * here from a port), sampling the server's RSS every 250 ms.
 */
export async function drive(port: number, pid: number, opts: LoadOptions): Promise<LoadResult> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // the process ended; the run's errors will show it
    }
  }, 250);
  try {
    const errorKinds: Record<string, number> = {};
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}${opts.path}`,
          connections: opts.connections,
          duration: opts.durationSeconds,
          timeout: 10,
          ...(opts.headers ? { headers: opts.headers } : {}),
          ...(opts.paths && opts.paths.length > 0
            ? { requests: opts.paths.map((p) => ({ method: 'GET' as const, path: p })) }
            : {}),
        },
        (err: Error | null, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('reqError', (err: Error) => {
        const key = ('code' in err && typeof err.code === 'string' ? `${err.code} ` : '') + err.message;
        errorKinds[key] = (errorKinds[key] ?? 0) + 1;
      });
    });
    return {
      requestsPerSecond: r.requests.average,
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      peakRssMb: peak,
      errorKinds,
    };
  } finally {
    clearInterval(sampler);
  }
}
