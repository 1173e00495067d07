/** GB 32100-2015 unified social credit code: 18 characters from a 31-character alphabet (no I, O, Z, S, V). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeResult =
  { ok: true; normalized: string } | { ok: false; reason: 'length' | 'format' | 'check_digit' };

export function creditCodeCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(first17[i]!), 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function validateCreditCode(input: string): CreditCodeResult {
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: 'length' };
  if (![...s].every((c) => ALPHABET.includes(c)) || !/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}/.test(s))
    return { ok: false, reason: 'format' };
  if (creditCodeCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: 'check_digit' };
  return { ok: true, normalized: s };
}
