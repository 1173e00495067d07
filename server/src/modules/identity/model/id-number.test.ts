import { describe, expect, it } from 'vitest';
import { residentIdCheckChar, validateResidentId } from './id-number.js';

const today = new Date('2026-03-02T04:00:00Z');
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('resident ID number (GB 11643-1999)', () => {
  it('[R-NEW-6] accepts the well-known example 11010519491231002X (female, born 1949-12-31)', () => {
    expect(validateResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('[R-NEW-6] computes check characters by hand-checked weights, including X and 0', () => {
    // 330902199001011238: Σ(digit × weight) = 202, 202 mod 11 = 4 → '8'; 11010519491231002X: 167 mod 11 = 2 → 'X'.
    expect(residentIdCheckChar('33090219900101123')).toBe('8');
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44030819990101001')).toBe('2');
    const all = new Set(
      Array.from({ length: 400 }, (_, i) => residentIdCheckChar(`3309021990010${String(i).padStart(4, '0')}`)),
    );
    expect([...all].sort().join('')).toBe('0123456789X');
  });

  it('[R-NEW-6] reports sex from the sequence digit and the birth date', () => {
    expect(validateResidentId('330902199001011238', today)).toMatchObject({
      ok: true,
      sex: 'male',
      birthDate: '1990-01-01',
    });
    expect(validateResidentId('440308199901010012', today)).toMatchObject({
      ok: true,
      sex: 'male',
      birthDate: '1999-01-01',
    });
    expect(validateResidentId(withCheck('33090220000229002'), today)).toMatchObject({
      ok: true,
      sex: 'female',
      birthDate: '2000-02-29',
    });
  });

  it('[R-NEW-6] normalises lower-case x, spaces and full-width characters', () => {
    expect(validateResidentId(' 11010519491231002x ', today)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
    expect(validateResidentId('１１０１０５１９４９１２３１００２Ｘ', today)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it('[R-NEW-6] failure "length": 15-digit first-generation numbers, too short, too long, empty', () => {
    for (const s of ['', '110105491231002', '11010519491231002', '11010519491231002X0']) {
      expect(validateResidentId(s, today)).toEqual({ ok: false, reason: 'length' });
    }
  });

  it('[R-NEW-6] failure "format": letters, X anywhere but last, leading zero address code', () => {
    for (const s of [
      '1101051949123100XX',
      'A1010519491231002X',
      '11010519491231002Y',
      '11010519491231-02X',
      withCheck('01010519491231002'),
    ]) {
      expect(validateResidentId(s, today)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('[R-NEW-6] failure "birth_date": impossible dates, non-leap 29 February, before 1900, in the future', () => {
    for (const first17 of [
      '33090219900230123', // 30 February
      '33090219901301123', // month 13
      '33090219900100123', // day 0
      '33090219000229123', // 1900 was not a leap year
      '33090220010229123', // nor 2001
      '33090218991231123', // before 1900
      '33090220260303123', // tomorrow, relative to `today`
    ]) {
      expect(validateResidentId(withCheck(first17), today)).toEqual({ ok: false, reason: 'birth_date' });
    }
  });

  it('[R-NEW-6] a baby born today in China is accepted even while it is still yesterday in UTC', () => {
    const earlyMorningBeijing = new Date('2026-03-01T17:00:00Z'); // 01:00 on 2 March, UTC+8
    expect(validateResidentId(withCheck('33090220260302002'), earlyMorningBeijing)).toMatchObject({ ok: true });
  });

  it('[R-NEW-6] failure "check_digit": one mistyped digit or a swapped pair is caught', () => {
    expect(validateResidentId('110105194912310021', today)).toEqual({ ok: false, reason: 'check_digit' });
    expect(validateResidentId('330902199001011239', today)).toEqual({ ok: false, reason: 'check_digit' });
    expect(validateResidentId('330902199001012138', today)).toEqual({ ok: false, reason: 'check_digit' });
  });
});
