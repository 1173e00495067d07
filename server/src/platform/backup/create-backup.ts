import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Kysely, type Transaction, sql } from 'kysely';
import { currentMigration } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import {
  type TableInfo,
  listSequences,
  listTables,
  qualified,
  readSequence,
  rowProjection,
  setPortableTextFormat,
} from './catalog.js';
import { copyVerified, listStoreFiles } from './file-copy.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type FileEntry,
  type TableEntry,
  backupFolderName,
  fsyncPath,
  fsyncTree,
  tableFileName,
  writeManifest,
} from './manifest.js';
import { verifyBackup } from './verify-backup.js';

export type BackupOptions = {
  /** At least two folders (R-OPS-1); the same backup is written to each. */
  destinations: readonly string[];
  /** The file store to copy (config.filesDir). */
  filesDir: string;
  databaseMode?: 'embedded' | 'server';
  now?: Date;
  log?: (line: string) => void;
};

export type BackupResult = {
  name: string;
  folders: string[];
  migration: string;
  tables: { name: string; rows: number }[];
  files: { count: number; bytes: number };
  warnings: string[];
  durationMs: number;
};

const FETCH_ROWS = 1000;
const CURSOR = 'tongban_backup_cursor';

type Snapshot = {
  migration: string;
  serverVersion: string;
  tables: TableEntry[];
  sequences: BackupManifest['sequences'];
  referencedFiles: string[];
};

async function dumpTable(trx: Transaction<Database>, table: TableInfo, folder: string): Promise<TableEntry> {
  const file = tableFileName(table.name);
  let rows = 0;
  async function* lines(): AsyncGenerator<string> {
    await sql
      .raw(
        `DECLARE ${CURSOR} NO SCROLL CURSOR FOR SELECT ${rowProjection(table.columns)} AS line FROM ONLY ${qualified(table.name)}`,
      )
      .execute(trx);
    for (;;) {
      const batch = await sql.raw<{ line: string }>(`FETCH ${FETCH_ROWS} FROM ${CURSOR}`).execute(trx);
      if (batch.rows.length === 0) break;
      rows += batch.rows.length;
      yield batch.rows.map((r) => `${r.line}\n`).join('');
    }
    await sql.raw(`CLOSE ${CURSOR}`).execute(trx);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(
    Readable.from(lines()),
    createGzip({ level: 6 }),
    tap,
    createWriteStream(path.join(folder, file), { flags: 'wx' }),
  );
  return { name: table.name, file, rows, bytes, sha256: hash.digest('hex'), columns: table.columns };
}

/** Everything the database holds, read in one REPEATABLE READ snapshot. */
async function dumpDatabase(
  trx: Transaction<Database>,
  folder: string,
  log: (line: string) => void,
): Promise<Snapshot> {
  await setPortableTextFormat(trx);
  const migration = await currentMigration(trx);
  if (!migration) {
    throw new Error('数据库尚未初始化，无可备份 the database has never been migrated: nothing to back up');
  }
  const version = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(trx);
  const tableInfos = await listTables(trx);
  const tables: TableEntry[] = [];
  for (const t of tableInfos) {
    const entry = await dumpTable(trx, t, folder);
    log(`  ${t.name}: ${entry.rows}`);
    tables.push(entry);
  }
  const sequences: BackupManifest['sequences'] = [];
  for (const s of await listSequences(trx)) sequences.push({ name: s.name, ...(await readSequence(trx, s.name)) });
  // The platform's file register, when present, says which files the data refers to.
  const register = tableInfos.find((t) => t.name === 'stored_file' && t.columns.some((c) => c.name === 'sha256'));
  const referenced = register
    ? (await sql<{ sha256: string }>`SELECT sha256 FROM stored_file`.execute(trx)).rows.map((r) => r.sha256.trim())
    : [];
  return { migration, serverVersion: version.rows[0]?.v ?? '', tables, sequences, referencedFiles: referenced };
}

async function copyFileStore(
  filesDir: string,
  target: string,
  referenced: readonly string[],
): Promise<{ files: FileEntry[]; warnings: string[] }> {
  const files: FileEntry[] = [];
  const warnings: string[] = [];
  const present = await listStoreFiles(filesDir);
  for (const sha256 of present) {
    const result = await copyVerified(sha256, filesDir, target);
    if ('error' in result) warnings.push(result.error);
    else files.push({ sha256, size: result.size });
  }
  const copied = new Set(files.map((f) => f.sha256));
  for (const sha256 of referenced) {
    if (!copied.has(sha256) && !present.includes(sha256)) {
      warnings.push(`数据引用的文件不在文件库中 referenced file missing from the file store: ${sha256}`);
    }
  }
  return { files, warnings };
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/** A folder name free in every destination, so all copies carry the same name. */
async function chooseName(destinations: readonly string[], at: Date): Promise<string> {
  const base = backupFolderName(at);
  for (let i = 0; ; i++) {
    const name = i === 0 ? base : `${base}-${i}`;
    const taken = await Promise.all(destinations.map((d) => exists(path.join(d, name))));
    if (!taken.some(Boolean)) return name;
  }
}

/**
 * A consistent logical backup (R-OPS-1): every table of the public schema read in one
 * REPEATABLE READ, READ ONLY snapshot, plus the file store, written to every destination.
 * Each copy is assembled under a hidden temporary name, fsynced, verified against its manifest
 * and only then renamed to `tongban-backup-YYYYMMDD-HHMMSS`, so a crash never leaves a partial
 * backup that looks complete.
 */
export async function createBackup(db: Kysely<Database>, opts: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const destinations = [...new Set(opts.destinations.map((d) => path.resolve(d)))];
  if (destinations.length < 2) {
    throw new Error('需要至少两个不同的备份目录 at least two distinct backup destinations are required (R-OPS-1)');
  }
  for (const d of destinations) await fs.mkdir(d, { recursive: true });
  const name = await chooseName(destinations, opts.now ?? new Date());
  const token = randomBytes(4).toString('hex');
  const staging = destinations.map((d) => path.join(d, `.${name}.partial-${token}`));
  const primary = staging[0]!;
  try {
    await fs.mkdir(path.join(primary, 'tables'), { recursive: true });
    log('reading the database (one snapshot)…');
    const snap = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => dumpDatabase(trx, primary, log));
    // After the snapshot: a file is written before the row that refers to it commits, and files
    // are never changed, so every file the snapshot refers to is already on disk.
    log('copying the file store…');
    const { files, warnings } = await copyFileStore(opts.filesDir, path.join(primary, 'files'), snap.referencedFiles);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migration: snap.migration,
      databaseMode: opts.databaseMode,
      serverVersion: snap.serverVersion,
      tables: snap.tables,
      sequences: snap.sequences,
      files,
      warnings,
    };
    await writeManifest(primary, manifest);
    for (const copy of staging.slice(1)) {
      await fs.cp(primary, copy, { recursive: true, errorOnExist: true, force: false });
    }
    for (const [i, copy] of staging.entries()) {
      await fsyncTree(copy);
      await verifyBackup(copy, { deep: i === 0 });
    }
    const folders: string[] = [];
    for (const [i, copy] of staging.entries()) {
      const final = path.join(destinations[i]!, name);
      await fs.rename(copy, final);
      await fsyncPath(destinations[i]!);
      folders.push(final);
    }
    return {
      name,
      folders,
      migration: snap.migration,
      tables: snap.tables.map((t) => ({ name: t.name, rows: t.rows })),
      files: { count: files.length, bytes: files.reduce((s, f) => s + f.size, 0) },
      warnings,
      durationMs: Date.now() - started,
    };
  } catch (err) {
    await Promise.all(staging.map((s) => fs.rm(s, { recursive: true, force: true })));
    throw err;
  }
}
