import { PassThrough, type Readable } from 'node:stream';
import type ExcelJSModule from 'exceljs';
import { lazyRequire } from '../../platform/lazy-require.js';

const excel = lazyRequire<typeof ExcelJSModule>('exceljs');

/**
 * The export as an .xlsx workbook, written as the batches arrive (ExcelJS's streaming writer commits
 * each row), so a large range never sits in memory as a whole workbook. Every cell is text: case
 * and certificate numbers must not turn into numbers with lost digits.
 */
export function xlsxStream(header: readonly string[], batches: AsyncIterable<string[][]>): Readable {
  const out = new PassThrough();
  const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('办件');
  ws.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length * 3) }));
  void (async () => {
    for await (const rows of batches) for (const r of rows) ws.addRow(r).commit();
    ws.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
