import type { Machine } from './lib/machine.js';
import type { PostgresServer } from './lib/postgres.js';

export type BenchContext = {
  machine: Machine;
  /** The PostgreSQL server, started on first use and shared by the benchmarks of one run. */
  postgres: () => Promise<PostgresServer>;
  /** A new temporary directory, removed at exit. */
  tempDir: (prefix: string) => string;
  log: (message: string) => void;
};

export type BenchOutcome = {
  /** Written to bench/results/<name>.json. */
  result: Record<string, unknown>;
  /** The body of the benchmark's section in docs/benchmarks.md. */
  markdown: string;
};

/** One benchmark: bench/src/benchmarks/<name>.ts, listed in bench/src/benchmarks/index.ts. */
export type Benchmark = {
  name: string;
  title: string;
  run: (ctx: BenchContext) => Promise<BenchOutcome>;
};
