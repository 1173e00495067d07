import fs from 'node:fs';
import path from 'node:path';
import { benchmarksDoc, resultsDir } from './paths.js';

/** bench/results/<name>.json, written whole or not at all (the .tmp file is git-ignored). */
export function writeResult(name: string, result: unknown): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

const docHeader = `# Benchmarks

Written by \`npm run bench\` (all benchmarks) or \`npm run bench -- NAME\` (one); the raw figures are in
\`bench/results/NAME.json\`. Each benchmark owns one section between \`<!-- bench:NAME -->\` markers and
rewrites only that section, so sections from different runs can sit side by side: compare figures only
within a section, where every ratio is against a baseline measured in the same run on the same machine.
`;

/** Replaces the benchmark's marked section of docs/benchmarks.md, or appends it. */
export function writeDocSection(name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const section = `${open}\n${markdown.trim()}\n${close}`;
  const doc = fs.existsSync(benchmarksDoc) ? fs.readFileSync(benchmarksDoc, 'utf8') : docHeader;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  const next =
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + close.length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(benchmarksDoc, next);
}

/** A Markdown table from a header row and data rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const met = (ok: boolean) => (ok ? '✅ met' : '❌ missed');
