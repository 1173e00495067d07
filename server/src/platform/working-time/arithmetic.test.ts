import { describe, expect, it } from 'vitest';
import {
  addNaturalDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  nextWorkingInstant,
  remainingWorkingDays,
  remainingWorkingDaysFractional,
  workingMinutesBetween,
} from './arithmetic.js';
import { bj, officialCalendar, showBj } from './test-support.js';

// Every expected date below was counted by hand on the 2025/2026 calendars, using the notices as
// encoded in chinese-days (printed in seed.test.ts). Day numbers are given in the comments.
const cal = officialCalendar();

describe('addWorkingDays', () => {
  it('[R-LAW-1] 2025 Spring Festival (Jan 28–Feb 4 off): 5 working days from Fri Jan 24 end Fri Feb 7 17:30', () => {
    // 1 Jan 26 (Sun, adjusted), 2 Jan 27, holidays, 3 Feb 5, 4 Feb 6, 5 Feb 7
    const deadline = addWorkingDays(cal, bj('2025-01-24 10:00'), 5);
    expect(showBj(deadline)).toBe('2025-02-07 17:30');
    expect(deadline.toISOString()).toBe('2025-02-07T09:30:00.000Z');
  });

  it('[R-LAW-1] 2025 Spring Festival: the adjusted Saturday Feb 8 is working day 6, and 20 days end Thu Feb 27', () => {
    expect(showBj(addWorkingDays(cal, bj('2025-01-24 10:00'), 6))).toBe('2025-02-08 17:30');
    expect(showBj(addWorkingDays(cal, bj('2025-01-24 10:00'), 7))).toBe('2025-02-10 17:30');
    // 6 Feb 8 (Sat), 7 Feb 10 … 11 Feb 14, 12 Feb 17 … 16 Feb 21, 17 Feb 24 … 20 Feb 27
    expect(showBj(addWorkingDays(cal, bj('2025-01-24 10:00'), 20))).toBe('2025-02-27 17:30');
  });

  it('[R-LAW-1] 2025 National Day (Oct 1–8 off): 20 working days accepted Tue Sep 30 16:00 end Tue Nov 4 17:30', () => {
    // 1 Oct 9, 2 Oct 10, 3 Oct 11 (Sat, adjusted), 4 Oct 13 … 8 Oct 17, 9 Oct 20 … 13 Oct 24,
    // 14 Oct 27 … 18 Oct 31, 19 Nov 3, 20 Nov 4
    expect(showBj(addWorkingDays(cal, bj('2025-09-30 16:00'), 20))).toBe('2025-11-04 17:30');
  });

  it('[R-LAW-1] 2025 National Day: the adjusted Sunday Sep 28 counts; 20 days from Fri Sep 5 end Fri Oct 10', () => {
    // 1 Sep 8 … 15 Sep 26, 16 Sep 28 (Sun, adjusted), 17 Sep 29, 18 Sep 30, 19 Oct 9, 20 Oct 10
    expect(showBj(addWorkingDays(cal, bj('2025-09-05 10:00'), 20))).toBe('2025-10-10 17:30');
    expect(showBj(addWorkingDays(cal, bj('2025-09-26 09:00'), 1))).toBe('2025-09-28 17:30');
  });

  it('[R-LAW-1] 2026 Spring Festival (Feb 15–23 off, Feb 14 and Feb 28 Sat work): 5 days from Thu Feb 12 end Thu Feb 26, 7 end Sat Feb 28', () => {
    // 1 Feb 13, 2 Feb 14 (Sat, adjusted), holidays, 3 Feb 24, 4 Feb 25, 5 Feb 26, 6 Feb 27, 7 Feb 28
    expect(showBj(addWorkingDays(cal, bj('2026-02-12 15:00'), 5))).toBe('2026-02-26 17:30');
    expect(showBj(addWorkingDays(cal, bj('2026-02-12 15:00'), 7))).toBe('2026-02-28 17:30');
    expect(showBj(addWorkingDays(cal, bj('2026-02-12 15:00'), 8))).toBe('2026-03-02 17:30');
  });

  it('[R-LAW-1] 2026 National Day (Sep 25–27 and Oct 1–7 off, Sep 20 Sun and Oct 10 Sat work): 10 days from Fri Sep 18 end Fri Oct 9', () => {
    // 1 Sep 20 (Sun, adjusted), 2 Sep 21 … 5 Sep 24, Mid-Autumn, 6 Sep 28, 7 Sep 29, 8 Sep 30,
    // National Day, 9 Oct 8, 10 Oct 9, 11 Oct 10 (Sat, adjusted)
    expect(showBj(addWorkingDays(cal, bj('2026-09-18 11:00'), 10))).toBe('2026-10-09 17:30');
    expect(showBj(addWorkingDays(cal, bj('2026-09-18 11:00'), 11))).toBe('2026-10-10 17:30');
  });

  it('[R-LAW-1] the day of acceptance is never counted, even when accepted at 08:30 or after 17:30', () => {
    expect(showBj(addWorkingDays(cal, bj('2025-03-03 08:30'), 1))).toBe('2025-03-04 17:30');
    expect(showBj(addWorkingDays(cal, bj('2025-03-03 18:00'), 1))).toBe('2025-03-04 17:30');
    // Counting follows the Beijing date: Mon 23:59 is still the day of acceptance, Tue 00:00 is not.
    expect(showBj(addWorkingDays(cal, bj('2025-03-03 23:59'), 1))).toBe('2025-03-04 17:30');
    expect(showBj(addWorkingDays(cal, bj('2025-03-04 00:00'), 1))).toBe('2025-03-05 17:30');
  });

  it('[R-LAW-1] a start on a holiday (online application on Fri Oct 3 2025): 3 days end on the adjusted Sat Oct 11', () => {
    expect(showBj(addWorkingDays(cal, bj('2025-10-03 10:00'), 3))).toBe('2025-10-11 17:30');
  });

  it('[R-LAW-1] n = 0 is the close of business of the start day, or the next working day', () => {
    expect(showBj(addWorkingDays(cal, bj('2025-03-03 10:00'), 0))).toBe('2025-03-03 17:30');
    expect(showBj(addWorkingDays(cal, bj('2025-10-01 10:00'), 0))).toBe('2025-10-09 17:30');
    expect(() => addWorkingDays(cal, bj('2025-03-03 10:00'), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, bj('2025-03-03 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('addWorkingMinutes / addWorkingHours', () => {
  it('[R-SUP-6] the lunch break 12:00–13:30 does not count', () => {
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 11:00'), 120))).toBe('2025-03-04 14:30');
    expect(showBj(addWorkingHours(cal, bj('2025-03-04 11:00'), 2))).toBe('2025-03-04 14:30');
    // starting during lunch waits for 13:30
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 12:30'), 30))).toBe('2025-03-04 14:00');
  });

  it('[R-SUP-6] time used up exactly at a period end is that end, not the next period start', () => {
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 08:30'), 210))).toBe('2025-03-04 12:00');
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 08:30'), 450))).toBe('2025-03-04 17:30');
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 08:30'), 451))).toBe('2025-03-05 08:31');
  });

  it('[R-SUP-6] adding the working minutes between a start and a close lands on that close, whatever the start’s millisecond', () => {
    // Monday 08:44 to Friday 17:30 as float minutes: at some milliseconds the product comes back
    // 4e-9 ms over, which once spilled past Friday's close to Monday's opening, 63 hours later.
    const close = bj('2025-03-07 17:30');
    for (let ms = 0; ms < 3_000; ms += 1) {
      const start = new Date(bj('2025-03-03 08:44').getTime() + ms);
      const minutes = workingMinutesBetween(cal, start, close);
      expect(showBj(addWorkingMinutes(cal, start, minutes)), `start +${ms} ms`).toBe('2025-03-07 17:30');
    }
  });

  it('[R-SUP-6] a start after 17:30 begins at 08:30 on the next working day', () => {
    expect(showBj(addWorkingHours(cal, bj('2025-03-03 18:00'), 2))).toBe('2025-03-04 10:30');
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-03 17:30'), 1))).toBe('2025-03-04 08:31');
  });

  it('[R-SUP-6] 8 working hours from Fri 16:00 skip the weekend and the lunch break: Mon 16:30', () => {
    // Fri 16:00–17:30 = 90, Mon 08:30–12:00 = 210, Mon 13:30–16:30 = 180
    expect(showBj(addWorkingHours(cal, bj('2025-03-07 16:00'), 8))).toBe('2025-03-10 16:30');
  });

  it('[R-SUP-6] 2025 National Day: 4 working hours from Tue Sep 30 15:00 end Thu Oct 9 10:00', () => {
    expect(showBj(addWorkingHours(cal, bj('2025-09-30 15:00'), 4))).toBe('2025-10-09 10:00');
  });

  it('[R-SUP-6] a start on a holiday (Fri Oct 3 2025) begins Thu Oct 9 08:30', () => {
    expect(showBj(addWorkingMinutes(cal, bj('2025-10-03 10:00'), 60))).toBe('2025-10-09 09:30');
    expect(showBj(nextWorkingInstant(cal, bj('2025-10-03 10:00')))).toBe('2025-10-09 08:30');
    expect(showBj(nextWorkingInstant(cal, bj('2025-10-09 10:15')))).toBe('2025-10-09 10:15');
  });

  it('[R-SUP-6] the adjusted Saturday Oct 11 2025 has working hours: Fri Oct 10 17:00 + 60 min = Sat 09:00', () => {
    expect(showBj(addWorkingMinutes(cal, bj('2025-10-10 17:00'), 60))).toBe('2025-10-11 09:00');
  });

  it('[R-SUP-6] zero minutes is the start itself; fractions of a minute are kept', () => {
    expect(showBj(addWorkingMinutes(cal, bj('2025-10-03 10:00'), 0))).toBe('2025-10-03 10:00');
    expect(showBj(addWorkingMinutes(cal, bj('2025-03-04 09:00'), 0.5))).toBe('2025-03-04 09:00:30.000');
  });
});

describe('workingMinutesBetween / remainingWorkingDays', () => {
  it('[R-SUP-6] one ordinary working day is 450 minutes; the lunch break is not counted', () => {
    expect(workingMinutesBetween(cal, bj('2025-03-03 00:00'), bj('2025-03-04 00:00'))).toBe(450);
    expect(workingMinutesBetween(cal, bj('2025-03-03 11:00'), bj('2025-03-03 14:00'))).toBe(90);
  });

  it('[R-LAW-1] across 2025 National Day only Sep 30 and Oct 9 count; negative when reversed', () => {
    expect(workingMinutesBetween(cal, bj('2025-09-30 00:00'), bj('2025-10-10 00:00'))).toBe(900);
    expect(workingMinutesBetween(cal, bj('2025-10-10 00:00'), bj('2025-09-30 00:00'))).toBe(-900);
  });

  it('[R-LAW-1] across 2025 Spring Festival Jan 27–Feb 5: Jan 27 and Feb 5 only', () => {
    expect(workingMinutesBetween(cal, bj('2025-01-27 00:00'), bj('2025-02-06 00:00'))).toBe(900);
  });

  it('[R-LAW-1] remainingWorkingDays is the inverse of addWorkingDays', () => {
    const start = bj('2025-09-30 16:00');
    const deadline = addWorkingDays(cal, start, 20);
    expect(remainingWorkingDays(cal, start, deadline)).toBe(20);
    expect(remainingWorkingDays(cal, bj('2025-10-08 10:00'), deadline)).toBe(20); // still a holiday
    expect(remainingWorkingDays(cal, bj('2025-10-09 10:00'), deadline)).toBe(19);
    expect(remainingWorkingDays(cal, bj('2025-11-04 10:00'), deadline)).toBe(0); // due today
    expect(remainingWorkingDays(cal, bj('2025-11-04 18:00'), deadline)).toBe(0);
    expect(remainingWorkingDays(cal, bj('2025-11-06 09:00'), deadline)).toBe(-2);
  });

  it('[R-SUP-6] the fractional form counts working time in standard days', () => {
    // Sep 30 16:00–17:30 = 90 minutes + 20 full days = 9090 minutes = 20.2 days;
    // overdue by Nov 5 08:30–12:00 and 13:30–13:45 = 225 minutes = half a day
    expect(remainingWorkingDaysFractional(cal, bj('2025-09-30 16:00'), bj('2025-11-04 17:30'))).toBeCloseTo(20.2, 10);
    expect(remainingWorkingDaysFractional(cal, bj('2025-11-05 13:45'), bj('2025-11-04 17:30'))).toBe(-0.5);
  });
});

describe('addNaturalDays', () => {
  it('[R-LAW-1] natural days count every day and end at close of business: Mon Mar 3 2025 + 10 = Thu Mar 13 17:30', () => {
    expect(showBj(addNaturalDays(cal, bj('2025-03-03 10:00'), 10))).toBe('2025-03-13 17:30');
  });

  it('[R-LAW-1] a last day on a holiday moves to the next working day: Fri Sep 26 2025 + 5 = Oct 1 → Thu Oct 9', () => {
    expect(showBj(addNaturalDays(cal, bj('2025-09-26 10:00'), 5))).toBe('2025-10-09 17:30');
    // + 2 = Sep 28, a Sunday that is an adjusted working day: no move
    expect(showBj(addNaturalDays(cal, bj('2025-09-26 10:00'), 2))).toBe('2025-09-28 17:30');
  });
});
