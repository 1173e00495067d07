/**
 * The working-time calendar of one centre, built from plain data so that the centre can keep its
 * holidays, adjusted working days and opening hours in its own database and edit them when the
 * State Council publishes the next year's notice (DOMAIN.md: "set per centre … data the centre can
 * maintain"). Pure: no I/O, no clock; see `seed.ts` for the initial data.
 */
import { dayToIsoDate, isoDateToDay, isoWeekday, toDay, type IsoDate } from './shanghai-time.js';

export type { IsoDate } from './shanghai-time.js';

/** One opening period in local time, `HH:MM`; `end` is exclusive and may be `24:00`. */
export interface WorkingPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * Only Monday–Friday carry hours: the Administrative Licensing Law counts statutory working days,
 * so a centre opening on a Saturday morning for convenience does not make Saturday a working day
 * for time limits. Adjusted (swapped) weekend working days get `adjustedWorkingDayHours`.
 */
export type WorkingWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri';
export type WeeklyWorkingHours = Readonly<Record<WorkingWeekday, readonly WorkingPeriod[]>>;

export interface WorkCalendarData {
  readonly timezone: 'Asia/Shanghai';
  readonly workingHours: WeeklyWorkingHours;
  /**
   * Hours on an adjusted working day that falls on a weekend. Notices only say "上班", i.e. a
   * normal working day, so the default is Monday's hours; a centre with a shorter Friday can
   * still choose which timetable applies.
   */
  readonly adjustedWorkingDayHours?: readonly WorkingPeriod[];
  /** Statutory holidays (法定节假日), including those the notice places on a weekend. */
  readonly holidays: ReadonlySet<IsoDate>;
  /** Weekend days the notice makes working days (调休上班). */
  readonly adjustedWorkingDays: ReadonlySet<IsoDate>;
  /**
   * The dates the holiday data is known to be complete for. Notices come out about a year ahead,
   * so a deadline beyond this range is provisional: a holiday not yet announced is not excluded.
   */
  readonly coverage?: { readonly from: IsoDate; readonly to: IsoDate };
}

/** A working period as minutes after local midnight, the form the arithmetic uses. */
export interface MinutePeriod {
  readonly startMinute: number;
  readonly endMinute: number;
}

export const DEFAULT_WORKING_PERIODS: readonly WorkingPeriod[] = Object.freeze([
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
]);

/** DOMAIN.md: "Default working hours: Monday–Friday 08:30–12:00 and 13:30–17:30". */
export const DEFAULT_WORKING_HOURS: WeeklyWorkingHours = Object.freeze({
  mon: DEFAULT_WORKING_PERIODS,
  tue: DEFAULT_WORKING_PERIODS,
  wed: DEFAULT_WORKING_PERIODS,
  thu: DEFAULT_WORKING_PERIODS,
  fri: DEFAULT_WORKING_PERIODS,
});

const WEEKDAY_KEYS: readonly WorkingWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const HH_MM = /^(\d{2}):(\d{2})$/;

function parseClock(value: string, allowMidnightEnd: boolean): number {
  const match = HH_MM.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  const valid =
    match !== null && Number(match[2]) < 60 && (minutes < 24 * 60 || (allowMidnightEnd && minutes === 24 * 60));
  if (!valid) throw new RangeError(`工作时间格式应为 HH:MM working time must be HH:MM: ${value}`);
  return minutes;
}

/** Rejects what would make the arithmetic wrong rather than merely odd: overlaps, empty days. */
function parsePeriods(periods: readonly WorkingPeriod[], label: string): readonly MinutePeriod[] {
  if (periods.length === 0) {
    // Every working day needs an end of business: a deadline is the close of its last day.
    throw new RangeError(`工作日必须有工作时间 a working day needs working hours: ${label}`);
  }
  const parsed = periods.map((p) => ({ startMinute: parseClock(p.start, false), endMinute: parseClock(p.end, true) }));
  parsed.forEach((p, i) => {
    const previous = parsed[i - 1];
    if (p.startMinute >= p.endMinute || (previous && previous.endMinute > p.startMinute)) {
      throw new RangeError(`工作时段须递增且不重叠 periods must be ordered and not overlap: ${label}`);
    }
  });
  return Object.freeze(parsed);
}

function parseDays(dates: ReadonlySet<IsoDate>): ReadonlySet<number> {
  return new Set([...dates].map(isoDateToDay));
}

export class WorkCalendar {
  readonly data: WorkCalendarData;
  /**
   * Length of a normal working day in minutes (Monday's hours). Used where a day count has to
   * become working time: pause shifts, fractional remaining days, warning thresholds.
   */
  readonly standardDayMinutes: number;
  /** Index = ISO weekday (1 = Monday … 5 = Friday); index 0 is unused. */
  readonly #weekdayPeriods: readonly (readonly MinutePeriod[])[];
  readonly #adjustedPeriods: readonly MinutePeriod[];
  readonly #holidays: ReadonlySet<number>;
  readonly #adjusted: ReadonlySet<number>;
  readonly #coverage: { from: number; to: number } | null;

  constructor(data: WorkCalendarData) {
    if (data.timezone !== 'Asia/Shanghai') {
      throw new RangeError(`仅支持 Asia/Shanghai only Asia/Shanghai is supported: ${String(data.timezone)}`);
    }
    this.#weekdayPeriods = [[], ...WEEKDAY_KEYS.map((key) => parsePeriods(data.workingHours[key], key))];
    this.#adjustedPeriods = parsePeriods(data.adjustedWorkingDayHours ?? data.workingHours.mon, 'adjusted');
    this.#holidays = parseDays(data.holidays);
    this.#adjusted = parseDays(data.adjustedWorkingDays);
    const clash = [...this.#adjusted].find((day) => this.#holidays.has(day));
    if (clash !== undefined) {
      // Silently preferring one would hide a data-entry mistake that moves legal deadlines.
      throw new RangeError(`同一天既是假日又是调休上班日 a day is both holiday and adjusted: ${dayToIsoDate(clash)}`);
    }
    this.#coverage = data.coverage
      ? { from: isoDateToDay(data.coverage.from), to: isoDateToDay(data.coverage.to) }
      : null;
    // Copies, so that a caller mutating its Sets later cannot make `data` disagree with the rules.
    this.data = Object.freeze({
      ...data,
      holidays: new Set(data.holidays),
      adjustedWorkingDays: new Set(data.adjustedWorkingDays),
    });
    this.standardDayMinutes = this.#adjustedPeriods.reduce((sum, p) => sum + p.endMinute - p.startMinute, 0);
  }

  /** An adjusted working day, or a Monday–Friday that is not a statutory holiday (Art. 82). */
  isWorkingDay(date: Date | IsoDate): boolean {
    return this.isWorkingDayNumber(toDay(date));
  }

  /** The working periods of a local day; empty on a non-working day. */
  workingPeriods(date: Date | IsoDate): readonly MinutePeriod[] {
    return this.periodsOnDay(toDay(date));
  }

  /** False when the date lies outside the declared holiday data (a provisional result). */
  covers(date: Date | IsoDate): boolean {
    if (!this.#coverage) return true;
    const day = toDay(date);
    return day >= this.#coverage.from && day <= this.#coverage.to;
  }

  /** Day-number form for the arithmetic, which walks days as integers. */
  isWorkingDayNumber(day: number): boolean {
    if (this.#adjusted.has(day)) return true;
    return isoWeekday(day) <= 5 && !this.#holidays.has(day);
  }

  periodsOnDay(day: number): readonly MinutePeriod[] {
    if (!this.isWorkingDayNumber(day)) return [];
    const weekday = isoWeekday(day);
    // An adjusted day on Monday–Friday is simply a working day with its own weekday's hours.
    return weekday <= 5 ? (this.#weekdayPeriods[weekday] ?? []) : this.#adjustedPeriods;
  }
}

/** Convenience for callers holding arrays (e.g. rows from the centre's calendar table). */
export function createWorkCalendar(input: {
  holidays: Iterable<IsoDate>;
  adjustedWorkingDays: Iterable<IsoDate>;
  workingHours?: WeeklyWorkingHours;
  adjustedWorkingDayHours?: readonly WorkingPeriod[];
  coverage?: { from: IsoDate; to: IsoDate };
}): WorkCalendar {
  return new WorkCalendar({
    timezone: 'Asia/Shanghai',
    workingHours: input.workingHours ?? DEFAULT_WORKING_HOURS,
    holidays: new Set(input.holidays),
    adjustedWorkingDays: new Set(input.adjustedWorkingDays),
    ...(input.adjustedWorkingDayHours ? { adjustedWorkingDayHours: input.adjustedWorkingDayHours } : {}),
    ...(input.coverage ? { coverage: input.coverage } : {}),
  });
}
