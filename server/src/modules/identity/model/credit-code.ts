/**
 * GB 32100-2015 unified social credit code (统一社会信用代码), 18 characters:
 * 1 registering authority, 1 organisation category, 6-digit administrative division of the
 * registering authority, 9-character organisation identifier, 1 check character.
 * The alphabet is 0–9 and the capitals without I, O, S, V, Z (too easily misread); a character's
 * value is its index here.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * - length: not 18 characters;
 * - charset: a character outside the alphabet (`position`, 1-based, names the first);
 * - format: characters 3–8 (the division code) are not all digits;
 * - check_digit: well-formed but the check character does not match (a typo).
 */
export type CreditCodeFailure = 'length' | 'charset' | 'format' | 'check_digit';

export type CreditCodeResult =
  | { ok: true; normalized: string }
  | { ok: false; reason: Exclude<CreditCodeFailure, 'charset'> }
  | { ok: false; reason: 'charset'; position: number };

/** The check character for the first 17 characters (caller guarantees they are in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(first17[i]!), 0);
  // 31 − (sum mod 31), where 31 itself means 0.
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates after NFKC, trimming and upper-casing (full-width and lower-case input is common). */
export function validateCreditCode(input: string): CreditCodeResult {
  const s = input.normalize('NFKC').trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: 'length' };
  const bad = [...s].findIndex((c) => !ALPHABET.includes(c));
  if (bad >= 0) return { ok: false, reason: 'charset', position: bad + 1 };
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { ok: false, reason: 'format' };
  if (creditCodeCheckChar(s) !== s[17]) return { ok: false, reason: 'check_digit' };
  return { ok: true, normalized: s };
}
