/** GB 11643-1999 citizen identification number: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type ResidentIdResult =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; reason: 'length' | 'format' | 'birth_date' | 'check_digit' };

export function residentIdCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11]!;
}

export function validateResidentId(input: string): ResidentIdResult {
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: 'format' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const valid =
    y >= 1900 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    date.getTime() <= Date.now();
  if (!valid) return { ok: false, reason: 'birth_date' };
  if (residentIdCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: 'check_digit' };
  return {
    ok: true,
    normalized: s,
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    sex: Number(s[16]) % 2 === 1 ? 'male' : 'female',
  };
}
