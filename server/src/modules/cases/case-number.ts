import { randomInt } from 'node:crypto';

/** Calendar date in China (UTC+8, no daylight saving) as YYYYMMDD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * Case numbers are unique nationally (GB/T 39046): the centre's division code, the date and a
 * daily serial — e.g. 330900 20261128 000042. At most 50 characters.
 */
export function caseNumber(divisionCode: string, at: Date, serial: number): string {
  const no = `${divisionCode}${chinaDate(at)}${String(serial).padStart(6, '0')}`;
  if (no.length > 50) throw new RangeError('case number longer than 50 characters');
  return no;
}

export const caseNumberSeries = (divisionCode: string, at: Date) => `case:${divisionCode}:${chinaDate(at)}`;

// No 0/O, 1/I/L: the code is read off paper and typed on a kiosk.
const QUERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The 查询密码 printed for status look-up without logging in. */
export function newQueryCode(): string {
  return Array.from({ length: 8 }, () => QUERY_ALPHABET[randomInt(QUERY_ALPHABET.length)]).join('');
}

export type ProcessStep = {
  key: string;
  name: string;
  role: string;
  parallelGroup?: string | null | undefined;
  limit: { value: number; unit: string; explanation: string };
};

/** A case's steps are a copy of its item version's process, so later process changes never touch it (R-OPS-4). */
export function stepsFor(process: readonly ProcessStep[]) {
  return process.map((s, i) => ({
    seq: i + 1,
    step_key: s.key,
    name: s.name,
    role: s.role,
    parallel_group: s.parallelGroup ?? null,
    time_limit: JSON.stringify(s.limit),
  }));
}
