import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { maskResidentId } from '../identity/model/masking.js';
import { parseCsv } from './csv.js';
import {
  duplicateRows,
  EXCHANGE_LIMITS,
  mapHeader,
  problemText,
  validateRow,
  type ImportRow,
  type RowProblem,
} from './model.js';
import { exchanger } from './service.js';
import * as store from './store.js';

/**
 * Cases handled in the centre's old approval database, imported from its CSV (R-APP-11 import).
 * A dry run reports every problem by row and column and writes nothing; the real import takes all
 * rows in one transaction or none. Importing the same old case number again for the same centre
 * creates nothing: the report says how many were there already.
 */

const problemView = (p: RowProblem) => ({
  row: p.row,
  field: p.field,
  code: p.code,
  message: problemText[p.code].zh,
  messageEn: problemText[p.code].en,
});

/** The file as text: UTF-8 only (Excel's "CSV UTF-8"); a GBK file would import as mojibake. */
function textOf(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('exchange.import_encoding');
  }
}

type Checked = {
  rows: ImportRow[];
  problems: RowProblem[];
  total: number;
  items: Map<string, { id: string; name: string }>;
};

async function check(ctx: AppContext, centrePath: string, bytes: Buffer, today: Date): Promise<Checked> {
  const parsed = parseCsv(textOf(bytes));
  if (!parsed.ok) throw new DomainError('exchange.import_unreadable', { record: parsed.record });
  const [header, ...data] = parsed.records;
  if (!header || data.length === 0) throw new DomainError('exchange.import_empty');
  if (data.length > EXCHANGE_LIMITS.importRows)
    throw new DomainError('exchange.import_too_many', { max: EXCHANGE_LIMITS.importRows });
  const { index, problems } = mapHeader(header);
  if (problems.length) return { rows: [], problems, total: data.length, items: new Map() };
  const rows: ImportRow[] = [];
  data.forEach((cells, i) => {
    const r = validateRow(cells, index, i + 2, today);
    if (r.ok) rows.push(r.value);
    else problems.push(...r.problems);
  });
  problems.push(...duplicateRows(rows));
  const codes = [...new Set(rows.map((r) => r.itemCode))];
  const found = await store.itemsByCode(ctx.database.db, centrePath, codes);
  const items = new Map<string, { id: string; name: string }>();
  for (const f of found)
    if (!items.has(f.implementation_code)) items.set(f.implementation_code, { id: f.item_id, name: f.name });
  for (const r of rows)
    if (!items.has(r.itemCode)) problems.push({ row: r.row, field: 'itemCode', code: 'item_unknown' });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems, total: data.length, items };
}

export async function importLegacy(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  readFile: () => Promise<{ bytes: Buffer; name: string }>,
  dryRun: boolean,
) {
  // Who may import is settled before the upload (up to 10 MB) is read.
  const staff = await exchanger(ctx, actor, meta);
  const file = await readFile();
  const centreId = staff.acting.centreId;
  const db = ctx.database.db;
  const { rows, problems, total, items } = await check(ctx, staff.acting.centrePath, file.bytes, new Date());
  const report = { dryRun, total, problems: problems.map(problemView) };
  if (dryRun || problems.length) {
    const already = problems.length
      ? 0
      : (
          await store.existingLegacyNos(
            db,
            centreId,
            rows.map((r) => r.legacyNo),
          )
        ).length;
    // A real import with a bad row imports nothing: the same report, as an error.
    if (!dryRun) throw new DomainError('exchange.import_invalid', report.problems);
    // Rows with at least one problem are not valid; a header problem makes none valid.
    const badRows = new Set(problems.map((p) => p.row));
    const valid = badRows.has(1) ? 0 : total - badRows.size;
    return { ...report, valid, created: 0, existing: already };
  }
  const importId = randomUUID();
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const created = await db.transaction().execute(async (trx) => {
    const n = await store.insertLegacy(
      trx,
      rows.map((r) => ({
        centre_id: centreId,
        legacy_no: r.legacyNo,
        item_id: items.get(r.itemCode)!.id,
        item_code: r.itemCode,
        item_name: items.get(r.itemCode)!.name,
        applicant_kind: r.applicantKind,
        applicant_name: r.applicantName,
        applicant_cert_enc: ctx.cipher.encrypt(r.certificateNo),
        applicant_cert_masked: r.applicantKind === 'person' ? maskResidentId(r.certificateNo) : r.certificateNo,
        applicant_cert_bidx: ctx.cipher.blindIndex(r.certificateNo),
        received_on: r.receivedOn,
        decided_on: r.decidedOn,
        outcome: r.outcome,
        certificate_no: r.licenceNo,
        import_id: importId,
        imported_by: staff.staffId,
      })),
    );
    await ctx.audit.record(trx, staff, meta, {
      action: 'exchange.import',
      entityType: 'centre',
      entityId: centreId,
      after: {
        importId,
        file: file.name.slice(0, 200),
        sha256,
        rows: rows.length,
        created: n,
        existing: rows.length - n,
      },
    });
    return n;
  });
  return { ...report, valid: rows.length, created, existing: rows.length - created };
}
