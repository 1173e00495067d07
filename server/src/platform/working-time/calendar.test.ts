import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, WorkCalendar, createWorkCalendar } from './calendar.js';
import { bj, officialCalendar } from './test-support.js';

describe('WorkCalendar', () => {
  const cal = officialCalendar();

  it('[R-LAW-1] 2025 Spring Festival: Jan 26 (Sun) and Feb 8 (Sat) are working days, Jan 28–Feb 4 are not', () => {
    expect(cal.isWorkingDay('2025-01-24')).toBe(true); // Fri
    expect(cal.isWorkingDay('2025-01-25')).toBe(false); // Sat, ordinary weekend
    expect(cal.isWorkingDay('2025-01-26')).toBe(true); // Sun, adjusted
    expect(cal.isWorkingDay('2025-01-27')).toBe(true);
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04']) {
      expect(cal.isWorkingDay(d), d).toBe(false);
    }
    expect(cal.isWorkingDay('2025-02-05')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // Sat, adjusted
    expect(cal.isWorkingDay('2025-02-09')).toBe(false); // Sun
  });

  it('[R-LAW-1] 2025 National Day: Sep 28 (Sun) and Oct 11 (Sat) work, Oct 1–8 (incl. Mid-Autumn Oct 6) off', () => {
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-06')).toBe(false);
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2025-10-12')).toBe(false);
  });

  it('[R-LAW-1] 2026 Spring Festival Feb 15–23 off, Feb 14 (Sat) and Feb 28 (Sat) work; 2026 National Day Oct 1–7 off, Sep 20 (Sun) and Oct 10 (Sat) work', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // Mon
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // Mon
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // Fri, Mid-Autumn
    expect(cal.isWorkingDay('2026-10-07')).toBe(false); // Wed
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
  });

  it('[R-LAW-1] a Date is judged on its Beijing date, not its UTC date', () => {
    // 2025-02-07 Fri 23:30 UTC is already Saturday 2025-02-08 07:30 in Beijing: an adjusted working day.
    expect(cal.isWorkingDay(new Date('2025-02-07T23:30:00Z'))).toBe(true);
    // 2025-01-27 Mon 17:00 UTC is Tuesday 01:00 Beijing: Spring Festival.
    expect(cal.isWorkingDay(new Date('2025-01-27T17:00:00Z'))).toBe(false);
    expect(cal.isWorkingDay(bj('2025-01-27 23:59'))).toBe(true);
  });

  it('[R-SUP-6] adjusted working days use the normal weekday hours, holidays have none', () => {
    expect(cal.workingPeriods('2025-10-11')).toEqual([
      { startMinute: 8 * 60 + 30, endMinute: 12 * 60 },
      { startMinute: 13 * 60 + 30, endMinute: 17 * 60 + 30 },
    ]);
    expect(cal.workingPeriods('2025-10-01')).toEqual([]);
    expect(cal.standardDayMinutes).toBe(450);
  });

  it('[R-SUP-6] per-centre hours: a shorter Friday, and explicit hours for adjusted weekend days', () => {
    const custom = createWorkCalendar({
      holidays: [],
      adjustedWorkingDays: ['2025-10-11'],
      workingHours: { ...DEFAULT_WORKING_HOURS, fri: [{ start: '09:00', end: '12:00' }] },
      adjustedWorkingDayHours: [{ start: '09:00', end: '16:00' }],
    });
    expect(custom.workingPeriods('2025-10-10')).toEqual([{ startMinute: 540, endMinute: 720 }]);
    expect(custom.workingPeriods('2025-10-11')).toEqual([{ startMinute: 540, endMinute: 960 }]);
  });

  it('[R-LAW-1] rejects data that would silently move deadlines', () => {
    const base = { timezone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS } as const;
    const ok = { ...base, holidays: new Set<string>(), adjustedWorkingDays: new Set<string>() };
    expect(
      () =>
        new WorkCalendar({ ...ok, holidays: new Set(['2025-10-11']), adjustedWorkingDays: new Set(['2025-10-11']) }),
    ).toThrow(RangeError);
    expect(() => new WorkCalendar({ ...ok, holidays: new Set(['2025-02-30']) })).toThrow(RangeError);
    expect(() => new WorkCalendar({ ...ok, holidays: new Set(['2025/10/01']) })).toThrow(RangeError);
    const overlap = [
      { start: '08:30', end: '12:30' },
      { start: '12:00', end: '17:30' },
    ];
    expect(() => new WorkCalendar({ ...ok, workingHours: { ...DEFAULT_WORKING_HOURS, mon: overlap } })).toThrow(
      RangeError,
    );
    expect(() => new WorkCalendar({ ...ok, workingHours: { ...DEFAULT_WORKING_HOURS, tue: [] } })).toThrow(RangeError);
    expect(
      () =>
        new WorkCalendar({ ...ok, workingHours: { ...DEFAULT_WORKING_HOURS, wed: [{ start: '8:30', end: '12:00' }] } }),
    ).toThrow(RangeError);
  });

  it('[R-LAW-1] keeps its own copy of the data and reports where the holiday data ends', () => {
    const holidays = new Set(['2025-10-01']);
    const own = createWorkCalendar({
      holidays,
      adjustedWorkingDays: [],
      coverage: { from: '2025-01-01', to: '2025-12-31' },
    });
    holidays.delete('2025-10-01');
    expect(own.isWorkingDay('2025-10-01')).toBe(false);
    expect(own.data.holidays.has('2025-10-01')).toBe(true);
    expect(own.covers('2025-12-31')).toBe(true);
    expect(own.covers(bj('2026-01-01 09:00'))).toBe(false);
    expect(cal.covers('2026-12-31')).toBe(true);
  });
});
