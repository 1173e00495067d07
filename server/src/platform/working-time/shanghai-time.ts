/**
 * Local-time arithmetic for Asia/Shanghai, done by hand instead of through `Intl` or a time-zone
 * library: China Standard Time has been a fixed UTC+8 with no daylight saving since 1991, so a
 * constant offset is exact for every instant this system will ever handle, needs no tz database,
 * and gives the same answer whatever time zone the server process runs in.
 *
 * A local calendar day is represented by its "day number": whole days since 1970-01-01 in local
 * time. Integers make "the next day", "the same day" and weekday tests trivial and exact.
 */

export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;

/** A local calendar date, `YYYY-MM-DD`, as written in State Council holiday notices. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws on an Invalid Date, which would otherwise turn every comparison silently false. */
export function instantMs(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('无效的时间 invalid Date');
  return ms;
}

/** The local day an instant falls on. */
export function dayOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant local midnight (00:00) of a day begins. */
export function dayStartMs(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** ISO 8601 weekday, Monday = 1 … Sunday = 7 (day 0, 1970-01-01, was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function dayToIsoDate(day: number): IsoDate {
  // The UTC calendar date of `day * DAY_MS` is by construction the local date of `day`.
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoDateToDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`日期格式应为 YYYY-MM-DD date must be YYYY-MM-DD: ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / DAY_MS;
  // Date.UTC rolls 2025-02-30 over to March; a calendar entry like that is a typo, not a date.
  if (dayToIsoDate(day) !== date) throw new RangeError(`不存在的日期 no such date: ${date}`);
  return day;
}

/** Accepts either form callers naturally hold: an instant, or a date from the calendar data. */
export function toDay(date: Date | IsoDate): number {
  return typeof date === 'string' ? isoDateToDay(date) : dayOf(instantMs(date));
}
