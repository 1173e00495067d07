// npm run bench [-- NAME …]: runs the named benchmarks (all without names), writes
// bench/results/<name>.json and the benchmark's section of docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchmarks } from './benchmarks/index.js';
import { cleanUpNow, installExitHandlers, onCleanup } from './lib/children.js';
import { describeMachine, machineLine } from './lib/machine.js';
import { startPostgres, type PostgresServer } from './lib/postgres.js';
import { writeDocSection, writeResult } from './lib/report.js';
import type { BenchContext } from './registry.js';

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = names.length > 0 ? benchmarks.filter((b) => names.includes(b.name)) : benchmarks;

  installExitHandlers();
  const machine = describeMachine();
  console.log(`machine: ${machineLine(machine)}`);
  if (machine.loadAverageAtStart > 0.5) {
    console.log('note: the machine is not idle; figures will be lower and noisier than on a quiet machine');
  }

  let postgres: Promise<PostgresServer> | undefined;
  const ctx: BenchContext = {
    machine,
    postgres: () => (postgres ??= startPostgres()),
    tempDir: (prefix) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
    log: (message) => console.log(`  ${message}`),
  };

  let failed = 0;
  for (const b of selected) {
    console.log(`\n[${b.name}] ${b.title}`);
    const started = Date.now();
    try {
      const outcome = await b.run(ctx);
      const file = writeResult(b.name, outcome.result);
      writeDocSection(b.name, outcome.markdown);
      console.log(`[${b.name}] done in ${Math.round((Date.now() - started) / 1000)} s: ${file}, docs/benchmarks.md`);
    } catch (err) {
      failed++;
      console.error(`[${b.name}] failed:`, err);
    }
  }
  return failed > 0 ? 1 : 0;
}

main()
  .then((code) => {
    cleanUpNow();
    process.exit(code);
  })
  .catch((err: unknown) => {
    console.error(err);
    cleanUpNow();
    process.exit(1);
  });
