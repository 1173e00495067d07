import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { guide } from '../catalogue/service.js';
import { rulesFor } from '../cases/rules-source.js';
import { audited, feeAccess, requireParty } from './access.js';
import { settleIfComplete } from './case-link.js';
import { payableStatuses } from './pricing.js';
import { takeReceipt } from './invoice-books.js';
import { markedPaid } from './model.js';
import * as store from './store.js';
import { approvalView, noticeView, paymentView } from './views.js';

/** A case's notice, fees, payments and approvals, for its parties and supervisors in reach. */
export async function caseFees(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row, parties } = await feeAccess(ctx, actor, caseId);
  const db = ctx.database.db;
  const { definition } = await guide(ctx, { versionId: row.item_version_id });
  const notice = await store.findNoticeByCase(db, caseId);
  const fees = notice ? await store.listFees(db, notice.id) : [];
  const payments = await store.listPayments(db, caseId);
  const order = notice ? await store.findOrderByNotice(db, notice.id) : undefined;
  const staff = parties.some((p) => p === 'window_clerk' || p === 'approver' || p === 'department_head');
  return {
    hasFees: definition.fees.length > 0,
    notice: notice ? noticeView(notice, fees) : null,
    payments: payments.map(paymentView),
    bankOrder: order ? { orderNo: order.order_no, amountFen: order.amount_fen, status: order.status } : null,
    approvals: staff ? (await store.approvalsOfCase(db, caseId)).map(approvalView) : [],
    abilities: {
      price:
        parties.includes('window_clerk') && !notice && definition.fees.length > 0 && payableStatuses.has(row.status),
      collect: parties.includes('window_clerk') && notice?.status === 'issued',
      approve: parties.includes('department_head'),
      adjust: parties.includes('window_clerk'),
      // Also after a refunded bank payment: the fee is owed again and a new order pays it.
      payOnline:
        notice?.status === 'issued' &&
        fees.some((f) => f.payment_mode === 'bank' && !f.paid_by_payment_id && f.amount_fen > 0),
    },
  };
}

/**
 * 窗口收费 / 拉票 (R-APP-10): the cashier records that the applicant paid the fees of one mode.
 * The amount is the priced one; an amount typed in that differs is refused and audited. In
 * invoice-book mode the payment takes the window's book's next receipt number.
 */
export async function recordCounterPayment(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  input: { mode: 'window' | 'invoice_book'; amountFen?: number | undefined; receiptNo?: number | undefined },
) {
  const { row, parties } = await feeAccess(ctx, actor, caseId);
  requireParty(parties, 'window_clerk');
  const staff = actor as Extract<Actor, { kind: 'staff' }>;
  const windowId = staff.acting?.windowId ?? row.window_id;
  const rules = await rulesFor(ctx, row.centre_id);
  return audited(ctx, actor, meta, 'fee.collect', { entityType: 'case', entityId: caseId }, () =>
    ctx.database.db.transaction().execute(async (trx) => {
      const notice = await store.lockNoticeByCase(trx, caseId);
      if (!notice) throw new DomainError('fee.notice_not_issued');
      if (notice.status === 'pending_approval') throw new DomainError('fee.notice_not_issued');
      const allFees = await store.listFees(trx, notice.id);
      const fees = allFees.filter((f) => f.payment_mode === input.mode);
      if (!fees.length) throw new DomainError('fee.wrong_mode');
      const due = fees.filter((f) => !f.paid_by_payment_id && f.amount_fen > 0);
      if (!due.length) throw new DomainError('fee.already_paid');
      const amount = due.reduce((s, f) => s + f.amount_fen, 0);
      if (input.amountFen !== undefined && input.amountFen !== amount)
        throw new DomainError('fee.amount_mismatch', { expectedFen: amount, givenFen: input.amountFen });
      const receipt = input.mode === 'invoice_book' ? await takeReceipt(trx, windowId, input.receiptNo) : null;
      const payment = await store.insertPayment(trx, {
        notice_id: notice.id,
        case_id: caseId,
        centre_id: row.centre_id,
        department_id: row.department_id,
        window_id: windowId,
        item_id: row.item_id,
        payment_mode: input.mode,
        amount_fen: amount,
        invoice_book_id: receipt?.bookId ?? null,
        receipt_no: receipt?.receiptNo ?? null,
        recorded_by_name: staff.name,
      });
      await store.markFeesPaid(
        trx,
        due.map((f) => f.id),
        payment.id,
      );
      await settleIfComplete(trx, ctx, actor, meta, notice.id, rules, {
        notice,
        fees: markedPaid(allFees, due, payment.id),
      });
      // Last: the request's audit chain stays locked to commit.
      await ctx.audit.record(trx, actor, meta, {
        action: 'fee.collect',
        entityType: 'fee_payment',
        entityId: payment.id,
        after: { caseId, mode: input.mode, amountFen: amount, receiptNo: payment.receipt_no, docNo: notice.doc_no },
      });
      return paymentView(payment);
    }),
  );
}

/**
 * R-APP-10: a recorded amount is never edited or deleted by anyone. The API answers every such
 * attempt with the same refusal (and the trail records who tried); the database refuses it too.
 */
export async function refuseEdit(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  paymentId: string,
): Promise<void> {
  const p = await store.findPayment(ctx.database.db, paymentId);
  if (!p) throw new DomainError('resource.not_found');
  await feeAccess(ctx, actor, p.case_id);
  await audited(ctx, actor, meta, 'fee.payment.edit', { entityType: 'fee_payment', entityId: paymentId }, () =>
    Promise.reject(new DomainError('fee.payment_immutable')),
  );
}
