import { describe, expect, it } from 'vitest';
import {
  chineseDaysCalendarData,
  warningState,
  workCalendarFromSeed,
  type TimeLimit,
} from '../../platform/working-time/index.js';
import { caseClock, yellowFrom, type ClockInput } from './clock.js';
import { stepOverdueOf } from './views.js';

// The queue's cards against the 2026 holidays (State Council notice): Mid-Autumn 9-25..27,
// National Day 10-1..7, worked Saturday 10-10; Spring Festival 2-15..23, worked Saturdays 2-14 and
// 2-28. Times are UTC; China is UTC+8, so 02:00Z is 10:00 and 09:30Z the 17:30 close.
const rules = {
  calendar: workCalendarFromSeed(chineseDaysCalendarData(2025, 2026)),
  preReviewLimit: { value: 1, unit: 'working_days' as const },
  yellowRatio: 0.2,
};
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const base: ClockInput = {
  status: 'in_review',
  channel: 'online',
  receivedAt: at('2026-09-21T02:00:00Z'),
  acceptedAt: at('2026-09-21T02:00:00Z'), // Monday 10:00
  legalLimit: { value: 20, unit: 'working_days' },
  promisedLimit: { value: 20, unit: 'working_days' },
  pauses: [],
  extension: null,
  supplementDue: null,
  toleranceDue: null,
  toleranceOpen: false,
  decidedAt: null,
  granted: false,
  intakeCentre: false,
};
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('the instant a case turns yellow (the queue’s 临近超时 filter)', () => {
  it('[R-NEW-3] a 20-working-day limit turns yellow at the close four working days before its deadline, over the holidays', () => {
    const c = caseClock(rules, base, at('2026-09-22T02:00:00Z'));
    // 9-22..24, 9-28..30, 10-8, 10-9, Saturday 10-10, 10-12..16, 10-19..23, 10-26.
    expect(iso(c.dueAt)).toBe('2026-10-26T09:30:00.000Z');
    // 20 % of 20 days: 10-21, 10-22, 10-23 and 10-26 are left after the close of Tuesday 10-20.
    expect(iso(c.warnAt)).toBe('2026-10-20T09:30:00.000Z');
    const card = (now: Date) => caseClock(rules, base, now).warning;
    expect(card(at('2026-10-20T09:30:00.000Z'))).toBe('yellow');
    expect(card(at('2026-10-20T09:29:59.999Z'))).toBe('none');
    expect(card(at('2026-10-20T12:00:00Z'))).toBe('yellow'); // the evening before counts
  });

  it('[R-LAW-4] a special procedure moves the yellow instant by the working time it stopped; an open one removes it', () => {
    // Expert review Monday 10-12 10:00 to Wednesday 10-14 10:00: 360 + 450 + 90 minutes, two days.
    const pauses = [{ from: at('2026-10-12T02:00:00Z'), to: at('2026-10-14T02:00:00Z') }];
    const c = caseClock(rules, { ...base, pauses }, at('2026-10-15T02:00:00Z'));
    expect(iso(c.dueAt)).toBe('2026-10-28T09:30:00.000Z');
    expect(iso(c.warnAt)).toBe('2026-10-22T09:30:00.000Z');
    const open = caseClock(
      rules,
      { ...base, status: 'special_procedure', pauses: [{ from: pauses[0]!.from, to: null }] },
      at('2026-10-23T02:00:00Z'),
    );
    expect(open).toMatchObject({ dueAt: null, warnAt: null, warning: 'none' });
  });

  it('[R-NEW-3] no card while the applicant supplements; already yellow means yellow from now', () => {
    const supplementing = caseClock(
      rules,
      { ...base, status: 'supplement', supplementDue: at('2026-10-30T09:30:00Z') },
      at('2026-10-29T02:00:00Z'),
    );
    expect(supplementing.warnAt).toBeNull();
    const late = at('2026-10-23T02:00:00Z');
    expect(iso(caseClock(rules, base, late).warnAt)).toBe(iso(late));
  });

  it('[R-NEW-3] the yellow instant does not depend on the millisecond of now: accepted Monday 08:44, yellow from Friday’s close', () => {
    // 5 working days from Monday 2026-11-30 end Monday 12-07 17:30; one day's threshold makes the
    // close of Friday 12-04 the yellow instant, whatever millisecond the move ran at (CI once
    // stored Friday 17:30 and then derived Monday 08:30 a few milliseconds later).
    const deadline = at('2026-12-07T09:30:00Z');
    const limit: TimeLimit = { value: 5, unit: 'working_days' };
    for (let delta = 0; delta < 3_000; delta += 1) {
      const now = ms(at('2026-11-30T00:44:00Z'), delta);
      expect(iso(yellowFrom(rules, now, deadline, limit)), now.toISOString()).toBe('2026-12-04T09:30:00.000Z');
    }
  });

  it('[R-NEW-3] the yellow instant is the card’s inverse for hour, day and natural-day limits across Spring Festival', () => {
    const limits: TimeLimit[] = [
      { value: 5, unit: 'working_days' },
      { value: 12, unit: 'working_hours' },
      { value: 30, unit: 'natural_days' },
    ];
    const deadline = at('2026-02-26T09:30:00Z'); // Thursday after the holiday week
    for (const limit of limits) {
      for (let h = 0; h < 24 * 20; h += 7) {
        const now = ms(at('2026-02-05T00:00:00Z'), h * 3_600_000);
        const w = yellowFrom(rules, now, deadline, limit);
        const card = (x: Date) => warningState(rules.calendar, x, deadline, limit, { ratio: rules.yellowRatio });
        expect(card(w), `${limit.unit} from ${now.toISOString()}`).not.toBe('none');
        if (w > now) expect(card(ms(w, -1)), `${limit.unit} from ${now.toISOString()}`).toBe('none');
      }
    }
  });
});

describe('a step’s card in the queue stops with the case’s clock', () => {
  // 审查, 3 working days from Monday 9-28 10:00: 9-29, 9-30 and 10-8, due 10-8 17:30.
  const review = [
    { name: '审查', started_at: at('2026-09-28T02:00:00Z'), time_limit: { value: 3, unit: 'working_days' as const } },
  ];
  const friday = at('2026-10-09T02:00:00Z');

  it('[R-LAW-4] 环节超时 is not shown while a special procedure has stopped the clock', () => {
    expect(stepOverdueOf(rules, review, [], friday)).toBe(true);
    expect(stepOverdueOf(rules, review, [{ from: at('2026-09-30T02:00:00Z'), to: null }], friday)).toBe(false);
  });

  it('[R-LAW-4] a finished pause moves the step’s deadline by its working time only (not the holiday week)', () => {
    // Stopped 9-30 10:00 to 10-9 09:00: 360 + 450 + 30 minutes; the step is now due Saturday 10-10 16:30.
    const pauses = [{ from: at('2026-09-30T02:00:00Z'), to: at('2026-10-09T01:00:00Z') }];
    expect(stepOverdueOf(rules, review, pauses, friday)).toBe(false);
    expect(stepOverdueOf(rules, review, pauses, at('2026-10-10T08:30:00Z'))).toBe(false);
    expect(stepOverdueOf(rules, review, pauses, at('2026-10-10T08:30:00.001Z'))).toBe(true);
  });
});
