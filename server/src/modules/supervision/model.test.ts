import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarData, workCalendarFromSeed } from '../../platform/working-time/index.js';
import { caseParties, caseStatuses } from '../cases/model.js';
import { isLate, isOverdue, isUrgeable, mayReply, replyDue, totalOf } from './model.js';

// 2026 (State Council notice): National Day 10-1..7 with the worked Saturday 10-10. 02:00Z is
// 10:00 in China; 09:30Z the 17:30 close; 10:00Z is 18:00, after the close.
const cal = workCalendarFromSeed(chineseDaysCalendarData(2025, 2026));
const at = (iso: string) => new Date(iso);

describe('督办 rules', () => {
  it('[R-SUP-1][R-LAW-1] the reply is due at the close of the n-th working day after the urge, across National Day', () => {
    // Wednesday 9-30: (10-1..7 off) 10-8, 10-9.
    expect(replyDue(cal, at('2026-09-30T02:00:00Z'), 2).toISOString()).toBe('2026-10-09T09:30:00.000Z');
    // Tuesday 9-29: 9-30, 10-8, 10-9, Saturday 10-10 (worked), 10-12.
    expect(replyDue(cal, at('2026-09-29T02:00:00Z'), 5).toISOString()).toBe('2026-10-12T09:30:00.000Z');
    // Urged during the holiday, or after the close of its last working day: the first working day after it.
    expect(replyDue(cal, at('2026-10-03T02:00:00Z'), 1).toISOString()).toBe('2026-10-08T09:30:00.000Z');
    expect(replyDue(cal, at('2026-09-30T10:00:00Z'), 1).toISOString()).toBe('2026-10-08T09:30:00.000Z');
    // Friday 10-9: the worked Saturday counts.
    expect(replyDue(cal, at('2026-10-09T02:00:00Z'), 1).toISOString()).toBe('2026-10-10T09:30:00.000Z');
  });

  it('[R-SUP-1] only a case still being handled is urged', () => {
    expect(caseStatuses.filter((s) => !isUrgeable(s)).sort()).toEqual([
      'concluded',
      'rejected',
      'revoked',
      'withdrawn',
    ]);
    expect(isUrgeable('submitted')).toBe(true);
    expect(isUrgeable('supplement')).toBe(true);
  });

  it('[R-SUP-1] the window’s clerk, approver or department head replies; nobody else', () => {
    expect(caseParties.filter((p) => mayReply([p]))).toEqual(['window_clerk', 'approver', 'department_head']);
    expect(mayReply([])).toBe(false);
  });

  it('[R-SUP-1] overdue is the window’s: unanswered past its due time; a late reply stays marked late', () => {
    const due = at('2026-10-09T09:30:00Z');
    expect(isOverdue({ replied_at: null, reply_due: due }, at('2026-10-09T09:30:00Z'))).toBe(false);
    expect(isOverdue({ replied_at: null, reply_due: due }, at('2026-10-09T09:30:01Z'))).toBe(true);
    expect(isOverdue({ replied_at: at('2026-10-12T01:00:00Z'), reply_due: due }, at('2026-11-01T00:00:00Z'))).toBe(
      false,
    );
    expect(isLate(due, at('2026-10-09T09:29:59Z'))).toBe(false);
    expect(isLate(due, at('2026-10-12T01:00:00Z'))).toBe(true);
  });

  it('[R-NEW-3][R-SUP-3] the totals line adds up every window', () => {
    const w = (n: number) => ({ openCases: n, yellowCards: n, redCards: 1, openUrges: 0, overdueUrges: n % 2 });
    expect(totalOf([w(3), w(4)])).toEqual({ openCases: 7, yellowCards: 7, redCards: 2, openUrges: 0, overdueUrges: 1 });
    expect(totalOf([])).toEqual({ openCases: 0, yellowCards: 0, redCards: 0, openUrges: 0, overdueUrges: 0 });
  });
});
