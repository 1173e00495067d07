import { describe, expect, it } from 'vitest';
import { caseNumber, chinaDate, newQueryCode, stepsFor } from './case-number.js';

describe('case numbering', () => {
  it('[R-APP-1] case numbers are division code + China date + serial, at most 50 characters', () => {
    // 23:30 UTC on 27 Nov is already 28 Nov in Zhoushan.
    expect(chinaDate(new Date('2026-11-27T23:30:00Z'))).toBe('20261128');
    expect(caseNumber('330900', new Date('2026-11-28T02:00:00Z'), 42)).toBe('33090020261128000042');
    expect(caseNumber('330902001001', new Date('2026-11-28T02:00:00Z'), 1).length).toBeLessThanOrEqual(50);
  });

  it('[R-APP-1] query codes are 8 unambiguous characters', () => {
    for (let i = 0; i < 50; i += 1) expect(newQueryCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  it('[R-OPS-4] a case copies its item version’s process steps in order', () => {
    const steps = stepsFor([
      { key: 'accept', name: '受理', role: 'window_clerk', limit: { value: 1, unit: 'working_days', explanation: '' } },
      {
        key: 'site',
        name: '现场核查',
        role: 'approver',
        parallelGroup: 'g1',
        limit: { value: 2, unit: 'working_days', explanation: '' },
      },
    ]);
    expect(steps.map((s) => [s.seq, s.step_key, s.parallel_group])).toEqual([
      [1, 'accept', null],
      [2, 'site', 'g1'],
    ]);
  });
});
