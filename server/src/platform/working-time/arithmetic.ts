/**
 * Time-limit arithmetic over a `WorkCalendar`. Every input and output is a `Date` instant; days,
 * opening hours and "the next day" are evaluated in Asia/Shanghai through the fixed-offset helpers
 * in `shanghai-time.ts`. Pure functions: the caller passes "now".
 *
 * Legal basis of the counting rules (cited once here, applied below):
 * - 行政许可法 Art. 82: the Law's time limits are counted in working days, statutory holidays
 *   excluded. Adjusted weekend working days (调休上班) are working days; holidays are not.
 * - 民法典 Art. 201 (general rule on periods, followed by licensing practice): a period counted in
 *   days does not include the day it starts on — counting begins the next day; a period counted
 *   in hours starts at the moment set.
 * - 民法典 Art. 203: a period whose last day is a statutory rest day ends on the day after it; the
 *   last day ends at 24:00, or where there are business hours, when business stops — hence a
 *   deadline is the close of the centre's last working period, e.g. 17:30.
 * - 行政许可法 Art. 45 (and the supplement and special-procedure rules): time spent on hearings,
 *   inspection, testing, expert review etc. is not counted, so such periods stop the clock.
 * - 行政许可法 Art. 42: an approved extension adds to the limit (20 working days + 10).
 */
import type { WorkCalendar } from './calendar.js';
import { DAY_MS, MINUTE_MS, dayOf, dayStartMs, instantMs } from './shanghai-time.js';

export type TimeLimitUnit = 'working_days' | 'working_hours' | 'working_minutes' | 'natural_days';

export interface TimeLimit {
  readonly value: number;
  readonly unit: TimeLimitUnit;
}

/** A stopped-clock interval; `to: null` while the pause is still running. */
export interface ClockPause {
  readonly from: Date;
  readonly to: Date | null;
}

export type WarningState = 'none' | 'yellow' | 'red';

export interface WarningOptions {
  /** Share of the limit left at which the yellow card shows; default 0.2 (20 %). */
  readonly ratio?: number;
  /**
   * Floor of the yellow threshold, in the limit's family (working or natural time). Default: one
   * working day for working-day limits, one natural day for natural-day limits, none otherwise.
   */
  readonly minimum?: TimeLimit;
}

/**
 * No real limit needs more than a few hundred days; scanning further means the calendar data has
 * no working days (e.g. every date entered as a holiday), and failing beats spinning forever.
 */
const MAX_SCAN_DAYS = 366 * 20;

function checkLimit(limit: TimeLimit): void {
  const wholeDays = limit.unit === 'working_days' || limit.unit === 'natural_days';
  if (!Number.isFinite(limit.value) || limit.value < 0 || (wholeDays && !Number.isInteger(limit.value))) {
    // Half a working day has no legal meaning; such limits must be given in working hours.
    throw new RangeError(`时限无效 invalid time limit: ${limit.value} ${limit.unit}`);
  }
}

function closeOfBusiness(cal: WorkCalendar, day: number): number {
  const last = cal.periodsOnDay(day).at(-1);
  if (!last) throw new RangeError('非工作日没有下班时间 a non-working day has no close of business');
  return dayStartMs(day) + last.endMinute * MINUTE_MS;
}

/** The first working day on or after `day`. */
function workingDayOnOrAfter(cal: WorkCalendar, day: number): number {
  for (let d = day; d < day + MAX_SCAN_DAYS; d += 1) {
    if (cal.isWorkingDayNumber(d)) return d;
  }
  throw new RangeError('日历中找不到工作日 the calendar has no working day ahead');
}

/** The n-th working day after `day` (n ≥ 1); n = 0 is `day` itself, moved to a working day. */
function nthWorkingDayAfter(cal: WorkCalendar, day: number, n: number): number {
  let d = n === 0 ? workingDayOnOrAfter(cal, day) : day;
  for (let counted = 0; counted < n; counted += 1) d = workingDayOnOrAfter(cal, d + 1);
  return d;
}

/** Working milliseconds in [fromMs, toMs), fromMs ≤ toMs. */
function workingMsBetween(cal: WorkCalendar, fromMs: number, toMs: number): number {
  let total = 0;
  for (let day = dayOf(fromMs); day <= dayOf(toMs); day += 1) {
    const base = dayStartMs(day);
    for (const p of cal.periodsOnDay(day)) {
      const start = Math.max(fromMs, base + p.startMinute * MINUTE_MS);
      const end = Math.min(toMs, base + p.endMinute * MINUTE_MS);
      if (end > start) total += end - start;
    }
  }
  return total;
}

/**
 * The earliest instant at which `ms` of working time have passed since `fromMs`. Ending exactly
 * on a period's end returns that end (12:00, 17:30), not the start of the next period.
 */
function addWorkingMs(cal: WorkCalendar, fromMs: number, ms: number): number {
  if (ms === 0) return fromMs;
  let remaining = ms;
  const firstDay = dayOf(fromMs);
  for (let day = firstDay; day < firstDay + MAX_SCAN_DAYS; day += 1) {
    const base = dayStartMs(day);
    for (const p of cal.periodsOnDay(day)) {
      const start = Math.max(fromMs, base + p.startMinute * MINUTE_MS);
      const available = base + p.endMinute * MINUTE_MS - start;
      if (available <= 0) continue;
      if (remaining <= available) return start + remaining;
      remaining -= available;
    }
  }
  throw new RangeError('日历中找不到足够的工作时间 the calendar has no working time ahead');
}

/**
 * Deadline of a limit of `n` working days (行政许可法 Art. 42, 82): the day of `start` (receipt or
 * acceptance) is not counted, whatever the hour; the n working days are counted from the next
 * day, skipping weekends and statutory holidays and counting adjusted weekend working days; the
 * deadline is the end of the n-th working day's last working period. A start on a non-working day
 * is handled by the same rule (the first working day after it is day 1). n = 0 means "today",
 * i.e. the close of business of the start day, or of the next working day if it is not one.
 */
export function addWorkingDays(cal: WorkCalendar, start: Date, n: number): Date {
  checkLimit({ value: n, unit: 'working_days' });
  return new Date(closeOfBusiness(cal, nthWorkingDayAfter(cal, dayOf(instantMs(start)), n)));
}

/**
 * Natural days, used only where a rule says so (民法典 Art. 201, 203): counted from the day after
 * `start`; if the last day is not a working day the period ends on the next working day; it ends
 * at that day's close of business.
 */
export function addNaturalDays(cal: WorkCalendar, start: Date, n: number): Date {
  checkLimit({ value: n, unit: 'natural_days' });
  return new Date(closeOfBusiness(cal, workingDayOnOrAfter(cal, dayOf(instantMs(start)) + n)));
}

/**
 * Adds working minutes, counting only time inside working periods (the lunch break, evenings,
 * weekends and holidays do not count). A start outside working time begins at the next working
 * period. Hour and minute limits run from the moment of `start` (民法典 Art. 201 ¶2).
 */
export function addWorkingMinutes(cal: WorkCalendar, start: Date, minutes: number): Date {
  checkLimit({ value: minutes, unit: 'working_minutes' });
  // Instants are whole milliseconds; a fraction left by float minutes (x / 60000 * 60000 can be
  // x + 1e-8) must not spill past a period's close into the next opening, hours later.
  return new Date(addWorkingMs(cal, instantMs(start), Math.round(minutes * MINUTE_MS)));
}

export function addWorkingHours(cal: WorkCalendar, start: Date, hours: number): Date {
  checkLimit({ value: hours, unit: 'working_hours' });
  return addWorkingMinutes(cal, start, hours * 60);
}

/** `at` itself if it lies in working time, otherwise the start of the next working period. */
export function nextWorkingInstant(cal: WorkCalendar, at: Date): Date {
  const ms = instantMs(at);
  const firstDay = dayOf(ms);
  for (let day = firstDay; day < firstDay + MAX_SCAN_DAYS; day += 1) {
    const base = dayStartMs(day);
    const period = cal.periodsOnDay(day).find((p) => base + p.endMinute * MINUTE_MS > ms);
    if (period) return new Date(Math.max(ms, base + period.startMinute * MINUTE_MS));
  }
  throw new RangeError('日历中找不到工作时间 the calendar has no working time ahead');
}

/**
 * Working minutes in [from, to), signed: negative when `to` is before `from` (an overdue case has
 * negative remaining time). Not rounded: instants carry seconds, so the result may be fractional.
 */
export function workingMinutesBetween(cal: WorkCalendar, from: Date, to: Date): number {
  const a = instantMs(from);
  const b = instantMs(to);
  const ms = a <= b ? workingMsBetween(cal, a, b) : -workingMsBetween(cal, b, a);
  return ms / MINUTE_MS;
}

/**
 * Whole working days left, the inverse of `addWorkingDays`: the number of working days after the
 * local day of `now` up to and including the deadline's day. 0 means "due today"; negative values
 * count the working days by which the deadline has passed (0 again on the deadline's own day after
 * closing — use `warningState` for overdue, it compares instants).
 */
export function remainingWorkingDays(cal: WorkCalendar, now: Date, deadline: Date): number {
  const nowDay = dayOf(instantMs(now));
  const deadlineDay = dayOf(instantMs(deadline));
  const [from, to, sign] = nowDay <= deadlineDay ? [nowDay, deadlineDay, 1] : [deadlineDay, nowDay, -1];
  let count = 0;
  for (let d = from + 1; d <= to; d += 1) if (cal.isWorkingDayNumber(d)) count += 1;
  return count === 0 ? 0 : sign * count;
}

/**
 * Remaining working time expressed in standard working days (`cal.standardDayMinutes`, 450 with
 * the default hours), e.g. 2.5 = two days and a half; negative when overdue.
 */
export function remainingWorkingDaysFractional(cal: WorkCalendar, now: Date, deadline: Date): number {
  return workingMinutesBetween(cal, now, deadline) / cal.standardDayMinutes;
}

function isNatural(unit: TimeLimitUnit): boolean {
  return unit === 'natural_days';
}

/** A working-family limit as working milliseconds (days at the standard day length). */
function workingMsOf(cal: WorkCalendar, limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_days':
      return limit.value * cal.standardDayMinutes * MINUTE_MS;
    case 'working_hours':
      return limit.value * 60 * MINUTE_MS;
    case 'working_minutes':
      return limit.value * MINUTE_MS;
    case 'natural_days':
      // Callers check the family first; reaching here is a programming error.
      throw new RangeError('自然日不是工作时间 natural days are not working time');
  }
}

interface PauseSpan {
  from: number;
  to: number;
}

/** Sorted, merged, clipped to the running clock: overlapping pauses must not count twice. */
function normalisePauses(pauses: readonly ClockPause[], clockStartMs: number): PauseSpan[] {
  const spans = pauses.map((p) => {
    const from = instantMs(p.from);
    const to = p.to === null ? Number.POSITIVE_INFINITY : instantMs(p.to);
    if (to < from) throw new RangeError('暂停的结束早于开始 a pause ends before it starts');
    return { from: Math.max(from, clockStartMs), to };
  });
  const merged: PauseSpan[] = [];
  for (const span of spans.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The deadline of a case: `limit` from `start`, plus `extensions`, with the clock stopped during
 * `pauses` (supplement periods, hearings, inspection, testing, expert review — Art. 45).
 *
 * - Extensions are part of the budget and are applied first, from the original deadline (Art. 42
 *   extends the limit, it does not restart it). They must be in the limit's family: working units
 *   with working units, natural days with natural days; mixing has no defined legal meaning.
 * - A pause moves the deadline out by exactly the working time it consumed (for natural-day limits:
 *   the elapsed time), so a pause spanning the National Day week shifts it only by the working days
 *   inside the pause. For day limits the clock starts the day after `start` (Art. 201), so a pause
 *   on the acceptance day itself costs nothing. A pause starting at or after the deadline (as moved
 *   by earlier pauses) does not move it: the time had already run out.
 * - An open pause (`to: null`) that stops a still-running clock returns `null`: while the clock is
 *   stopped there is no deadline; the special-procedure notice states the expected duration instead.
 */
export function deadlineFor(
  cal: WorkCalendar,
  start: Date,
  limit: TimeLimit,
  pauses: readonly ClockPause[] = [],
  extensions: readonly TimeLimit[] = [],
): Date | null {
  checkLimit(limit);
  for (const extension of extensions) {
    checkLimit(extension);
    if (isNatural(extension.unit) !== isNatural(limit.unit)) {
      throw new RangeError(`延期单位与时限单位不一致 extension unit ${extension.unit} does not fit ${limit.unit}`);
    }
  }
  const startMs = instantMs(start);
  const dayLimit = limit.unit === 'working_days' || limit.unit === 'natural_days';
  const clockStart = dayLimit ? dayStartMs(dayOf(startMs) + 1) : startMs;
  const spans = normalisePauses(pauses, clockStart);

  if (isNatural(limit.unit)) {
    const days = extensions.reduce((sum, e) => sum + e.value, limit.value);
    // Run the clock to 24:00 of the nominal last day; the rest-day and business-hours rules of
    // Art. 203 apply once, to wherever the paused clock finally ends.
    let clockEnd = dayStartMs(dayOf(startMs) + 1 + days);
    for (const span of spans) {
      if (span.from >= clockEnd) break;
      if (span.to === Number.POSITIVE_INFINITY) return null;
      clockEnd += span.to - span.from;
    }
    return new Date(closeOfBusiness(cal, workingDayOnOrAfter(cal, dayOf(clockEnd - 1))));
  }

  let deadline =
    limit.unit === 'working_days'
      ? addWorkingDays(cal, start, limit.value).getTime()
      : addWorkingMs(cal, startMs, workingMsOf(cal, limit));
  for (const extension of extensions) {
    // Day extensions on a day limit keep the "whole working days" rule; otherwise working time.
    deadline =
      limit.unit === 'working_days' && extension.unit === 'working_days'
        ? addWorkingDays(cal, new Date(deadline), extension.value).getTime()
        : addWorkingMs(cal, deadline, workingMsOf(cal, extension));
  }
  for (const span of spans) {
    if (span.from >= deadline) break;
    if (span.to === Number.POSITIVE_INFINITY) return null;
    deadline = addWorkingMs(cal, deadline, workingMsBetween(cal, span.from, span.to));
  }
  return new Date(deadline);
}

/**
 * Red/yellow card (R-NEW-3): red once `now` is past the deadline (the deadline instant itself is
 * still on time); yellow when the remaining time is at most `ratio` of the limit (default 20 %),
 * but never less than `minimum` (default one working day for working-day limits). Remaining time is
 * measured as working time, or elapsed time for natural-day limits. Pass the effective limit
 * (including extensions). A `null` deadline (clock stopped) shows no card.
 */
export function warningState(
  cal: WorkCalendar,
  now: Date,
  deadline: Date | null,
  limit: TimeLimit,
  options: WarningOptions = {},
): WarningState {
  if (deadline === null) return 'none';
  checkLimit(limit);
  const nowMs = instantMs(now);
  const deadlineMs = instantMs(deadline);
  if (nowMs > deadlineMs) return 'red';

  const ratio = options.ratio ?? 0.2;
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw new RangeError(`预警比例无效 invalid ratio: ${ratio}`);
  const natural = isNatural(limit.unit);
  const minimum =
    options.minimum ??
    (limit.unit === 'working_days' || natural ? { value: 1, unit: limit.unit } : { value: 0, unit: limit.unit });
  checkLimit(minimum);
  if (isNatural(minimum.unit) !== natural) {
    throw new RangeError(`预警下限单位不一致 minimum unit ${minimum.unit} does not fit ${limit.unit}`);
  }

  const measure = (l: TimeLimit): number => (natural ? l.value * DAY_MS : workingMsOf(cal, l));
  const threshold = Math.max(ratio * measure(limit), measure(minimum));
  const remaining = natural ? deadlineMs - nowMs : workingMsBetween(cal, nowMs, deadlineMs);
  return remaining <= threshold ? 'yellow' : 'none';
}
