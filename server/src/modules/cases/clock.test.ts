import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarData, workCalendarFromSeed } from '../../platform/working-time/index.js';
import { caseClock, type ClockInput } from './clock.js';

// 2026 (State Council notice): Mid-Autumn 9-25..27, National Day 10-1..7, worked Sunday 9-20 and
// Saturday 10-10; Spring Festival 2-15..23, worked Saturdays 2-14 and 2-28. Times below are UTC;
// China is UTC+8, so 02:00Z is 10:00 and 09:30Z is the 17:30 close.
const rules = {
  calendar: workCalendarFromSeed(chineseDaysCalendarData(2025, 2026)),
  preReviewLimit: { value: 1, unit: 'working_days' as const },
  yellowRatio: 0.2,
};
const at = (iso: string) => new Date(iso);
const base: ClockInput = {
  status: 'in_review',
  channel: 'online',
  receivedAt: at('2026-09-28T02:00:00Z'),
  acceptedAt: at('2026-09-28T02:00:00Z'), // Monday 10:00
  legalLimit: { value: 20, unit: 'working_days' },
  promisedLimit: { value: 5, unit: 'working_days' },
  pauses: [],
  extension: null,
  supplementDue: null,
  toleranceDue: null,
  toleranceOpen: false,
  decidedAt: null,
  granted: false,
  intakeCentre: false,
};
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('a case’s clock across the 2026 holidays', () => {
  it('[R-LAW-1] promised and legal limits side by side over National Day and its adjusted Saturday', () => {
    const c = caseClock(rules, base, at('2026-09-29T02:00:00Z'));
    // 9-29, 9-30, 10-8, 10-9 and the worked Saturday 10-10.
    expect(iso(c.promisedDeadline)).toBe('2026-10-10T09:30:00.000Z');
    expect(iso(c.legalDeadline)).toBe('2026-10-30T09:30:00.000Z');
    expect(c.remainingWorkingDays).toBe(4);
    expect(c.warning).toBe('none');
  });

  it('[R-LAW-4] a special procedure spanning the holiday moves both deadlines by the working days inside it only', () => {
    const c = caseClock(
      rules,
      { ...base, pauses: [{ from: at('2026-09-29T02:00:00Z'), to: at('2026-10-12T02:00:00Z') }] },
      at('2026-10-12T03:00:00Z'),
    );
    expect(iso(c.promisedDeadline)).toBe('2026-10-16T09:30:00.000Z');
    expect(iso(c.legalDeadline)).toBe('2026-11-06T09:30:00.000Z');
    const open = caseClock(
      rules,
      { ...base, pauses: [{ from: at('2026-09-29T02:00:00Z'), to: null }] },
      at('2026-10-12T03:00:00Z'),
    );
    expect(open).toMatchObject({ paused: true, legalDeadline: null, warning: 'none' });
  });

  it('[R-LAW-3] an approved 10-day extension moves the deadlines; a pending one does not', () => {
    const approved = caseClock(rules, { ...base, extension: { days: 10, approved: true } }, at('2026-10-09T02:00:00Z'));
    expect(iso(approved.legalDeadline)).toBe('2026-11-13T09:30:00.000Z');
    expect(iso(approved.promisedDeadline)).toBe('2026-10-23T09:30:00.000Z');
    const pending = caseClock(rules, { ...base, extension: { days: 10, approved: false } }, at('2026-10-09T02:00:00Z'));
    expect(iso(pending.legalDeadline)).toBe('2026-10-30T09:30:00.000Z');
  });

  it('[R-NEW-3] yellow near the promised deadline, red after it', () => {
    expect(caseClock(rules, base, at('2026-10-10T02:00:00Z')).warning).toBe('yellow');
    expect(caseClock(rules, base, at('2026-10-10T09:30:00Z')).warning).toBe('yellow');
    expect(caseClock(rules, base, at('2026-10-10T09:31:00Z')).warning).toBe('red');
  });

  it('[R-LAW-2] pre-review within one working day; deemed acceptance after five, across National Day', () => {
    const submitted = {
      ...base,
      status: 'submitted' as const,
      acceptedAt: null,
      receivedAt: at('2026-09-30T08:00:00Z'),
    };
    const d1 = caseClock(rules, submitted, at('2026-10-08T02:00:00Z'));
    expect(iso(d1.preReviewDue)).toBe('2026-10-08T09:30:00.000Z');
    expect(d1).toMatchObject({ preReviewOverdue: false, deemedAcceptanceDue: false, warning: 'yellow' });
    // Five working days after 9-30: 10-8, 10-9, 10-10, 10-12, 10-13.
    const d2 = caseClock(rules, submitted, at('2026-10-13T09:00:00Z'));
    expect(d2).toMatchObject({ preReviewOverdue: true, deemedAcceptanceDue: false, warning: 'red' });
    expect(caseClock(rules, submitted, at('2026-10-13T09:31:00Z')).deemedAcceptanceDue).toBe(true);
  });

  it('[R-LAW-6] the certificate within 10 working days of the grant, across the Spring Festival and both worked Saturdays', () => {
    const c = caseClock(
      rules,
      { ...base, status: 'granted', decidedAt: at('2026-02-12T02:00:00Z'), granted: true },
      at('2026-02-13T02:00:00Z'),
    );
    // 2-13, 2-14 (Sat, worked), 2-24 … 2-27, 2-28 (Sat, worked), 3-2, 3-3, 3-4.
    expect(iso(c.certificateDue)).toBe('2026-03-04T09:30:00.000Z');
    expect(iso(c.dueAt)).toBe('2026-03-04T09:30:00.000Z');
  });

  it('[R-ORG-5] a township has 20 working days before passing up (Art. 43)', () => {
    const c = caseClock(rules, { ...base, status: 'township_review', acceptedAt: null }, at('2026-10-28T10:00:00Z'));
    expect(iso(c.townshipDeadline)).toBe('2026-10-30T09:30:00.000Z');
    expect(c.warning).toBe('yellow');
  });

  it('[R-LAW-1] limits in working hours skip the lunch break and the holiday', () => {
    const hours = {
      ...base,
      promisedLimit: { value: 2, unit: 'working_hours' as const },
      acceptedAt: at('2026-09-30T03:00:00Z'),
    };
    // 11:00 + 1 h to noon, lunch, 13:30 + 1 h.
    expect(iso(caseClock(rules, hours, at('2026-09-30T05:00:00Z')).promisedDeadline)).toBe('2026-09-30T06:30:00.000Z');
    // 16:30 + 1 h to the close, the National Day week, 10-8 08:30 + 1 h.
    const late = { ...hours, acceptedAt: at('2026-09-30T08:30:00Z') };
    expect(iso(caseClock(rules, late, at('2026-09-30T09:00:00Z')).promisedDeadline)).toBe('2026-10-08T01:30:00.000Z');
  });
});
