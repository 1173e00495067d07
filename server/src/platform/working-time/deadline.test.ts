import { describe, expect, it } from 'vitest';
import { addWorkingDays, deadlineFor, warningState, type TimeLimit } from './arithmetic.js';
import { bj, officialCalendar, showBj } from './test-support.js';

// Tests of deadlineFor and warningState (arithmetic.ts). Expected dates counted by hand on the
// 2025/2026 notices as encoded in chinese-days; day numbers in the comments.
const cal = officialCalendar();
const days = (value: number): TimeLimit => ({ value, unit: 'working_days' });
const deadline = (...args: Parameters<typeof deadlineFor> extends [unknown, ...infer R] ? R : never) =>
  showBj(deadlineFor(cal, ...args));

describe('deadlineFor: limits and extensions', () => {
  it('[R-LAW-3] 20 working days accepted Tue Sep 30 2025 16:00, just before National Day: Tue Nov 4 17:30', () => {
    expect(deadline(bj('2025-09-30 16:00'), days(20), [], [])).toBe('2025-11-04 17:30');
  });

  it('[R-LAW-3] 20 working days accepted Wed Sep 30 2026 15:00, before the 2026 National Day (Oct 1–7): Tue Nov 3 17:30', () => {
    // 1 Oct 8, 2 Oct 9, 3 Oct 10 (Sat, adjusted), 4 Oct 12 … 8 Oct 16, 9 Oct 19 … 13 Oct 23,
    // 14 Oct 26 … 18 Oct 30, 19 Nov 2, 20 Nov 3
    expect(deadline(bj('2026-09-30 15:00'), days(20), [], [])).toBe('2026-11-03 17:30');
  });

  it('[R-LAW-3] an extension of 10 working days runs on from the original deadline: Oct 10 2025 → Thu Oct 23 17:30', () => {
    const start = bj('2025-09-05 10:00');
    expect(deadline(start, days(20), [], [])).toBe('2025-10-10 17:30');
    // ext 1 Oct 11 (Sat, adjusted), 2 Oct 13 … 6 Oct 17, 7 Oct 20 … 10 Oct 23
    expect(deadline(start, days(20), [], [days(10)])).toBe('2025-10-23 17:30');
    expect(deadlineFor(cal, start, days(20), [], [days(10)])).toEqual(addWorkingDays(cal, start, 30));
  });

  it('[R-LAW-3] joint handling: 45 working days + 15 across the 2026 Spring Festival', () => {
    // from Mon Jan 5 2026: Jan 6–9 (4), Jan 12–30 (15, total 19), Feb 2–13 (10, total 29), Feb 14 Sat (30),
    // Feb 24–27 (34), Feb 28 Sat (35), Mar 2–13 (45) → Fri Mar 13; +15: Mar 16–Apr 3 (15) → Fri Apr 3
    expect(deadline(bj('2026-01-05 09:00'), days(45), [], [])).toBe('2026-03-13 17:30');
    expect(deadline(bj('2026-01-05 09:00'), days(45), [], [days(15)])).toBe('2026-04-03 17:30');
  });

  it('[R-SUP-6] working-hour and working-minute limits run from the moment of start, lunch excluded', () => {
    expect(deadline(bj('2025-03-04 09:00'), { value: 4, unit: 'working_hours' }, [], [])).toBe('2025-03-04 14:30');
    expect(deadline(bj('2025-09-30 17:00'), { value: 90, unit: 'working_minutes' }, [], [])).toBe('2025-10-09 09:30');
    // an hour extension on an hour limit; a day extension on an hour limit adds a standard day (450 min)
    const hours = { value: 4, unit: 'working_hours' } as const;
    expect(deadline(bj('2025-03-04 09:00'), hours, [], [{ value: 1, unit: 'working_hours' }])).toBe('2025-03-04 15:30');
    expect(deadline(bj('2025-03-04 09:00'), hours, [], [days(1)])).toBe('2025-03-05 14:30');
  });

  it('[R-LAW-1] natural_days: every day counts, the end is close of business, a holiday last day moves on', () => {
    const natural = (value: number): TimeLimit => ({ value, unit: 'natural_days' });
    expect(deadline(bj('2025-03-03 10:00'), natural(10), [], [])).toBe('2025-03-13 17:30');
    expect(deadline(bj('2025-03-03 10:00'), natural(10), [], [natural(5)])).toBe('2025-03-18 17:30');
    // Sep 26 + 5 = Oct 1 2025 (holiday) → Thu Oct 9
    expect(deadline(bj('2025-09-26 10:00'), natural(5), [], [])).toBe('2025-10-09 17:30');
  });

  it('[R-LAW-3] refuses extensions in the other family of units and malformed limits', () => {
    const start = bj('2025-03-03 10:00');
    expect(() => deadlineFor(cal, start, days(20), [], [{ value: 10, unit: 'natural_days' }])).toThrow(RangeError);
    expect(() => deadlineFor(cal, start, { value: 10, unit: 'natural_days' }, [], [days(1)])).toThrow(RangeError);
    expect(() => deadlineFor(cal, start, days(2.5), [], [])).toThrow(RangeError);
    expect(() => deadlineFor(cal, start, { value: Number.NaN, unit: 'working_minutes' }, [], [])).toThrow(RangeError);
  });
});

describe('deadlineFor: pauses stop the clock', () => {
  const start = bj('2025-09-05 10:00'); // 20 working days → Fri Oct 10 2025 17:30

  it('[R-LAW-4] an expert review Sep 30 08:30 → Oct 10 08:30 2025 spans National Day: 10 natural days, but only Sep 30 and Oct 9 count, so the deadline moves 2 working days to Mon Oct 13', () => {
    const pause = { from: bj('2025-09-30 08:30'), to: bj('2025-10-10 08:30') };
    // Oct 10 17:30 + 900 working minutes: Oct 11 (Sat, adjusted), Oct 13
    expect(deadline(start, days(20), [pause], [])).toBe('2025-10-13 17:30');
  });

  it('[R-LAW-4] a testing period Feb 13 → Feb 25 2026 spans the Spring Festival: Feb 13, Feb 14 (Sat) and Feb 24 count, 3 working days', () => {
    // 20 days from Fri Jan 30 2026: Feb 2–13 (10), Feb 14 (11), Feb 24–27 (15), Feb 28 (16), Mar 2–5 (20)
    const from = bj('2026-01-30 10:00');
    expect(deadline(from, days(20), [], [])).toBe('2026-03-05 17:30');
    const pause = { from: bj('2026-02-13 08:30'), to: bj('2026-02-25 08:30') };
    expect(deadline(from, days(20), [pause], [])).toBe('2026-03-10 17:30'); // Mar 6, 9, 10
  });

  it('[R-LAW-4] the pause shifts by the exact working time, lunch excluded: Mon 14:00 → Tue 10:00 is 300 minutes', () => {
    const pause = { from: bj('2025-09-08 14:00'), to: bj('2025-09-09 10:00') };
    // Oct 10 17:30 + 300: Sat Oct 11 08:30–12:00 (210) + 13:30–15:00 (90)
    expect(deadline(start, days(20), [pause], [])).toBe('2025-10-11 15:00');
  });

  it('[R-LAW-4] with an extension of 10 working days too: Oct 23 + 2 working days = Mon Oct 27 2025', () => {
    const pause = { from: bj('2025-09-30 08:30'), to: bj('2025-10-10 08:30') };
    expect(deadline(start, days(20), [pause], [days(10)])).toBe('2025-10-27 17:30');
  });

  it('[R-LAW-4] time before the clock starts costs nothing: the acceptance day and a supplement before acceptance', () => {
    expect(deadline(start, days(20), [{ from: bj('2025-09-05 11:00'), to: bj('2025-09-05 16:00') }], [])).toBe(
      '2025-10-10 17:30',
    );
    // supplement Sep 1 → Mon Sep 8 12:00: only Sep 8 08:30–12:00 (210) lies after the acceptance day
    const supplement = { from: bj('2025-09-01 09:00'), to: bj('2025-09-08 12:00') };
    expect(deadline(start, days(20), [supplement], [])).toBe('2025-10-11 12:00');
  });

  it('[R-LAW-4] overlapping pauses count once; a later pause before the moved deadline counts as well', () => {
    const a = { from: bj('2025-09-30 08:30'), to: bj('2025-10-09 12:00') };
    const b = { from: bj('2025-10-09 08:30'), to: bj('2025-10-10 08:30') };
    expect(deadline(start, days(20), [b, a], [])).toBe('2025-10-13 17:30');
    // after the first pause the deadline is Oct 13; a hearing on the adjusted Saturday Oct 11 adds a day
    const hearing = { from: bj('2025-10-11 08:30'), to: bj('2025-10-11 17:30') };
    expect(deadline(start, days(20), [hearing, a, b], [])).toBe('2025-10-14 17:30');
  });

  it('[R-LAW-4] an open pause means no deadline while the clock is stopped; one opened after the deadline changes nothing', () => {
    expect(deadlineFor(cal, start, days(20), [{ from: bj('2025-09-30 08:30'), to: null }], [])).toBeNull();
    expect(deadline(start, days(20), [{ from: bj('2025-10-13 09:00'), to: null }], [])).toBe('2025-10-10 17:30');
    expect(() =>
      deadlineFor(cal, start, days(20), [{ from: bj('2025-09-10 09:00'), to: bj('2025-09-09 09:00') }], []),
    ).toThrow(RangeError);
  });

  it('[R-LAW-4] working-hour limits pause by the minute; natural-day limits by elapsed time', () => {
    const hours = { value: 4, unit: 'working_hours' } as const;
    const pause = { from: bj('2025-03-04 10:00'), to: bj('2025-03-04 11:00') };
    expect(deadline(bj('2025-03-04 09:00'), hours, [pause], [])).toBe('2025-03-04 15:30');
    // 10 natural days from Mar 3 run to Mar 14 00:00; a 48-hour pause moves that to Mar 16 00:00,
    // so the last day is Sat Mar 15, a rest day → Mon Mar 17
    const natural = { value: 10, unit: 'natural_days' } as const;
    const inspection = { from: bj('2025-03-05 10:00'), to: bj('2025-03-07 10:00') };
    expect(deadline(bj('2025-03-03 10:00'), natural, [inspection], [])).toBe('2025-03-17 17:30');
    expect(deadlineFor(cal, bj('2025-03-03 10:00'), natural, [{ from: inspection.from, to: null }], [])).toBeNull();
  });
});

describe('warningState', () => {
  const start = bj('2025-09-30 16:00');
  const limit = days(20);
  const due = addWorkingDays(cal, start, 20); // Tue Nov 4 2025 17:30; 20 % = 4 working days = 1800 min

  it('[R-NEW-3] 20 working days: none until 4 working days remain (Wed Oct 29 17:30), yellow up to the deadline, red after', () => {
    expect(warningState(cal, start, due, limit)).toBe('none');
    expect(warningState(cal, bj('2025-10-29 17:00'), due, limit)).toBe('none'); // 30 + 4 × 450 = 1830 min
    expect(warningState(cal, bj('2025-10-29 17:30'), due, limit)).toBe('yellow'); // 1800 min
    expect(warningState(cal, bj('2025-11-03 09:00'), due, limit)).toBe('yellow');
    expect(warningState(cal, due, due, limit)).toBe('yellow'); // the deadline instant is still on time
    expect(warningState(cal, bj('2025-11-04 17:31'), due, limit)).toBe('red');
    expect(warningState(cal, bj('2025-12-01 09:00'), due, limit)).toBe('red');
  });

  it('[R-NEW-3] holidays do not bring the yellow card forward: 5 days from Sep 26 2025 end Oct 10; yellow only on Oct 9 17:30', () => {
    const d = addWorkingDays(cal, bj('2025-09-26 10:00'), 5); // Sep 28, 29, 30, Oct 9, Oct 10
    expect(showBj(d)).toBe('2025-10-10 17:30');
    expect(warningState(cal, bj('2025-10-05 12:00'), d, days(5))).toBe('none');
    expect(warningState(cal, bj('2025-10-09 17:29'), d, days(5))).toBe('none');
    expect(warningState(cal, bj('2025-10-09 17:30'), d, days(5))).toBe('yellow');
  });

  it('[R-NEW-3] at least one working day for day limits, and the threshold is configurable', () => {
    const d = addWorkingDays(cal, bj('2025-03-03 10:00'), 3); // Thu Mar 6 17:30; 20 % would be 270 min
    expect(warningState(cal, bj('2025-03-05 17:29'), d, days(3))).toBe('none');
    expect(warningState(cal, bj('2025-03-05 17:30'), d, days(3))).toBe('yellow');
    const noFloor = { minimum: days(0) };
    expect(warningState(cal, bj('2025-03-05 17:30'), d, days(3), noFloor)).toBe('none');
    expect(warningState(cal, bj('2025-03-06 11:29'), d, days(3), noFloor)).toBe('none'); // 271 min
    expect(warningState(cal, bj('2025-03-06 11:30'), d, days(3), noFloor)).toBe('yellow'); // 270 min
    // half the limit: 10 of 20 working days
    expect(warningState(cal, bj('2025-10-21 17:29'), due, limit, { ratio: 0.5 })).toBe('none');
    expect(warningState(cal, bj('2025-10-21 17:30'), due, limit, { ratio: 0.5 })).toBe('yellow');
  });

  it('[R-NEW-3] minute limits warn on working minutes, so the lunch break does not count down', () => {
    const minutes = { value: 120, unit: 'working_minutes' } as const; // Tue 11:00 → 14:30, yellow at 24 min
    const d = deadlineFor(cal, bj('2025-03-04 11:00'), minutes, [], []);
    expect(showBj(d)).toBe('2025-03-04 14:30');
    expect(warningState(cal, bj('2025-03-04 12:30'), d, minutes)).toBe('none'); // 60 min left
    expect(warningState(cal, bj('2025-03-04 14:05'), d, minutes)).toBe('none');
    expect(warningState(cal, bj('2025-03-04 14:06'), d, minutes)).toBe('yellow');
    expect(warningState(cal, bj('2025-03-04 14:31'), d, minutes)).toBe('red');
  });

  it('[R-NEW-3] natural-day limits warn on elapsed time; a stopped clock shows no card', () => {
    const natural = { value: 10, unit: 'natural_days' } as const; // Mar 13 17:30, yellow at 2 days
    const d = deadlineFor(cal, bj('2025-03-03 10:00'), natural, [], []);
    expect(warningState(cal, bj('2025-03-11 17:29'), d, natural)).toBe('none');
    expect(warningState(cal, bj('2025-03-11 17:30'), d, natural)).toBe('yellow');
    expect(warningState(cal, bj('2025-10-01 09:00'), null, limit)).toBe('none');
    expect(() => warningState(cal, start, due, limit, { ratio: 2 })).toThrow(RangeError);
    expect(() => warningState(cal, start, due, limit, { minimum: natural })).toThrow(RangeError);
  });
});
