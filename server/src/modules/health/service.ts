import { sql } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import { currentMigration } from '../../platform/db/migrate.js';
import { latestMigration } from '../../platform/db/migrations/index.js';

export const appVersion = '0.1.0';

type Probe = { reachable: boolean; migration: string | null; checkedAt: Date };

/** How long one database probe answers for: load balancers poll health many times a second. */
const PROBE_TTL_MS = 1000;
const probes = new WeakMap<AppContext, { at: number; probe: Promise<Probe> }>();

async function probeDatabase(ctx: AppContext): Promise<Probe> {
  try {
    await sql`SELECT 1`.execute(ctx.database.db);
    return { reachable: true, migration: await currentMigration(ctx.database.db), checkedAt: new Date() };
  } catch {
    return { reachable: false, migration: null, checkedAt: new Date() };
  }
}

/**
 * The database is probed at most once a second per process, and concurrent callers share the
 * probe in flight, so a flood of health checks never becomes a flood of queries.
 */
function cachedProbe(ctx: AppContext): Promise<Probe> {
  const now = Date.now();
  const cached = probes.get(ctx);
  if (cached && now - cached.at < PROBE_TTL_MS) return cached.probe;
  const probe = probeDatabase(ctx);
  probes.set(ctx, { at: now, probe });
  return probe;
}

export async function readHealth(ctx: AppContext) {
  const { reachable, migration, checkedAt } = await cachedProbe(ctx);
  const ok = reachable && migration === latestMigration;
  return {
    status: ok ? ('ok' as const) : ('degraded' as const),
    database: { mode: ctx.database.mode, reachable, migration, latestMigration, checkedAt: checkedAt.toISOString() },
    version: appVersion,
    uptimeSeconds: Math.round((Date.now() - ctx.startedAt.getTime()) / 1000),
  };
}
