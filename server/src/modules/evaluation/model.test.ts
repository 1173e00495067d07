import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarData, workCalendarFromSeed } from '../../platform/working-time/index.js';
import { caseStatuses } from '../cases/model.js';
import { cleanRating, followUpAfter, followUpDue, isOverdue, isRateable, satisfaction } from './model.js';

// 2026 (State Council notice): National Day 10-1..7 with the worked Saturday 10-10; Spring Festival
// 2-15..23 with the worked Saturdays 2-14 and 2-28. 02:00Z is 10:00 in China; 09:30Z the 17:30 close.
const cal = workCalendarFromSeed(chineseDaysCalendarData(2025, 2026));

describe('好差评 rules', () => {
  it('[R-NEW-1][R-LAW-1] a poor rating’s follow-up is due ten working days later, across National Day and its worked Saturday', () => {
    // 9-29, 9-30, (10-1..7 off), 10-8, 10-9, Saturday 10-10, 10-12..16.
    expect(followUpDue(cal, new Date('2026-09-28T02:00:00Z')).toISOString()).toBe('2026-10-16T09:30:00.000Z');
  });

  it('[R-NEW-1][R-LAW-1] … and across the Spring Festival, counting both worked Saturdays', () => {
    // Saturday 2-14, (2-15..23 off), 2-24..27, Saturday 2-28, 3-2..5.
    expect(followUpDue(cal, new Date('2026-02-13T02:00:00Z')).toISOString()).toBe('2026-03-05T09:30:00.000Z');
  });

  it('[R-NEW-1] only an ended case is rated: 办结 and 不予受理, nothing still open or withdrawn', () => {
    expect(caseStatuses.filter(isRateable)).toEqual(['rejected', 'concluded']);
  });

  it('[R-NEW-1] a poor rating must say why; a good one keeps its comment and drops reasons', () => {
    expect(cleanRating({ level: 2 })).toBe('reason_required');
    expect(cleanRating({ level: 1, comment: '   ' })).toBe('reason_required');
    expect(cleanRating({ level: 1, reasons: ['attitude', 'attitude'] })).toEqual({
      level: 1,
      comment: '',
      reasons: ['attitude'],
    });
    expect(cleanRating({ level: 2, comment: ' 等了三次 ' })).toEqual({ level: 2, comment: '等了三次', reasons: [] });
    expect(cleanRating({ level: 5, comment: '很快', reasons: ['fees'] })).toEqual({
      level: 5,
      comment: '很快',
      reasons: [],
    });
    expect(cleanRating({ level: 3 })).toEqual({ level: 3, comment: '', reasons: [] });
  });

  it('[R-NEW-1] the follow-up goes open → answered → closed, or back to open; nothing else moves it', () => {
    expect(followUpAfter('open', 'answer')).toBe('answered');
    expect(followUpAfter('answered', 'close')).toBe('closed');
    expect(followUpAfter('answered', 'send_back')).toBe('open');
    for (const [from, move] of [
      [null, 'answer'],
      ['answered', 'answer'],
      ['closed', 'answer'],
      ['open', 'close'],
      ['open', 'send_back'],
      ['closed', 'close'],
      ['closed', 'send_back'],
      [null, 'close'],
    ] as const)
      expect(followUpAfter(from, move), `${from} ${move}`).toBeNull();
  });

  it('[R-NEW-1] overdue is the window’s: open past its due time, not once answered', () => {
    const due = new Date('2026-10-16T09:30:00Z');
    expect(isOverdue('open', due, new Date('2026-10-16T09:29:59Z'))).toBe(false);
    expect(isOverdue('open', due, new Date('2026-10-16T09:30:01Z'))).toBe(true);
    expect(isOverdue('answered', due, new Date('2026-11-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(null, null, new Date())).toBe(false);
  });

  it('[R-SUP-4] satisfaction counts 基本满意 and better', () => {
    expect(satisfaction([0, 0, 0, 0, 0])).toBeNull();
    expect(satisfaction([1, 1, 1, 1, 4])).toBe(0.75);
  });
});
