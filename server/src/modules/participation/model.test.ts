import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarData, workCalendarFromSeed } from '../../platform/working-time/index.js';
import {
  ANSWER_WORKING_DAYS,
  answerDue,
  isOverdue,
  maskPhone,
  messageKinds,
  messageNumber,
  needsPhone,
  normalizePhone,
  routeFor,
  scrubText,
  statusAfter,
} from './model.js';

// 2026 (State Council notice): National Day 10-1..7 with the worked Saturday 10-10. 02:00Z is
// 10:00 in China; 09:30Z the 17:30 close.
const cal = workCalendarFromSeed(chineseDaysCalendarData(2025, 2026));

describe('公众参与 rules', () => {
  it('[R-WEB-4][R-OPS-5] each kind goes to who can answer it', () => {
    expect(routeFor('consult', true)).toBe('window');
    expect(routeFor('consult', false)).toBe('centre');
    expect(routeFor('complaint', true)).toBe('supervisor');
    expect(routeFor('mailbox', false)).toBe('supervisor');
    expect(routeFor('suggestion', false)).toBe('centre');
    expect(routeFor('feedback', false)).toBe('admin');
    expect(messageKinds.filter(needsPhone)).toEqual(['complaint', 'mailbox']);
  });

  it('[R-WEB-4][R-LAW-1] answers are due in working days on the centre calendar, across National Day and its worked Saturday', () => {
    expect(ANSWER_WORKING_DAYS).toEqual({ consult: 3, complaint: 10, mailbox: 10, suggestion: 10, feedback: 5 });
    const tue = new Date('2026-09-29T02:00:00Z');
    // 9-30, (10-1..7 off), 10-8, 10-9.
    expect(answerDue(cal, 'consult', tue).toISOString()).toBe('2026-10-09T09:30:00.000Z');
    // … 10-9, Saturday 10-10, 10-12 … 10-16, 10-19.
    expect(answerDue(cal, 'complaint', tue).toISOString()).toBe('2026-10-19T09:30:00.000Z');
    expect(answerDue(cal, 'mailbox', tue).toISOString()).toBe('2026-10-19T09:30:00.000Z');
    expect(answerDue(cal, 'suggestion', tue).toISOString()).toBe('2026-10-19T09:30:00.000Z');
    // 10-8, 10-9, Saturday 10-10, 10-12, 10-13.
    expect(answerDue(cal, 'feedback', new Date('2026-09-30T02:00:00Z')).toISOString()).toBe('2026-10-13T09:30:00.000Z');
  });

  it('[R-WEB-4] open → answered → published, or closed; published and closed are final', () => {
    expect(statusAfter('open', 'answer')).toBe('answered');
    expect(statusAfter('answered', 'answer')).toBe('answered');
    expect(statusAfter('open', 'publish')).toBeNull();
    expect(statusAfter('answered', 'publish')).toBe('published');
    expect(statusAfter('open', 'reassign')).toBe('open');
    expect(statusAfter('answered', 'reassign')).toBeNull();
    expect(statusAfter('open', 'close')).toBe('closed');
    expect(statusAfter('answered', 'close')).toBe('closed');
    for (const done of ['published', 'closed'] as const)
      for (const move of ['answer', 'reassign', 'publish', 'close'] as const)
        expect(statusAfter(done, move)).toBeNull();
    const due = new Date('2026-10-09T09:30:00Z');
    expect(isOverdue('open', due, new Date('2026-10-09T09:31:00Z'))).toBe(true);
    expect(isOverdue('open', due, new Date('2026-10-09T09:29:00Z'))).toBe(false);
    expect(isOverdue('answered', due, new Date('2026-10-20T00:00:00Z'))).toBe(false);
  });

  it('[R-WEB-4][R-NEW-6] phones are normalised and masked; published text has numbers masked', () => {
    expect(normalizePhone('+86 138-5700-1234')).toBe('13857001234');
    expect(normalizePhone('１３８５７００１２３４')).toBe('13857001234');
    expect(normalizePhone('0580-2281234')).toBe('0580-2281234');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('abc13857001234')).toBeNull();
    expect(maskPhone('13857001234')).toBe('138****1234');
    expect(maskPhone('0580-2281234')).toBe('0580-*****34');
    expect(scrubText('请回电13857001234，身份证330902199001011238，座机0580-2281234')).toBe(
      '请回电138****1234，身份证330902********1238，座机0580-*****34',
    );
    expect(messageNumber('330900', '20261128', 7)).toBe('LY330900202611280007');
  });
});
