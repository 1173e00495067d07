/** The server's work-calendar view (GET /api/centres/:id/work-calendar) and what the page edits. */
export type Period = { start: string; end: string };
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];
export type WorkingHours = Record<WeekdayKey, Period[]>;
export type LimitUnit = 'working_days' | 'working_hours' | 'working_minutes';
export type DayKind = 'holiday' | 'adjusted_working_day';

export type CalendarDay = { date: string; kind: DayKind; name: string; source: 'chinese-days' | 'centre' };

export type CalendarSettings = {
  workingHours: WorkingHours;
  adjustedWorkingDayHours: Period[] | null;
  preReviewLimit: { value: number; unit: LimitUnit; explanation: string };
  yellowRatio: number;
};

export type CalendarView = CalendarSettings & {
  centreId: string;
  /** null: the centre's own calendar; 'national'; or the ancestor centre's id. */
  inheritedFrom: string | null;
  inheritedFromName: string | null;
  year: number;
  days: CalendarDay[];
  coverage: { from: string; to: string } | null;
  /** 0 while inherited: the first save creates the centre's own copy. */
  version: number;
};

export const calendarPath = (centreId: string) => `/api/centres/${centreId}/work-calendar`;

const clock = /^(\d{2}):(\d{2})$/;

function minutes(value: string, isEnd: boolean): number | null {
  const m = clock.exec(value);
  if (!m) return null;
  const total = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) >= 60 || total > 1440 || (total === 1440 && !isEnd)) return null;
  return total;
}

/** The server's rules, checked before saving so the user sees the problem at the period itself. */
export function periodsProblem(periods: Period[]): 'required' | 'format' | 'order' | null {
  if (periods.length === 0) return 'required';
  let previousEnd = -1;
  for (const p of periods) {
    const start = minutes(p.start, false);
    const end = minutes(p.end, true);
    if (start === null || end === null) return 'format';
    if (start >= end || start < previousEnd) return 'order';
    previousEnd = end;
  }
  return null;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date, independent of the browser's zone. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
