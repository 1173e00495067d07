import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, Migrator, type Transaction, sql } from 'kysely';
import { currentMigration, migrateToLatest } from '../db/migrate.js';
import { latestMigration, migrations } from '../db/migrations/index.js';
import type { Database } from '../db/schema.js';
import {
  MIGRATION_LOCK_TABLE,
  MIGRATION_TABLE,
  type TableInfo,
  listSequences,
  listTables,
  qualified,
  quoteIdent,
  rowInsertProjection,
  setPortableTextFormat,
  tablesWithRows,
} from './catalog.js';
import { restoreFiles } from './file-copy.js';
import { type BackupManifest, RestoreRefusedError, type TableEntry } from './manifest.js';
import { verifyBackup } from './verify-backup.js';

export type RestoreOptions = {
  /** Where the files go (config.filesDir). */
  filesDir: string;
  /** Drop and re-create the public schema of a target that holds data. Everything in it is lost. */
  force?: boolean;
  log?: (line: string) => void;
};

export type RestoreResult = {
  migration: string;
  schemaReset: boolean;
  tables: { name: string; rows: number }[];
  files: { count: number; copied: number };
  migratedAfter: string[];
  warnings: string[];
  durationMs: number;
};

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;

/** Moves the schema to exactly `target`, the version the backup was taken at. */
async function migrateExactly(db: Kysely<Database>, target: string): Promise<void> {
  // Same bookkeeping tables as db/migrate.ts, so the two agree on what has been applied.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results } = await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
}

async function resetSchema(db: Kysely<Database>): Promise<void> {
  await sql`DROP SCHEMA public CASCADE`.execute(db);
  await sql`CREATE SCHEMA public`.execute(db);
  await sql`GRANT USAGE ON SCHEMA public TO PUBLIC`.execute(db);
}

function checkCompatible(entry: TableEntry, target: TableInfo | undefined, migration: string): void {
  if (!target) {
    throw new RestoreRefusedError(
      `目标数据库缺少表 ${entry.name} (迁移版本 ${migration}) the target has no table ${entry.name} at migration ${migration}`,
    );
  }
  for (const c of entry.columns) {
    const t = target.columns.find((x) => x.name === c.name);
    if (!t || t.type !== c.type) {
      throw new RestoreRefusedError(
        `表 ${entry.name} 的列 ${c.name} 与备份不符 column ${entry.name}.${c.name} (${c.type}) ` +
          `does not match the target (${t ? t.type : 'missing'})`,
      );
    }
  }
}

async function loadTable(trx: Transaction<Database>, folder: string, entry: TableEntry): Promise<number> {
  const columns = entry.columns.map((c) => quoteIdent(c.name)).join(', ');
  const prefix =
    `INSERT INTO ${qualified(entry.name)} ${entry.columns.length > 0 ? `(${columns})` : ''} ` +
    `OVERRIDING SYSTEM VALUE SELECT ${rowInsertProjection(entry.columns)} FROM json_array_elements(`;
  let loaded = 0;
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    // The lines are passed through as text, never parsed in JavaScript, so no value is rounded.
    await sql`${sql.raw(prefix)}${`[${batch.join(',')}]`}::json) AS e(r)`.execute(trx);
    loaded += batch.length;
    batch = [];
    chars = 0;
  };
  const lines = createInterface({
    input: createReadStream(path.join(folder, entry.file)).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  if (loaded !== entry.rows) {
    throw new Error(`表 ${entry.name} 行数不符 ${entry.name}: loaded ${loaded} rows, manifest says ${entry.rows}`);
  }
  return loaded;
}

/** Sequences as they were, then never behind the highest restored value of the column they feed. */
async function restoreSequences(trx: Transaction<Database>, manifest: BackupManifest): Promise<string[]> {
  const warnings: string[] = [];
  const present = await listSequences(trx);
  for (const s of manifest.sequences) {
    if (!present.some((p) => p.name === s.name)) {
      warnings.push(`目标数据库没有序列 sequence ${s.name} does not exist in the target; skipped`);
      continue;
    }
    await sql`SELECT setval(${qualified(s.name)}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`.execute(trx);
  }
  for (const s of present) {
    if (!s.owner) continue;
    await sql`
      SELECT setval(${qualified(s.name)}::regclass, x.m, true)
        FROM (SELECT max(${sql.raw(quoteIdent(s.owner.column))})::bigint AS m
                FROM ONLY ${sql.raw(qualified(s.owner.table))}) AS x,
             ${sql.raw(qualified(s.name))} AS seq
       WHERE x.m IS NOT NULL
         AND x.m > CASE WHEN seq.is_called THEN seq.last_value ELSE seq.last_value - 1 END`.execute(trx);
  }
  return warnings;
}

async function loadAll(
  trx: Transaction<Database>,
  folder: string,
  manifest: BackupManifest,
  log: (line: string) => void,
): Promise<{ tables: RestoreResult['tables']; warnings: string[] }> {
  try {
    // Triggers (an append-only audit table forbids changes) and foreign-key checks are off for
    // the load: the rows come from one consistent snapshot, in no particular order.
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
  } catch (err) {
    throw new RestoreRefusedError(
      '恢复需要超级用户或 session_replication_role 权限 restore needs a superuser role (or, on PostgreSQL 15+, ' +
        '`GRANT SET ON PARAMETER session_replication_role TO <role>`)',
      { cause: err },
    );
  }
  await setPortableTextFormat(trx);
  const targetTables = await listTables(trx);
  for (const entry of manifest.tables) {
    checkCompatible(
      entry,
      targetTables.find((t) => t.name === entry.name),
      manifest.migration,
    );
  }
  // Rows a migration may have seeded (and the migration history itself) are replaced by the
  // backup's, which is the whole truth as of the snapshot.
  for (const entry of manifest.tables) await sql`DELETE FROM ONLY ${sql.raw(qualified(entry.name))}`.execute(trx);
  const tables: RestoreResult['tables'] = [];
  for (const entry of manifest.tables) {
    const rows = await loadTable(trx, folder, entry);
    log(`  ${entry.name}: ${rows}`);
    tables.push({ name: entry.name, rows });
  }
  const warnings = await restoreSequences(trx, manifest);
  return { tables, warnings };
}

/**
 * Restores a backup folder into an empty database and file store: verify every checksum, bring
 * the schema to exactly the backup's migration, copy the files, load every table in one
 * transaction, then migrate to this code's latest version.
 */
export async function restoreBackup(
  db: Kysely<Database>,
  folder: string,
  opts: RestoreOptions,
): Promise<RestoreResult> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  log('verifying checksums…');
  const manifest = await verifyBackup(folder);
  if (manifest.migration > latestMigration) {
    throw new RestoreRefusedError(
      `备份来自更新的版本 the backup was taken at migration ${manifest.migration}, newer than this ` +
        `code's latest (${latestMigration}); restore it with the newer release`,
    );
  }
  if (!Object.hasOwn(migrations, manifest.migration)) {
    throw new RestoreRefusedError(
      `备份的迁移版本未知 the backup's migration ${manifest.migration} is not one this code knows`,
    );
  }
  const occupied = await tablesWithRows(db);
  if (occupied.length > 0 && !opts.force) {
    throw new RestoreRefusedError(
      `目标数据库不是空的（${occupied.slice(0, 5).join(', ')}${occupied.length > 5 ? ' …' : ''} 有数据），拒绝覆盖；` +
        `如确需覆盖请加 --force（将删除其全部数据）。 The target database is not empty ` +
        `(${occupied.slice(0, 5).join(', ')} hold rows); restore only into an empty database, or pass --force ` +
        `to drop and re-create the public schema (everything in it is lost).`,
    );
  }
  const current = await currentMigration(db);
  // An empty target at a newer migration cannot be migrated down (migrations are one-way), but
  // since it holds nothing, starting it over loses nothing.
  const schemaReset = occupied.length > 0 || (current !== null && current > manifest.migration);
  if (schemaReset) {
    log('dropping and re-creating the public schema…');
    await resetSchema(db);
  }
  log(`migrating the target to the backup's version ${manifest.migration}…`);
  await migrateExactly(db, manifest.migration);
  log('restoring files…');
  const copied = await restoreFiles(manifest.files, path.join(folder, 'files'), opts.filesDir);
  log('loading tables (one transaction)…');
  const loaded = await db.transaction().execute((trx) => loadAll(trx, folder, manifest, log));
  const migratedAfter = await migrateToLatest(db);
  return {
    migration: manifest.migration,
    schemaReset,
    tables: loaded.tables,
    files: { count: manifest.files.length, copied },
    migratedAfter,
    warnings: loaded.warnings,
    durationMs: Date.now() - started,
  };
}
