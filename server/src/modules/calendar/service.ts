import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { type AuthorisedStaff, authorize } from '../../platform/auth/authorize.js';
import type { Database } from '../../platform/db/schema.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import type { WorkCalendar } from '../../platform/working-time/index.js';
import { type CentreRow, getCentre } from '../org/service.js';
import {
  type CalendarDay,
  type CalendarSettings,
  type Coverage,
  DEFAULT_SETTINGS,
  type DayKind,
  type PreReviewLimit,
  ancestorIds,
  calendarOf,
  canBeAdjustedWorkingDay,
  coverageOf,
  nationalCalendarDays,
} from './model.js';
import { runCalendarEditHooks } from './edit-hooks.js';
import { cachedRules, invalidateRules } from './rules-cache.js';
import * as store from './store.js';

export type { CalendarDay, CalendarSettings, PreReviewLimit } from './model.js';

/** Where a centre's calendar comes from: its own rows, an ancestor's, or the national seed. */
export type CalendarSource =
  { kind: 'own' } | { kind: 'ancestor'; centreId: string; centreName: string } | { kind: 'national' };

export interface EffectiveCalendar {
  readonly centreId: string;
  readonly source: CalendarSource;
  readonly settings: CalendarSettings;
  /** Every day of the calendar, sorted by date. */
  readonly days: readonly CalendarDay[];
  readonly coverage: Coverage | null;
  /** The own calendar's version; 0 while the centre inherits (it has nothing to lock yet). */
  readonly version: number;
}

function settingsOf(row: store.CalendarRow): CalendarSettings {
  return {
    workingHours: row.working_hours,
    adjustedWorkingDayHours: row.adjusted_day_hours,
    preReviewLimit: row.pre_review_limit,
    yellowRatio: row.yellow_ratio,
  };
}

/** The nearest stored calendar on the centre's path, else the national one. */
async function resolve(db: Kysely<Database>, centre: CentreRow): Promise<EffectiveCalendar> {
  const chain = [centre.id, ...ancestorIds(centre.path, centre.id)];
  const rows = await store.findCalendars(db, chain);
  const nearest = chain.map((id) => rows.find((r) => r.centre_id === id)).find((r) => r !== undefined);
  if (!nearest) {
    const national = nationalCalendarDays();
    const { days, coverage } = national;
    return {
      centreId: centre.id,
      source: { kind: 'national' },
      settings: DEFAULT_SETTINGS,
      days,
      coverage,
      version: 0,
    };
  }
  const days = await store.listDays(db, nearest.centre_id);
  const own = nearest.centre_id === centre.id;
  return {
    centreId: centre.id,
    source: own ? { kind: 'own' } : { kind: 'ancestor', centreId: nearest.centre_id, centreName: nearest.centre_name },
    settings: settingsOf(nearest),
    days,
    coverage: coverageOf(days),
    version: own ? nearest.version : 0,
  };
}

/** Public: opening hours and holidays are what a centre announces anyway. Always read fresh. */
export async function getWorkCalendar(ctx: AppContext, centreId: string): Promise<EffectiveCalendar> {
  return resolve(ctx.database.db, await getCentre(ctx, centreId));
}

export interface CaseRules {
  readonly calendar: WorkCalendar;
  readonly preReviewLimit: PreReviewLimit;
  readonly yellowRatio: number;
}

/**
 * The rules the cases context computes deadlines and warnings with. Cached per process (see
 * rules-cache.ts): an edit here applies at once, an edit made by another process within 60 s.
 */
export async function caseRulesFor(ctx: AppContext, centreId: string): Promise<CaseRules> {
  return cachedRules(ctx, centreId, async () => {
    const effective = await getWorkCalendar(ctx, centreId);
    return {
      calendar: calendarOf(effective.settings, effective.days, effective.coverage),
      preReviewLimit: effective.settings.preReviewLimit,
      yellowRatio: effective.settings.yellowRatio,
    };
  });
}

/** A supervisor acting for the centre or one above it (the centre is in their reach). */
async function asManager(ctx: AppContext, actor: Actor | null, meta: RequestMeta, centreId: string) {
  const centre = await getCentre(ctx, centreId);
  const staff = await authorize(ctx, actor, meta, 'calendar.manage', {
    centrePath: centre.path,
    entityType: 'work_calendar',
    entityId: centreId,
  });
  return { centre, staff };
}

type Change = { settings?: CalendarSettings; action: string; before?: unknown; after?: Record<string, unknown> };

function conflict(currentVersion: number): DomainError {
  return new DomainError('resource.version_conflict', { currentVersion });
}

/**
 * One edit in one transaction. Copy-on-first-edit: a centre that still inherits gets its own copy
 * of what it inherited (settings and every day) first, so the edit changes only this centre and
 * what was in force a moment ago stays in force for everything not edited.
 * `expectedVersion` null: the edit does not depend on what the editor saw (single-day changes).
 */
async function editCalendar(
  ctx: AppContext,
  staff: AuthorisedStaff,
  meta: RequestMeta,
  centre: CentreRow,
  expectedVersion: number | null,
  change: (db: Kysely<Database>) => Promise<Change>,
): Promise<EffectiveCalendar> {
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      let own = await store.lockCalendar(trx, centre.id);
      let copiedFrom: string | null = null;
      if (!own) {
        if (expectedVersion !== null && expectedVersion !== 0) throw conflict(0);
        const inherited = await resolve(trx, centre);
        own = await store.insertCalendar(trx, centre.id, inherited.settings, staff.staffId);
        await store.insertDays(trx, centre.id, inherited.days);
        copiedFrom = inherited.source.kind === 'ancestor' ? inherited.source.centreId : 'national';
      } else if (expectedVersion !== null && expectedVersion !== own.version) {
        throw conflict(own.version);
      }
      const done = await change(trx);
      const updated = await store.updateCalendar(trx, centre.id, own.version, staff.staffId, done.settings);
      if (!updated) throw conflict(own.version);
      await ctx.audit.record(trx, staff, meta, {
        action: done.action,
        entityType: 'work_calendar',
        entityId: centre.id,
        before: done.before,
        after: { ...(done.after ?? {}), version: updated.version, ...(copiedFrom ? { copiedFrom } : {}) },
      });
    });
  } catch (err) {
    // Two first edits of one centre at once: the second copy hits the primary key.
    if (isUniqueViolation(err)) throw conflict(0);
    throw err;
  } finally {
    // After commit (or rollback, harmlessly): no cached rules may outlive the edit.
    invalidateRules(ctx);
  }
  // Committed, and the cache cleared first: what is stored from the old calendar (the open cases'
  // deadlines of this centre and those inheriting from it) is derived again from the new one.
  await runCalendarEditHooks(ctx, staff, meta, centre);
  return resolve(ctx.database.db, centre);
}

export async function updateWorkCalendar(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: CalendarSettings & { version: number },
): Promise<EffectiveCalendar> {
  const { centre, staff } = await asManager(ctx, actor, meta, centreId);
  const { version, ...settings } = input;
  return editCalendar(ctx, staff, meta, centre, version, async (db) => {
    const before = await store.lockCalendar(db, centre.id);
    return {
      settings,
      action: 'work_calendar.update',
      before: before ? settingsOf(before) : undefined,
      after: settings,
    };
  });
}

/**
 * Adds a holiday or an adjusted working day. A date already in the calendar is refused (409), not
 * replaced: turning a State Council holiday into something else silently would move deadlines;
 * the supervisor deletes the old entry first, which is audited on its own.
 */
export async function addCalendarDay(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: { date: string; kind: DayKind; name: string },
): Promise<EffectiveCalendar> {
  const { centre, staff } = await asManager(ctx, actor, meta, centreId);
  if (input.kind === 'adjusted_working_day' && !canBeAdjustedWorkingDay(input.date)) {
    throw new DomainError('calendar.adjusted_day_not_weekend', [{ field: 'date', code: 'not_weekend' }]);
  }
  const day: CalendarDay = { ...input, source: 'centre' };
  return editCalendar(ctx, staff, meta, centre, null, async (db) => {
    if (!(await store.insertDay(db, centre.id, day))) {
      throw new DomainError('calendar.day_exists', { field: 'date', date: day.date });
    }
    return { action: 'work_calendar.day_add', after: { day } };
  });
}

export async function removeCalendarDay(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  date: string,
): Promise<EffectiveCalendar> {
  const { centre, staff } = await asManager(ctx, actor, meta, centreId);
  return editCalendar(ctx, staff, meta, centre, null, async (db) => {
    const day = await store.deleteDay(db, centre.id, date);
    if (!day) throw new DomainError('resource.not_found', { field: 'date', date });
    return { action: 'work_calendar.day_remove', before: { day } };
  });
}
