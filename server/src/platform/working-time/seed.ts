/**
 * Initial holiday data from the `chinese-days` package, which encodes the State Council General
 * Office's annual holiday notices (国务院办公厅关于部分节假日安排的通知), with links to each notice
 * in its source. The result is plain rows a centre stores in its own table and edits later: the
 * package is a seed, not the authority at run time.
 *
 * The package's published JSON is read rather than its functions: those parse `YYYY-MM-DD` as UTC
 * midnight and format in the process's local zone, so their answers depend on the server's TZ.
 * The JSON is the same data keyed by local date and is documented by the package as public.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { DEFAULT_WORKING_HOURS, WorkCalendar, type WeeklyWorkingHours } from './calendar.js';
import { isoDateToDay, type IsoDate } from './shanghai-time.js';

/** One day of the calendar table, with the festival it belongs to (for the centre's editor). */
export interface CalendarDayRow {
  readonly date: IsoDate;
  /** English festival name as in the package, e.g. `Spring Festival`. */
  readonly name: string;
  /** Chinese festival name, e.g. `春节`. */
  readonly nameZh: string;
}

export interface CalendarSeedData {
  readonly source: 'chinese-days';
  readonly fromYear: number;
  readonly toYear: number;
  /** Sorted by date; statutory holidays including those on weekends. */
  readonly holidays: readonly CalendarDayRow[];
  /** Sorted by date; weekend days worked in exchange (调休上班). */
  readonly adjustedWorkingDays: readonly CalendarDayRow[];
}

// Widened on purpose: the inferred type lists every date as a key, which nothing here needs.
const holidayMap: Readonly<Record<string, string>> = chineseDays.holidays;
const workdayMap: Readonly<Record<string, string>> = chineseDays.workdays;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The years the installed package has notices for (2004 through the latest one published). */
export function chineseDaysYears(): { fromYear: number; toYear: number } {
  const years = Object.keys(holidayMap).map(yearOf);
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

/** Package values look like `Spring Festival,春节,4`: English name, Chinese name, festival id. */
function toRow(date: string, value: string): CalendarDayRow {
  isoDateToDay(date); // a malformed key from a future package version must fail here, not later
  const [name = value, nameZh = value] = value.split(',');
  return { date, name, nameZh };
}

function rowsIn(map: Readonly<Record<string, string>>, fromYear: number, toYear: number): CalendarDayRow[] {
  return Object.entries(map)
    .filter(([date]) => yearOf(date) >= fromYear && yearOf(date) <= toYear)
    .map(([date, value]) => toRow(date, value))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Holidays and adjusted working days for whole years `fromYear`–`toYear`. Refuses years the
 * package has no notice for: an empty year would silently count Spring Festival as working days.
 */
export function chineseDaysCalendarData(fromYear: number, toYear: number): CalendarSeedData {
  const covered = chineseDaysYears();
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`年份范围无效 invalid year range: ${fromYear}–${toYear}`);
  }
  if (fromYear < covered.fromYear || toYear > covered.toYear) {
    throw new RangeError(
      `chinese-days 仅含 ${covered.fromYear}–${covered.toYear} 年的放假安排 ` +
        `the package only has notices for ${covered.fromYear}–${covered.toYear}: ${fromYear}–${toYear}`,
    );
  }
  return {
    source: 'chinese-days',
    fromYear,
    toYear,
    holidays: rowsIn(holidayMap, fromYear, toYear),
    adjustedWorkingDays: rowsIn(workdayMap, fromYear, toYear),
  };
}

/** A calendar straight from seed data, declaring its coverage so later years show as provisional. */
export function workCalendarFromSeed(
  seed: CalendarSeedData,
  workingHours: WeeklyWorkingHours = DEFAULT_WORKING_HOURS,
): WorkCalendar {
  return new WorkCalendar({
    timezone: 'Asia/Shanghai',
    workingHours,
    holidays: new Set(seed.holidays.map((row) => row.date)),
    adjustedWorkingDays: new Set(seed.adjustedWorkingDays.map((row) => row.date)),
    coverage: { from: `${seed.fromYear}-01-01`, to: `${seed.toYear}-12-31` },
  });
}
