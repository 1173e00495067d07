/**
 * Client-side checks of what people type into the account forms, the same rules the server applies
 * (server/src/modules/identity/model): a typo is caught before the round trip, with the reason.
 */

/** Full-width digits and letters (common from phone input methods), spaces; upper case. */
export const normalizeCode = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

// GB 11643-1999: 17 digits weighted, ISO 7064 MOD 11-2 check character.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdProblem = 'length' | 'format' | 'birth_date' | 'check_digit';

export function residentIdProblem(input: string, today = new Date()): IdProblem | null {
  const s = normalizeCode(input);
  if (s.length !== 18) return 'length';
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return 'format';
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (y < 1900 || !real || date.getTime() > today.getTime()) return 'birth_date';
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17] ? null : 'check_digit';
}

// GB 32100-2015: alphabet without I, O, S, V, Z; value = index; weights 3^i mod 31.
const CC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem =
  { reason: 'length' | 'format' | 'check_digit' } | { reason: 'charset'; position: number };

export function creditCodeProblem(input: string): CreditCodeProblem | null {
  const s = normalizeCode(input);
  if (s.length !== 18) return { reason: 'length' };
  const bad = [...s].findIndex((c) => !CC_ALPHABET.includes(c));
  if (bad >= 0) return { reason: 'charset', position: bad + 1 };
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { reason: 'format' };
  const sum = CC_WEIGHTS.reduce((acc, w, i) => acc + w * CC_ALPHABET.indexOf(s[i]!), 0);
  return CC_ALPHABET[(31 - (sum % 31)) % 31] === s[17] ? null : { reason: 'check_digit' };
}

/** Digits only, as people type them with spaces or hyphens; valid when 11 digits starting 13–19. */
export const normalizeMobile = (s: string) => s.normalize('NFKC').replace(/[\s-]/g, '');
export const isMobile = (s: string) => /^1[3-9]\d{9}$/.test(normalizeMobile(s));

/** Applicant passwords: ≥ 8 characters (code points) from at least 2 of lower, upper, digit, symbol. */
export function passwordProblems(pw: string): ('min_length' | 'char_classes')[] {
  const out: ('min_length' | 'char_classes')[] = [];
  if ([...pw].length < 8) out.push('min_length');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  if (classes < 2) out.push('char_classes');
  return out;
}
