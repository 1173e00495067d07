/**
 * RFC 4180 CSV, both ways, for the exchange with the centre's old approval database (R-APP-11).
 * Pure: no I/O. Excel opens a UTF-8 file correctly only with a byte-order mark, so files start with one.
 */

export const UTF8_BOM = '\uFEFF';

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // A leading = + - @ would make Excel run it as a formula (CSV injection); a tab keeps it text.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `\t${s}` : s;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, ended by CRLF as RFC 4180 asks. */
export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export type CsvParse = { ok: true; records: string[][] } | { ok: false; problem: 'unterminated_quote'; record: number };

/**
 * Parses a whole CSV text into records (CRLF, LF or CR line ends; quoted fields may hold commas,
 * quotes and line breaks). A leading byte-order mark is dropped; blank lines are skipped.
 */
export function parseCsv(text: string): CsvParse {
  const s = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    // A line with nothing on it is not a record (Excel leaves them at the end of files).
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && s[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (quoted) return { ok: false, problem: 'unterminated_quote', record: records.length + 1 };
  if (field !== '' || record.length > 0) endRecord();
  return { ok: true, records };
}
