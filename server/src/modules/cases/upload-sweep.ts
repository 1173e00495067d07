import type { AppContext } from '../../platform/app-context.js';
import { systemMeta } from '../../platform/auth/actor.js';
import * as store from './store.js';

/** Uploads not attached to a case or a draft within this long are orphans. */
export const ORPHAN_AGE_MS = 24 * 3600_000;

/**
 * Removes orphaned uploads (a browser closed half-way through an application) and the bytes
 * nothing else refers to. The rows go first, in one transaction; bytes are deleted after it
 * commits, so a crash in between leaves at worst unreferenced bytes, never a dangling row.
 */
export async function sweepOrphanUploads(ctx: AppContext, now = new Date()): Promise<number> {
  const orphans = await ctx.database.db.transaction().execute(async (trx) => {
    const shas = await store.sweepUploads(trx, new Date(now.getTime() - ORPHAN_AGE_MS));
    if (shas.length)
      await ctx.audit.record(trx, null, systemMeta, {
        action: 'case.sweep_uploads',
        entityType: 'stored_file',
        after: { removed: shas.length },
      });
    return shas;
  });
  for (const sha of orphans) await ctx.files.remove(sha);
  return orphans.length;
}

/** Runs the sweep hourly in the server process; returns a stop function for shutdown. */
export function scheduleUploadSweep(ctx: AppContext, log: { error: (o: object, m: string) => void }): () => void {
  const timer = setInterval(() => {
    sweepOrphanUploads(ctx).catch((err: unknown) => log.error({ err }, 'upload sweep failed'));
  }, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
