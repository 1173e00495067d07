import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('[R-NEW-6] computes the check character: a worked example', () => {
    // 91330902MA28K0000: values 9,1,3,3,0,9,0,2,21,10,2,8,19,0,0,0,0 against the weights give
    // 1404; 1404 mod 31 = 9; 31 − 9 = 22 → 'N'.
    expect(creditCodeCheckChar('91330902MA28K0000')).toBe('N');
    expect(validateCreditCode('91330902MA28K0000N')).toEqual({ ok: true, normalized: '91330902MA28K0000N' });
    expect(creditCodeCheckChar('91330900MA2A0XXXX')).toBe('R');
    expect(validateCreditCode('91330900MA2A0XXXXR')).toMatchObject({ ok: true });
  });

  it('[R-NEW-6] accepts published codes of well-known companies (check characters confirmed by the algorithm)', () => {
    for (const code of ['9144030071526726XG', '914403001922038216', '91110108551385082Q']) {
      expect(validateCreditCode(code)).toEqual({ ok: true, normalized: code });
    }
  });

  it('[R-NEW-6] maps a remainder of 0 to check character 0, not 31', () => {
    // Find a body whose weighted sum is a multiple of 31 by varying the last character.
    const body = '91330902MA28K000';
    const zero = [...'0123456789ABCDEFGHJKLMNPQRTUWXY']
      .map((c) => body + c)
      .find((first17) => creditCodeCheckChar(first17) === '0');
    expect(zero).toBeDefined();
    expect(validateCreditCode(`${zero}0`)).toMatchObject({ ok: true });
  });

  it('[R-NEW-6] normalises lower case, spaces and full-width characters', () => {
    expect(validateCreditCode(' 9144030071526726xg ')).toEqual({ ok: true, normalized: '9144030071526726XG' });
    expect(validateCreditCode('９１４４０３００７１５２６７２６ＸＧ')).toMatchObject({
      ok: true,
      normalized: '9144030071526726XG',
    });
  });

  it('[R-NEW-6] failure "length"', () => {
    for (const s of ['', '9144030071526726X', '9144030071526726XG0', '715267260']) {
      expect(validateCreditCode(s)).toEqual({ ok: false, reason: 'length' });
    }
  });

  it('[R-NEW-6] failure "charset" names the first character that is not allowed (I, O, S, V, Z, symbols)', () => {
    expect(validateCreditCode('9144030071526726XI')).toEqual({ ok: false, reason: 'charset', position: 18 });
    expect(validateCreditCode('91440300715267O6XG')).toEqual({ ok: false, reason: 'charset', position: 15 });
    expect(validateCreditCode('S144030071526726XG')).toEqual({ ok: false, reason: 'charset', position: 1 });
    expect(validateCreditCode('91440300-1526726XG')).toEqual({ ok: false, reason: 'charset', position: 9 });
    for (const c of 'IOSVZ') expect(validateCreditCode(`91330902MA28K0000${c}`)).toMatchObject({ reason: 'charset' });
  });

  it('[R-NEW-6] failure "format": the division code must be six digits', () => {
    const first17 = '91A30902MA28K0000';
    expect(validateCreditCode(first17 + creditCodeCheckChar(first17))).toEqual({ ok: false, reason: 'format' });
  });

  it('[R-NEW-6] failure "check_digit": a typo, or 91110000100006875P (its check character computes to 9, not P)', () => {
    expect(validateCreditCode('9144030071526726XH')).toEqual({ ok: false, reason: 'check_digit' });
    expect(validateCreditCode('9144030071526762XG')).toEqual({ ok: false, reason: 'check_digit' });
    expect(creditCodeCheckChar('91110000100006875')).toBe('9');
    expect(validateCreditCode('91110000100006875P')).toEqual({ ok: false, reason: 'check_digit' });
  });
});
