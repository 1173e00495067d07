// Dates as the service centres read them: China time whatever the laptop's zone, "2026-12-04 17:30".
import type { Limit } from '../../../api/cases';
import type { StaffDictionary } from '../../../i18n/staff-zh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(iso: string): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(d).map((p) => [p.type, p.value]));
}

/** 2026-12-04 17:30 */
export function dateTime(iso: string | null | undefined): string {
  const p = iso ? pieces(iso) : null;
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

/** 2026-12-04 */
export function dateOnly(iso: string | null | undefined): string {
  const p = iso ? pieces(iso) : null;
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** 2026年12月04日, for printed documents. */
export function chineseDate(iso: string | null | undefined): string {
  const p = iso ? pieces(iso) : null;
  return p ? `${p.year}年${p.month}月${p.day}日` : '';
}

/** "5 个工作日" with the unit the item declares. */
export function limitText(limit: Limit, t: StaffDictionary['cases']): string {
  return t.limitUnit[limit.unit](limit.value);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
