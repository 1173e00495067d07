/**
 * Re-derives the stored due_at and warn_at of open cases after their centre's calendar changed.
 *
 * A move writes both from the centre's calendar (transitions.ts); the queue filters its red and
 * yellow cards and orders by deadline on them in SQL (list-store.ts). A calendar edit (a holiday,
 * an adjusted working day, hours, the yellow ratio) changes what they should be for every running
 * case of the centres that use that calendar, not only for the next one to move, so the calendar
 * context calls this after its edit commits (registered in calendar/routes.ts: calendar does not
 * depend on cases otherwise).
 */
import type { AppContext } from '../../platform/app-context.js';
import type { ClockPause } from '../../platform/working-time/index.js';
import { openCasesOfCentre, pausesOfCases, type RederiveRow, setDeadlines } from './list-store.js';
import type { ClockRules } from './clock.js';
import { rulesFor } from './rules-source.js';
import { clockOf, pausesOf } from './views.js';

/** Cases per batch: each batch is two reads and one update, short enough not to hold anyone up. */
export const REDERIVE_BATCH = 2000;

export type RederiveSummary = { examined: number; updated: number };

const sameInstant = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && +a === +b);

/**
 * Whether the stored values already say what the clock says. A warn_at already past says the
 * same as another past one (yellow or red from now on), and the clock answers "now" for a card
 * already showing: rewriting it would count every yellow case as changed by any edit.
 */
function unchanged(row: RederiveRow, dueAt: Date | null, warnAt: Date | null, now: Date): boolean {
  if (!sameInstant(row.due_at, dueAt)) return false;
  if (sameInstant(row.warn_at, warnAt)) return true;
  return row.warn_at !== null && warnAt !== null && +row.warn_at <= +now && +warnAt <= +now;
}

/**
 * Re-derives the open cases decided at `centreIds` with the clock a move uses (the centre's rules,
 * the case's pauses, "now"), a centre at a time, in batches keyed on id, each written on its own:
 * a county with many open cases is never one long transaction. The caller clears the rules cache
 * first (the calendar edit does, after its commit), or the old calendar would be used.
 */
export async function rederiveDeadlines(
  ctx: AppContext,
  centreIds: readonly string[],
  batch = REDERIVE_BATCH,
): Promise<RederiveSummary> {
  const summary: RederiveSummary = { examined: 0, updated: 0 };
  for (const centreId of new Set(centreIds)) {
    const rules = await rulesFor(ctx, centreId);
    let after: string | null = null;
    for (;;) {
      const rows = await openCasesOfCentre(ctx.database.db, centreId, after, batch);
      summary.updated += await rederiveBatch(ctx, rules, rows);
      summary.examined += rows.length;
      if (rows.length < batch) break;
      after = rows.at(-1)!.id;
    }
  }
  return summary;
}

/** Writes the batch's cases whose stored deadlines differ from what the clock now says. */
async function rederiveBatch(ctx: AppContext, rules: ClockRules, rows: RederiveRow[]): Promise<number> {
  if (!rows.length) return 0;
  const db = ctx.database.db;
  const pauses = new Map<string, ClockPause[]>();
  for (const p of await pausesOfCases(db, rows)) {
    const list = pauses.get(p.case_id) ?? [];
    list.push(...pausesOf([p]));
    pauses.set(p.case_id, list);
  }
  const now = new Date();
  const changed = [];
  for (const row of rows) {
    const clock = clockOf(rules, row, pauses.get(row.id) ?? [], now);
    if (unchanged(row, clock.dueAt, clock.warnAt, now)) continue;
    changed.push({ id: row.id, version: row.version, due_at: clock.dueAt, warn_at: clock.warnAt });
  }
  return setDeadlines(db, changed);
}
