import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup, verifyBackup, withMaintenanceDatabase } from '../platform/backup/index.js';
import { loadConfig } from '../platform/config.js';

// npm run restore -- <backup-folder> [--force] [--verify-only]
// Restores into the configured database (DATABASE_URL, or the embedded one in DATA_DIR) and file
// store. Refuses a target that holds data unless --force (which drops the public schema).

const usage =
  '用法 usage: npm run restore -- <backup-folder> [--force] [--verify-only]\n' +
  '  --force        目标库有数据时删除并重建 drop and re-create the public schema of a non-empty target\n' +
  '  --verify-only  只校验备份，不恢复 check every checksum and row count, restore nothing';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      'verify-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    console.error(usage);
    return values.help ? 0 : 1;
  }
  if (!values.force && process.env.npm_config_force === 'true') {
    // `npm run restore <dir> --force` hands --force to npm, not to us: say so rather than guess.
    console.error('npm 吞掉了 --force: npm consumed --force; write `npm run restore -- <backup-folder> --force`');
    return 1;
  }
  // npm runs this inside server/; the folder is meant from where the user typed the command.
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  if (values['verify-only']) {
    const manifest = await verifyBackup(folder, { deep: true });
    const rows = manifest.tables.reduce((s, t) => s + t.rows, 0);
    console.log(
      `校验通过 backup verified: ${folder} (created ${manifest.createdAt}, migration ${manifest.migration}, ` +
        `${manifest.tables.length} tables, ${rows} rows, ${manifest.files.length} files)`,
    );
    return 0;
  }
  const config = loadConfig();
  const target = config.databaseUrl
    ? 'the PostgreSQL server in DATABASE_URL'
    : `the embedded database in ${config.dataDir}`;
  console.log(`恢复 restoring ${folder} into ${target}, files into ${config.filesDir}`);
  const result = await withMaintenanceDatabase(config, { requireExisting: false }, (database) =>
    restoreBackup(database.db, folder, {
      filesDir: config.filesDir,
      force: values.force,
      log: (line) => console.log(line),
    }),
  );
  const rows = result.tables.reduce((s, t) => s + t.rows, 0);
  console.log(
    `恢复完成 restore finished in ${(result.durationMs / 1000).toFixed(1)} s: ${result.tables.length} tables, ` +
      `${rows} rows, ${result.files.count} files (${result.files.copied} copied), at migration ${result.migration}` +
      (result.schemaReset ? ' (public schema re-created)' : ''),
  );
  if (result.migratedAfter.length > 0) console.log(`  then migrated: ${result.migratedAfter.join(', ')}`);
  for (const w of result.warnings) console.warn(`警告 WARNING: ${w}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`恢复失败 restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
