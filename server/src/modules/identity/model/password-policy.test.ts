import { describe, expect, it } from 'vitest';
import {
  applicantPasswordProblems,
  characterClasses,
  passwordExpired,
  staffPasswordProblems,
} from './password-policy.js';

const DAY = 86_400_000;

describe('staff password rule', () => {
  it('[R-OPS-2] accepts ≥ 8 characters with 3 of the 4 classes', () => {
    for (const pw of ['Tongban2026', 'tongban#2026', 'TONGBAN#2026', 'Tong#ban!', 'Ab1!Ab1!', '舟山Ab12345']) {
      expect(staffPasswordProblems(pw, 'zhangsan')).toEqual([]);
    }
  });

  it('[R-OPS-2] names each rule broken: length, classes, user name', () => {
    expect(staffPasswordProblems('Ab1!', 'zhangsan')).toEqual(['min_length']);
    expect(staffPasswordProblems('tongbanpass', 'zhangsan')).toEqual(['char_classes']);
    expect(staffPasswordProblems('tongban2026', 'zhangsan')).toEqual(['char_classes']);
    expect(staffPasswordProblems('Zhangsan#1', 'zhangsan')).toEqual(['contains_username']);
    expect(staffPasswordProblems('xxZHANGSANxx', 'zhangsan')).toEqual(['char_classes', 'contains_username']);
    expect(staffPasswordProblems('abc', 'abc')).toEqual(['min_length', 'char_classes', 'contains_username']);
    expect(staffPasswordProblems('', 'zhangsan')).toEqual(['min_length', 'char_classes']);
  });

  it('[R-OPS-2] counts characters, not UTF-16 units, and treats Chinese characters as symbols', () => {
    expect(characterClasses('密码')).toBe(1);
    expect(staffPasswordProblems('密码Ab1', 'zhangsan')).toEqual(['min_length']);
    expect(staffPasswordProblems('𠮷𠮷𠮷Ab1x', 'zhangsan')).toEqual(['min_length']);
    expect(staffPasswordProblems('𠮷𠮷𠮷Ab1xy', 'zhangsan')).toEqual([]);
  });

  it('[R-OPS-2] ignores very short user names, which would forbid too much', () => {
    expect(staffPasswordProblems('Lixx#2026', 'li')).toEqual([]);
    expect(staffPasswordProblems('Wang#2026x', 'wan')).toEqual(['contains_username']);
  });
});

describe('applicant password rule', () => {
  it('[R-OPS-2] ≥ 8 characters and 2 classes', () => {
    expect(applicantPasswordProblems('tongban2026')).toEqual([]);
    expect(applicantPasswordProblems('Tongbanx')).toEqual([]);
    expect(applicantPasswordProblems('tongbanx')).toEqual(['char_classes']);
    expect(applicantPasswordProblems('12345678')).toEqual(['char_classes']);
    expect(applicantPasswordProblems('ab12')).toEqual(['min_length']);
    expect(applicantPasswordProblems('abc')).toEqual(['min_length', 'char_classes']);
  });
});

describe('password age', () => {
  const changed = new Date('2026-01-01T00:00:00Z');

  it('[R-OPS-2] staff passwords expire after 90 days', () => {
    expect(passwordExpired(changed, new Date(changed.getTime() + 89 * DAY))).toBe(false);
    expect(passwordExpired(changed, new Date(changed.getTime() + 90 * DAY))).toBe(false);
    expect(passwordExpired(changed, new Date(changed.getTime() + 90 * DAY + 1))).toBe(true);
    expect(passwordExpired(changed, new Date(changed.getTime() + 365 * DAY))).toBe(true);
  });

  it('[R-OPS-2] takes another period, and fails safe on an unreadable date', () => {
    expect(passwordExpired(changed, new Date(changed.getTime() + 31 * DAY), 30)).toBe(true);
    expect(passwordExpired(changed, new Date(changed.getTime() - DAY))).toBe(false);
    expect(passwordExpired(new Date('not a date'), changed)).toBe(true);
  });
});
