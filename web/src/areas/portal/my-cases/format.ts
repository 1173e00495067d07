// Dates as the service centres state them (China time, whatever the phone's zone) and file sizes.
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(iso: string | null | undefined): Record<string, string> | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(d).map((p) => [p.type, p.value]));
}

/** 2026-12-04 17:30 */
export function dateTime(iso: string | null | undefined): string {
  const p = pieces(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

/** 2026-12-04 */
export function dateOnly(iso: string | null | undefined): string {
  const p = pieces(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** 17:30 */
export function timeOnly(iso: string | null | undefined): string {
  const p = pieces(iso);
  return p ? `${p.hour}:${p.minute}` : '';
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
