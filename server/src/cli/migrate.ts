import { withMaintenanceDatabase } from '../platform/backup/index.js';
import { loadConfig } from '../platform/config.js';
import { currentMigration, migrateToLatest } from '../platform/db/migrate.js';

// npm run migrate — applies pending migrations to the configured database and lists them.
// The server also migrates at start-up; this is for doing it ahead of a deploy.

async function main(): Promise<void> {
  const config = loadConfig();
  await withMaintenanceDatabase(config, { requireExisting: false }, async (database) => {
    const applied = await migrateToLatest(database.db);
    for (const name of applied) console.log(`  applied ${name}`);
    const now = await currentMigration(database.db);
    console.log(
      applied.length > 0
        ? `迁移完成 migrated: ${applied.length} applied, now at ${now ?? '(none)'} (${database.mode})`
        : `已是最新 already up to date at ${now ?? '(none)'} (${database.mode})`,
    );
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`迁移失败 migration failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
