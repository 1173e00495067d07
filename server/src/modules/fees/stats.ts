import type ExcelJSModule from 'exceljs';
import { lazyRequire } from '../../platform/lazy-require.js';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import { feeStats, type StatDimension } from './stats-store.js';

const excel = lazyRequire<typeof ExcelJSModule>('exceljs');

export type StatQuery = { from: string; to: string; by: StatDimension };

const modeNames: Record<string, string> = { bank: '银行收费', window: '窗口收费', invoice_book: '拉票' };
const dimNames: Record<StatDimension, string> = {
  item: '事项',
  window: '窗口',
  department: '部门',
  mode: '缴款方式',
  day: '日期',
  month: '月份',
};

/** China dates [from, to] inclusive, as instants. */
function period(q: StatQuery) {
  const from = new Date(`${q.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from)
    throw new DomainError('request.invalid', { field: 'to' });
  return { from, to };
}

/** Fee statistics of the supervisor's centre and below, per item, window, department, mode or period. */
export async function feeStatistics(ctx: AppContext, actor: Actor | null, meta: RequestMeta, q: StatQuery) {
  const staff = await authorize(ctx, actor, meta, 'fee.stats');
  const rows = await feeStats(ctx.database.db, { centrePath: staff.acting.centrePath, ...period(q), by: q.by });
  const items = rows.map((r) => ({ ...r, label: q.by === 'mode' ? (modeNames[r.label] ?? r.label) : r.label }));
  return {
    by: q.by,
    from: q.from,
    to: q.to,
    items,
    totalFen: items.reduce((s, r) => s + r.amountFen, 0),
    payments: items.reduce((s, r) => s + r.payments, 0),
  };
}

/** The same figures as an .xlsx workbook (R-SUP-2: exportable), amounts in yuan with two decimals. */
export async function feeStatisticsXlsx(ctx: AppContext, actor: Actor | null, meta: RequestMeta, q: StatQuery) {
  const s = await feeStatistics(ctx, actor, meta, q);
  const wb = new (excel().Workbook)();
  wb.creator = '通办';
  const ws = wb.addWorksheet('收费统计');
  ws.addRow([`收费统计（按${dimNames[q.by]}）`, `${q.from} 至 ${q.to}`]);
  ws.addRow([dimNames[q.by], '笔数', '实收金额（元）', '退款金额（元）']);
  for (const r of s.items) ws.addRow([r.label, r.payments, r.amountFen / 100, r.refundedFen / 100]);
  ws.addRow(['合计', s.payments, s.totalFen / 100, s.items.reduce((t, r) => t + r.refundedFen, 0) / 100]);
  ws.getColumn(1).width = 30;
  for (const c of [3, 4]) ws.getColumn(c).numFmt = '0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
