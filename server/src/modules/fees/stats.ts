import type ExcelJSModule from 'exceljs';
import { lazyRequire } from '../../platform/lazy-require.js';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import { dimNames, statLabel, type Lang } from './stats-labels.js';
import { feeStats, type StatDimension } from './stats-store.js';

const excel = lazyRequire<typeof ExcelJSModule>('exceljs');

export type StatQuery = { from: string; to: string; by: StatDimension };

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
  // Both names, so a screen switching language needs no new request; English falls back to Chinese.
  const items = rows.map((r) => ({
    key: r.key,
    label: statLabel(q.by, r, 'zh'),
    labelEn: statLabel(q.by, r, 'en'),
    payments: r.payments,
    amountFen: r.amountFen,
    refundedFen: r.refundedFen,
  }));
  return {
    by: q.by,
    from: q.from,
    to: q.to,
    items,
    totalFen: items.reduce((s, r) => s + r.amountFen, 0),
    payments: items.reduce((s, r) => s + r.payments, 0),
  };
}

/**
 * The same figures as an .xlsx workbook (R-SUP-2: exportable), amounts in yuan with two decimals,
 * in the language asked for (the link's `lang`, else Accept-Language).
 */
export async function feeStatisticsXlsx(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  q: StatQuery,
  lang: Lang,
) {
  const s = await feeStatistics(ctx, actor, meta, q);
  const zh = lang === 'zh';
  const dim = dimNames[lang][q.by];
  const wb = new (excel().Workbook)();
  wb.creator = '通办';
  const ws = wb.addWorksheet(zh ? '收费统计' : 'Fee statistics');
  ws.addRow([
    zh ? `收费统计（按${dim}）` : `Fee statistics (by ${dim.toLowerCase()})`,
    zh ? `${q.from} 至 ${q.to}` : `${q.from} to ${q.to}`,
  ]);
  ws.addRow(
    zh ? [dim, '笔数', '实收金额（元）', '退款金额（元）'] : [dim, 'Payments', 'Received (yuan)', 'Refunded (yuan)'],
  );
  for (const r of s.items) ws.addRow([zh ? r.label : r.labelEn, r.payments, r.amountFen / 100, r.refundedFen / 100]);
  const refunded = s.items.reduce((t, r) => t + r.refundedFen, 0) / 100;
  ws.addRow([zh ? '合计' : 'Total', s.payments, s.totalFen / 100, refunded]);
  ws.getColumn(1).width = 30;
  for (const c of [3, 4]) ws.getColumn(c).numFmt = '0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
