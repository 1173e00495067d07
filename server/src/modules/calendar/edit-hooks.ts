/**
 * What else must follow a calendar edit. Contexts that store values derived from a centre's
 * calendar (cases: each open case's due_at and warn_at, which the queue filters and sorts on)
 * register here when the app is composed, as move hooks do for cases: calendar comes before cases
 * in the dependency order and cannot call it directly without an import cycle.
 *
 * They run after the edit commits and the rules cache is cleared, in the same request: the edit's
 * own transaction stays small, each hook batches its own work, and the outcome is audited —
 * `work_calendar.rederive` with what was updated, or with outcome `failure` and the request
 * failing, so a lost re-derivation is never silent (another edit of the calendar runs it again).
 */
import type { AppContext } from '../../platform/app-context.js';
import type { RequestMeta } from '../../platform/auth/actor.js';
import type { AuthorisedStaff } from '../../platform/auth/authorize.js';
import * as store from './store.js';

/** Re-derives what depends on the calendar of `centreIds`; returns counts for the audit. */
export type CalendarEditHook = (ctx: AppContext, centreIds: readonly string[]) => Promise<Record<string, number>>;

const hooks = new Map<string, CalendarEditHook>();

/** Registers under a name (the audit's key); registering the same name again replaces it. */
export function onCalendarEdit(name: string, hook: CalendarEditHook): void {
  hooks.set(name, hook);
}

export async function runCalendarEditHooks(
  ctx: AppContext,
  staff: AuthorisedStaff,
  meta: RequestMeta,
  centre: { id: string; path: string },
): Promise<void> {
  if (hooks.size === 0) return;
  const db = ctx.database.db;
  const centreIds = await store.centresUsingCalendarOf(db, centre);
  const entry = { action: 'work_calendar.rederive', entityType: 'work_calendar', entityId: centre.id };
  for (const [name, hook] of hooks) {
    try {
      const summary = await hook(ctx, centreIds);
      await ctx.audit.record(db, staff, meta, { ...entry, after: { centres: centreIds.length, [name]: summary } });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      // Best effort: the database may be what failed; the request's error is then the record.
      await ctx.audit
        .record(db, staff, meta, {
          ...entry,
          outcome: 'failure',
          after: { centres: centreIds.length, [name]: { error } },
        })
        .catch(() => undefined);
      throw err;
    }
  }
}
