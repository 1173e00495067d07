import { describe, expect, it } from 'vitest';
import { afterFailure, authorParty, backoffMs, cleanText, maskEmail, roundPause, sideOf } from './model.js';
import { defaultTemplate, renderNotification, templateProblems, templateTopics } from './templates.js';

describe('conversation rules', () => {
  it('[R-APP-4] the applicant and their agent are one side, the officers the other; supervisors are neither', () => {
    expect(sideOf(['applicant'])).toBe('applicant');
    expect(sideOf(['agent', 'intake_officer'])).toBe('applicant');
    expect(sideOf(['window_clerk', 'intake_officer'])).toBe('office');
    expect(sideOf([])).toBeNull();
    expect(authorParty(['intake_officer', 'window_clerk'])).toBe('window_clerk');
  });

  it('[R-APP-4] text is kept as typed (markup included); only control characters go', () => {
    expect(cleanText('  <b>hi</b>\r\n第二行\u0007 ')).toBe('<b>hi</b>\n第二行');
  });
});

describe('delivery rules', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000 };
  it('[R-APP-4] backoff doubles per attempt within ±20 %, capped', () => {
    expect(backoffMs(policy, 1, 0.5)).toBe(1_000);
    expect(backoffMs(policy, 3, 0.5)).toBe(4_000);
    expect(backoffMs(policy, 10, 0.5)).toBe(5_000);
    expect(backoffMs(policy, 2, 0)).toBe(1_600);
    expect(backoffMs(policy, 2, 0.999)).toBeLessThanOrEqual(2_400);
  });

  it('[R-APP-4] after N attempts, or a permanent failure, a delivery is a dead letter', () => {
    expect(afterFailure(policy, 3, false, 0.5)).toEqual({ status: 'retry', delayMs: 4_000 });
    expect(afterFailure(policy, 4, false, 0.5)).toEqual({ status: 'dead' });
    expect(afterFailure(policy, 1, true, 0.5)).toEqual({ status: 'dead' });
  });

  it('[R-APP-4] the worker lets a trickle of events gather, goes on at once with a backlog, idles when there is nothing', () => {
    const pause = (planned: number, sent: number) => roundPause({ planned, sent }, 200, 1_000, 200);
    expect(pause(0, 0)).toBe(1_000);
    expect(pause(1, 0)).toBe(200);
    expect(pause(0, 3)).toBe(200);
    expect(pause(200, 0)).toBe(0);
    expect(pause(5, 200)).toBe(0);
  });

  it('masks e-mail addresses for lists', () => {
    expect(maskEmail('lin.hai@example.com')).toBe('l***@example.com');
  });
});

describe('notification templates', () => {
  it('[R-APP-4] every event has Chinese and English wording for SMS and e-mail, using known fields only', () => {
    for (const topic of [
      'case.accept',
      'case.request_supplement',
      'case.decide.grant',
      'case.decide.deny',
      'case.issue_certificate',
      'case.payment_due',
      'case.urge',
    ])
      expect(templateTopics).toContain(topic);
    for (const topic of templateTopics)
      for (const channel of ['sms', 'email'] as const) {
        const t = defaultTemplate(topic, channel)!;
        for (const text of [t.subjectZh, t.subjectEn, t.bodyZh, t.bodyEn]) expect(templateProblems(text)).toEqual([]);
      }
  });

  it('[R-APP-4] renders values as plain text and refuses unknown fields', () => {
    const t = defaultTemplate('case.accept', 'sms')!;
    const vars = { caseNo: 'N1', itemName: '<i>x</i>', centreName: 'C', link: 'L', applicantName: 'A' };
    expect(renderNotification(t, 'zh', vars).body).toBe('【C】您申请的“<i>x</i>”（办件编号N1）已受理。L');
    expect(templateProblems('{{idNumber}} {{caseNo}}')).toEqual(['unknown field {{idNumber}}']);
    expect(templateProblems('{{caseNo')).toEqual(['unmatched {{ or }}']);
  });
});
