/**
 * Data exchange with the centre's existing approval database (R-APP-11): the export's columns, the
 * import's row rules and the feed's cursor. Pure rules; store.ts holds the SQL, service.ts the rest.
 */
import { validateCreditCode } from '../identity/model/credit-code.js';
import { validateResidentId } from '../identity/model/id-number.js';

export const EXCHANGE_LIMITS = {
  /** Feed page size: at most this many cases per request. */
  feedMax: 500,
  feedDefault: 100,
  /** Rows the export reads per query, so 100,000 cases never sit in memory at once. */
  exportBatch: 500,
  /** Rows one import may hold (a year of a county centre's cases). */
  importRows: 20_000,
  legacyNoChars: 50,
  nameChars: 100,
  certificateNoChars: 50,
} as const;

// --- the import's columns ----------------------------------------------------------------------

/**
 * The import's columns by their Chinese header, which are the export's own for the same data, so an
 * exported file (or the old system's file with these headers) imports without re-typing. Other
 * columns are ignored; order does not matter.
 */
export const importColumns = {
  legacyNo: '办件编号',
  itemCode: '事项编码',
  applicantKind: '申请人类型',
  applicantName: '申请人名称',
  certificateNo: '证件号码',
  receivedOn: '收件时间',
  decidedOn: '决定时间',
  outcome: '决定结果',
  licenceNo: '证照编号',
} as const;

export type ImportField = keyof typeof importColumns;
const required: ImportField[] = [
  'legacyNo',
  'itemCode',
  'applicantKind',
  'applicantName',
  'certificateNo',
  'receivedOn',
];

export const kindLabels = { person: '个人', enterprise: '企业' } as const;
export const outcomeLabels = { grant: '准予许可', deny: '不予许可' } as const;

/** What each problem code says, in both languages (the dry-run report shows the Chinese). */
export const problemText = {
  required: { zh: '必填', en: 'required' },
  too_long: { zh: '内容过长', en: 'too long' },
  kind: { zh: '应为“个人”或“企业”', en: 'must be 个人 (person) or 企业 (enterprise)' },
  resident_id: { zh: '居民身份证号码不正确（18 位，校验位须正确）', en: 'not a valid 18-character resident ID' },
  credit_code: {
    zh: '统一社会信用代码不正确（18 位，校验位须正确）',
    en: 'not a valid 18-character unified social credit code',
  },
  date: { zh: '日期格式应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' },
  date_future: { zh: '日期不能晚于今天', en: 'date is in the future' },
  date_order: { zh: '决定时间早于收件时间', en: 'decided before received' },
  outcome: { zh: '应为“准予许可”或“不予许可”', en: 'must be 准予许可 (grant) or 不予许可 (deny)' },
  decision_pair: { zh: '决定时间与决定结果须同时填写', en: 'decision date and outcome go together' },
  licence_without_grant: { zh: '只有准予许可的办件才有证照编号', en: 'only a granted case has a licence number' },
  duplicate: { zh: '文件中办件编号重复', en: 'case number repeated in the file' },
  item_unknown: { zh: '事项编码不在本中心及下级的事项目录中', en: 'item code not in the catalogue within reach' },
  header_missing: { zh: '缺少此列', en: 'column missing' },
} as const;

export type Problem = keyof typeof problemText;
export type RowProblem = { row: number; field: ImportField | 'file'; code: Problem };

export type ImportRow = {
  row: number;
  legacyNo: string;
  itemCode: string;
  applicantKind: 'person' | 'enterprise';
  applicantName: string;
  certificateNo: string;
  receivedOn: string;
  decidedOn: string | null;
  outcome: 'grant' | 'deny' | null;
  licenceNo: string | null;
};

/** Which column holds which field; the missing required ones are problems of row 1 (the header). */
export function mapHeader(header: string[]): { index: Partial<Record<ImportField, number>>; problems: RowProblem[] } {
  const clean = header.map((h) => h.trim());
  const index: Partial<Record<ImportField, number>> = {};
  for (const [field, title] of Object.entries(importColumns) as Array<[ImportField, string]>) {
    const at = clean.indexOf(title);
    if (at >= 0) index[field] = at;
  }
  const problems = required
    .filter((f) => index[f] === undefined)
    .map((field): RowProblem => ({ row: 1, field, code: 'header_missing' }));
  return { index, problems };
}

/** A date as the old system writes it: YYYY-MM-DD, optionally with a time (the export's form); or / instead of -. */
export function parseDay(input: string, todayIso: string): { day: string } | 'date' | 'date_future' {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(input);
  if (!m) return 'date';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1990)
    return 'date';
  const iso = date.toISOString().slice(0, 10);
  return iso > todayIso ? 'date_future' : { day: iso };
}

const kindOf = (s: string) =>
  s === '个人' || s.toLowerCase() === 'person'
    ? 'person'
    : s === '企业' || s.toLowerCase() === 'enterprise'
      ? 'enterprise'
      : null;
const outcomeOf = (s: string) =>
  s === outcomeLabels.grant || s === 'grant' ? 'grant' : s === outcomeLabels.deny || s === 'deny' ? 'deny' : null;

/**
 * One data row (`row` is its number as a spreadsheet shows it, the header being row 1) checked on
 * its own: every problem found, not just the first, so one dry run shows all there is to fix.
 */
export function validateRow(
  cells: string[],
  index: Partial<Record<ImportField, number>>,
  row: number,
  today: Date,
): { ok: true; value: ImportRow } | { ok: false; problems: RowProblem[] } {
  // trim() also drops the tab the export puts before a value Excel would take for a formula.
  const cell = (f: ImportField) => (index[f] === undefined ? '' : (cells[index[f]] ?? '').normalize('NFKC').trim());
  const problems: RowProblem[] = [];
  const bad = (field: ImportField, code: Problem) => problems.push({ row, field, code });
  const todayIso = new Date(today.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

  for (const f of required) if (cell(f) === '') bad(f, 'required');
  const legacyNo = cell('legacyNo');
  if (legacyNo.length > EXCHANGE_LIMITS.legacyNoChars) bad('legacyNo', 'too_long');
  const applicantName = cell('applicantName');
  if ([...applicantName].length > EXCHANGE_LIMITS.nameChars) bad('applicantName', 'too_long');
  const kind = kindOf(cell('applicantKind'));
  if (cell('applicantKind') !== '' && !kind) bad('applicantKind', 'kind');

  let certificateNo = cell('certificateNo');
  if (certificateNo !== '' && kind === 'person') {
    const r = validateResidentId(certificateNo, today);
    if (r.ok) certificateNo = r.normalized;
    else bad('certificateNo', 'resident_id');
  } else if (certificateNo !== '' && kind === 'enterprise') {
    const r = validateCreditCode(certificateNo);
    if (r.ok) certificateNo = r.normalized;
    else bad('certificateNo', 'credit_code');
  }

  const day = (f: ImportField) => {
    if (cell(f) === '') return null;
    const d = parseDay(cell(f), todayIso);
    if (d === 'date' || d === 'date_future') {
      bad(f, d);
      return undefined;
    }
    return d.day;
  };
  const receivedOn = day('receivedOn');
  const decidedOn = day('decidedOn');
  const outcome = outcomeOf(cell('outcome'));
  if (cell('outcome') !== '' && !outcome) bad('outcome', 'outcome');
  if ((cell('decidedOn') === '') !== (cell('outcome') === '')) bad('decidedOn', 'decision_pair');
  if (receivedOn && decidedOn && decidedOn < receivedOn) bad('decidedOn', 'date_order');
  const licenceNo = cell('licenceNo');
  if (licenceNo.length > EXCHANGE_LIMITS.certificateNoChars) bad('licenceNo', 'too_long');
  if (licenceNo !== '' && outcome !== 'grant') bad('licenceNo', 'licence_without_grant');

  if (problems.length || !kind || !receivedOn) return { ok: false, problems };
  return {
    ok: true,
    value: {
      row,
      legacyNo,
      itemCode: cell('itemCode'),
      applicantKind: kind,
      applicantName,
      certificateNo,
      receivedOn,
      decidedOn: decidedOn ?? null,
      outcome,
      licenceNo: licenceNo || null,
    },
  };
}

/** Case numbers that occur more than once in the file: every occurrence after the first is a problem. */
export function duplicateRows(rows: ImportRow[]): RowProblem[] {
  const seen = new Set<string>();
  const out: RowProblem[] = [];
  for (const r of rows) {
    if (seen.has(r.legacyNo)) out.push({ row: r.row, field: 'legacyNo', code: 'duplicate' });
    seen.add(r.legacyNo);
  }
  return out;
}

// --- the feed's cursor -------------------------------------------------------------------------

/**
 * The feed's position: the last case's change time (as PostgreSQL text, microseconds kept — a JS
 * Date would round them off and repeat or skip cases) and its id. Opaque to callers.
 */
export type Cursor = { t: string; id: string };

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.t, c.id])).toString('base64url');

export function decodeCursor(s: string): Cursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [t, id] = v as unknown[];
    if (typeof t !== 'string' || typeof id !== 'string') return null;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(t)) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
    return { t, id };
  } catch {
    return null;
  }
}

// --- the export's text -------------------------------------------------------------------------

/** An instant as China local time, as the old system and Excel show it: 2026-03-01 09:30:00. */
export function chinaTime(d: Date | null): string {
  if (!d) return '';
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** [from, to] China dates, inclusive, as instants; null when not a real range. */
export function dayRange(from: string, to: string): { from: Date; to: Date } | null {
  const a = new Date(`${from}T00:00:00+08:00`);
  const b = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()) || b <= a) return null;
  return { from: a, to: b };
}
