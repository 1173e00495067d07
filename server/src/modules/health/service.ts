import { sql } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import { currentMigration } from '../../platform/db/migrate.js';
import { latestMigration } from '../../platform/db/migrations/index.js';

export const appVersion = '0.1.0';

export async function readHealth(ctx: AppContext) {
  let reachable = true;
  let migration: string | null = null;
  try {
    await sql`SELECT 1`.execute(ctx.database.db);
    migration = await currentMigration(ctx.database.db);
  } catch {
    reachable = false;
  }
  const ok = reachable && migration === latestMigration;
  return {
    status: ok ? ('ok' as const) : ('degraded' as const),
    database: { mode: ctx.database.mode, reachable, migration, latestMigration },
    version: appVersion,
    uptimeSeconds: Math.round((Date.now() - ctx.startedAt.getTime()) / 1000),
  };
}
