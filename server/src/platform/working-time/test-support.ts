/**
 * Shared by the working-time tests: instants written the way the holiday notices and the centre
 * write them (Beijing local time), so expected values read like the notices they were checked against.
 * Independent of `shanghai-time.ts` on purpose, so the tests do not reuse the code they test.
 */
import { chineseDaysCalendarData, workCalendarFromSeed } from './seed.js';
import type { WorkCalendar } from './calendar.js';

/** `'2025-09-30 16:00'` in Beijing time → the instant. */
export function bj(local: string): Date {
  const date = new Date(`${local.replace(' ', 'T')}:00+08:00`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`bad test time ${local}`);
  return date;
}

/** The instant → `'2025-09-30 16:00'` in Beijing time (seconds shown only when present). */
export function showBj(date: Date | null): string | null {
  if (date === null) return null;
  const iso = new Date(date.getTime() + 8 * 3_600_000).toISOString();
  const seconds = iso.slice(16, 23) === ':00.000' ? '' : iso.slice(16, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds}`;
}

/** The calendar every test uses: the package's 2024–2026 notices and the default hours. */
export function officialCalendar(): WorkCalendar {
  return workCalendarFromSeed(chineseDaysCalendarData(2024, 2026));
}
