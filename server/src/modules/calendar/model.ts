/**
 * Pure rules of a centre's working-time calendar: what the stored data means and how it becomes a
 * `WorkCalendar`. No I/O. The arithmetic itself lives in platform/working-time.
 */
import {
  DEFAULT_WORKING_HOURS,
  chineseDaysCalendarData,
  chineseDaysYears,
  createWorkCalendar,
  type IsoDate,
  type TimeLimit,
  type WeeklyWorkingHours,
  type WorkCalendar,
  type WorkingPeriod,
} from '../../platform/working-time/index.js';

export type DayKind = 'holiday' | 'adjusted_working_day';
/** `chinese-days`: from the State Council notice (the seed); `centre`: entered by a centre. */
export type DaySource = 'chinese-days' | 'centre';

export interface CalendarDay {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly name: string;
  readonly source: DaySource;
}

/** Pre-review is measured in working time: a natural-day pre-review rule has no basis. */
export type PreReviewUnit = 'working_days' | 'working_hours' | 'working_minutes';
export interface PreReviewLimit extends TimeLimit {
  readonly unit: PreReviewUnit;
  readonly explanation: string;
}

export interface CalendarSettings {
  readonly workingHours: WeeklyWorkingHours;
  /** Null: an adjusted weekend working day keeps Monday's hours (WorkCalendar's default). */
  readonly adjustedWorkingDayHours: readonly WorkingPeriod[] | null;
  readonly preReviewLimit: PreReviewLimit;
  readonly yellowRatio: number;
}

export interface Coverage {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** DOMAIN.md: online applications get a pre-review answer within one working day. */
export const DEFAULT_PRE_REVIEW_LIMIT: PreReviewLimit = Object.freeze({
  value: 1,
  unit: 'working_days',
  explanation: '网上申请一个工作日内预审',
});

export const DEFAULT_SETTINGS: CalendarSettings = Object.freeze({
  workingHours: DEFAULT_WORKING_HOURS,
  adjustedWorkingDayHours: null,
  preReviewLimit: DEFAULT_PRE_REVIEW_LIMIT,
  yellowRatio: 0.2,
});

const CLOCK = /^(\d{2}):(\d{2})$/;

/** Minutes after local midnight of `HH:MM` (`24:00` only as an end), or null if not a time. */
export function clockMinutes(value: string, isEnd: boolean): number | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) >= 60 || minutes > 24 * 60 || (minutes === 24 * 60 && !isEnd)) return null;
  return minutes;
}

export interface PeriodProblem {
  readonly index: number;
  readonly field: 'start' | 'end';
  readonly problem: 'format' | 'start_not_before_end' | 'overlap_or_order';
}

/**
 * What would make WorkCalendar refuse a day's periods, located to the field, so the API can say
 * which period is wrong instead of failing as a whole. Periods must be listed in time order.
 */
export function periodProblems(periods: readonly WorkingPeriod[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  let previousEnd: number | null = null;
  periods.forEach((p, index) => {
    const start = clockMinutes(p.start, false);
    const end = clockMinutes(p.end, true);
    if (start === null) problems.push({ index, field: 'start', problem: 'format' });
    if (end === null) problems.push({ index, field: 'end', problem: 'format' });
    if (start === null || end === null) return;
    if (start >= end) problems.push({ index, field: 'end', problem: 'start_not_before_end' });
    else if (previousEnd !== null && start < previousEnd)
      problems.push({ index, field: 'start', problem: 'overlap_or_order' });
    previousEnd = Math.max(end, previousEnd ?? 0);
  });
  return problems;
}

/** ISO weekday of a real `YYYY-MM-DD` (1 = Monday … 7 = Sunday). */
export function isoWeekdayOf(date: IsoDate): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Only a weekend day can be "made" a working day; a weekday already is one. */
export function canBeAdjustedWorkingDay(date: IsoDate): boolean {
  return isoWeekdayOf(date) >= 6;
}

/** Ancestor ids of a centre from its materialised path (`/city/county/self/`), nearest first. */
export function ancestorIds(path: string, selfId: string): string[] {
  return path
    .split('/')
    .filter((id) => id !== '' && id !== selfId)
    .reverse();
}

/**
 * The years a stored calendar is complete for: from the first to the last year with a holiday
 * (every notice has New Year's Day). A centre that enters next year's notice by hand extends it.
 */
export function coverageOf(days: readonly CalendarDay[]): Coverage | null {
  const years = days.filter((d) => d.kind === 'holiday').map((d) => Number(d.date.slice(0, 4)));
  if (years.length === 0) return null;
  return { from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31` };
}

let national: { days: readonly CalendarDay[]; coverage: Coverage } | null = null;

/** Every notice in the installed chinese-days package, built once per process. */
export function nationalCalendarDays(): { days: readonly CalendarDay[]; coverage: Coverage } {
  if (!national) {
    const { fromYear, toYear } = chineseDaysYears();
    const seed = chineseDaysCalendarData(fromYear, toYear);
    const rows = (kind: DayKind) => (r: { date: IsoDate; nameZh: string }) =>
      ({ date: r.date, kind, name: r.nameZh, source: 'chinese-days' }) as const;
    const days = [...seed.holidays.map(rows('holiday')), ...seed.adjustedWorkingDays.map(rows('adjusted_working_day'))];
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    national = Object.freeze({
      days: Object.freeze(days),
      coverage: { from: `${fromYear}-01-01`, to: `${toYear}-12-31` },
    });
  }
  return national;
}

export function calendarOf(
  settings: CalendarSettings,
  days: readonly CalendarDay[],
  coverage: Coverage | null,
): WorkCalendar {
  return createWorkCalendar({
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    adjustedWorkingDays: days.filter((d) => d.kind === 'adjusted_working_day').map((d) => d.date),
    workingHours: settings.workingHours,
    ...(settings.adjustedWorkingDayHours ? { adjustedWorkingDayHours: settings.adjustedWorkingDayHours } : {}),
    ...(coverage ? { coverage } : {}),
  });
}

/** The current year in Beijing time, for a calendar view asked for without a year. */
export function currentYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}
