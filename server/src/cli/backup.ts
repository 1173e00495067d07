import { createBackup, withMaintenanceDatabase } from '../platform/backup/index.js';
import { loadConfig } from '../platform/config.js';

// npm run backup — one consistent backup of the database and the file store, written to every
// BACKUP_DIRS destination (R-OPS-1). Exit 0: written and verified; 2: written with warnings
// (e.g. a file the data refers to is missing from the store); 1: failed, nothing written.

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const result = await withMaintenanceDatabase(config, { requireExisting: true }, (database) =>
    createBackup(database.db, {
      destinations: config.backupDirs,
      filesDir: config.filesDir,
      databaseMode: database.mode,
      log: (line) => console.log(line),
    }),
  );
  const rows = result.tables.reduce((s, t) => s + t.rows, 0);
  console.log(
    `备份完成 backup written and verified in ${(result.durationMs / 1000).toFixed(1)} s ` +
      `(migration ${result.migration}, ${result.tables.length} tables, ${rows} rows, ` +
      `${result.files.count} files, ${mib(result.files.bytes)})`,
  );
  for (const folder of result.folders) console.log(`  → ${folder}`);
  for (const w of result.warnings) console.warn(`警告 WARNING: ${w}`);
  return result.warnings.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`备份失败 backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
