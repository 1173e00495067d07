import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { renderOfficialDocument } from '../../platform/documents/index.js';
import { DomainError } from '../../platform/errors.js';
import { guide } from '../catalogue/service.js';
import { feeAccess } from './access.js';
import { yuan } from './model.js';
import * as store from './store.js';

const modeNames = { bank: '银行缴款', window: '窗口缴款', invoice_book: '窗口缴款（票据）' } as const;

/**
 * 缴款通知书 (R-APP-9): every fee of the case on one numbered notice, with the finance code each
 * is paid to and a QR code of where to pay. Rendered on request from the stored rows — same rows,
 * same bytes.
 */
export async function paymentNoticePdf(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row } = await feeAccess(ctx, actor, caseId);
  const notice = await store.findNoticeByCase(ctx.database.db, caseId);
  if (!notice?.doc_no || !notice.issued_at) throw new DomainError('fee.notice_not_issued');
  const fees = await store.listFees(ctx.database.db, notice.id);
  const g = await guide(ctx, { versionId: row.item_version_id });
  const pdf = await renderOfficialDocument({
    issuer: g.departmentName,
    docNo: notice.doc_no,
    title: '缴款通知书',
    addressee: '申请人',
    blocks: [
      {
        kind: 'paragraph',
        text: `你（单位）申请的“${g.definition.name}”（办件编号${row.case_no}），依法应缴纳下列费用，请按所列方式缴纳。`,
      },
      {
        kind: 'table',
        columns: ['收费项目', '数量', '应收（元）', '减免（元）', '实收（元）', '缴款方式', '财政代码'],
        rows: fees.map((f) => [
          f.name,
          f.quantity === null ? '—' : `${f.quantity}${f.unit ?? ''}`,
          yuan(f.standard_fen),
          yuan(f.reduction_fen),
          yuan(f.amount_fen),
          modeNames[f.payment_mode],
          f.finance_code,
        ]),
      },
      { kind: 'fields', items: [['合计（元）', yuan(notice.total_fen)]] },
      {
        kind: 'list',
        items: fees.map(
          (f) => `${f.name}收费依据：${f.legal_basis}${f.reduction_basis ? `；减免依据：${f.reduction_basis}` : ''}`,
        ),
      },
    ],
    signer: g.departmentName,
    date: notice.issued_at,
    seal: { drawn: { name: g.centreName } },
    // The applicant's own case page, where the notice is paid online (after logging in).
    qr: { url: `${ctx.config.publicBaseUrl}/portal/my/cases/${row.id}`, caption: '扫码查看并缴款' },
  });
  return { bytes: pdf, fileName: `${notice.doc_no}缴款通知书.pdf` };
}

/** 收费收据: one per payment, with its receipt number (invoice book) or bank transaction. */
export async function receiptPdf(ctx: AppContext, actor: Actor | null, paymentId: string) {
  const p = await store.findPayment(ctx.database.db, paymentId);
  if (!p) throw new DomainError('resource.not_found');
  const { row } = await feeAccess(ctx, actor, p.case_id);
  const notice = await store.findNoticeByCase(ctx.database.db, p.case_id);
  const fees = notice
    ? (await store.listFees(ctx.database.db, notice.id)).filter((f) => f.paid_by_payment_id === p.id)
    : [];
  const g = await guide(ctx, { versionId: row.item_version_id });
  const status = p.status === 'paid' ? '' : p.status === 'voided' ? '（已作废）' : '（已退款）';
  const pdf = await renderOfficialDocument({
    issuer: g.departmentName,
    docNo: p.receipt_no ? `票据号 ${p.receipt_no}` : `银行流水 ${p.bank_txn_id ?? p.id.slice(0, 8)}`,
    title: `收费收据${status}`,
    blocks: [
      {
        kind: 'fields',
        items: [
          ['办件编号', row.case_no],
          ['缴款通知书', notice?.doc_no ?? ''],
          ['缴款方式', modeNames[p.payment_mode]],
          ['金额（元）', yuan(p.amount_fen)],
          ['收款人', p.recorded_by_name],
        ],
      },
      {
        kind: 'table',
        columns: ['收费项目', '金额（元）', '财政代码'],
        rows: fees.map((f) => [f.name, yuan(f.amount_fen), f.finance_code]),
      },
    ],
    signer: g.departmentName,
    date: p.paid_at,
    seal: { drawn: { name: g.centreName, purpose: '财务专用章' } },
  });
  return { bytes: pdf, fileName: `收费收据-${p.receipt_no ?? p.id.slice(0, 8)}.pdf` };
}
