/**
 * GB 11643-1999 citizen identification number (公民身份号码): 6-digit address code, 8-digit date of
 * birth, 3-digit sequence (odd for men, even for women), then an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdFailure = 'length' | 'format' | 'birth_date' | 'check_digit';

export type ResidentIdResult =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; reason: ResidentIdFailure };

/** The check character for the first 17 digits (caller guarantees 17 ASCII digits). */
export function residentIdCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11]!;
}

/** Calendar date in UTC, so the result does not depend on the server's time zone. */
function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validates an 18-character resident ID. Checks run from cheap to specific, and the first failure
 * is the reason given, so 'check_digit' always means "well-formed but mistyped".
 *
 * Input is NFKC-normalised, trimmed and upper-cased first: full-width digits and a lower-case x
 * are what phone input methods commonly produce. 15-digit first-generation numbers are refused
 * ('length'); they expired in 2013.
 *
 * `today` bounds the date of birth (nobody is born in the future) and defaults to now; pass it
 * for deterministic results. Births before 1900 are refused as implausible for a living holder.
 */
export function validateResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const s = input.normalize('NFKC').trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: 'length' };
  // No province code starts with 0.
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return { ok: false, reason: 'format' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  // Today's date in China (UTC+8, no daylight saving), so a baby born this morning is accepted.
  const todayIso = new Date(today.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (y < 1900 || !isRealDate(y, m, d) || birthDate > todayIso) return { ok: false, reason: 'birth_date' };
  if (residentIdCheckChar(s) !== s[17]) return { ok: false, reason: 'check_digit' };
  return { ok: true, normalized: s, birthDate, sex: Number(s[16]) % 2 === 1 ? 'male' : 'female' };
}
