import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { BankSplit } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { rulesFor } from '../cases/rules-source.js';
import { feeAccess } from './access.js';
import { settleIfComplete } from './case-link.js';
import { createGatewayOrder, gatewayOf } from './gateway.js';
import {
  bankOrderDue,
  callbackEffect,
  isKnownEvent,
  markedPaid,
  signatureMatches,
  type CallbackBody,
} from './model.js';
import * as store from './store.js';

/**
 * 银行收费 (R-APP-10): one order for the bank-mode fees of the notice, split by finance code so
 * each treasury account gets its part. Asking again returns the same unpaid order (the gateway
 * treats the order number as its idempotency key). Once a bank payment is refunded the fees are
 * owed again and asking gives a new order; the paid one stays paid, so a late callback for it is
 * `already_paid` or a `duplicate` and never a second payment.
 */
export async function createBankOrder(ctx: AppContext, actor: Actor | null, meta: RequestMeta, caseId: string) {
  const { parties } = await feeAccess(ctx, actor, caseId);
  if (!parties.some((p) => p === 'applicant' || p === 'agent' || p === 'window_clerk'))
    throw new DomainError('auth.forbidden');
  const order = await ctx.database.db.transaction().execute(async (trx) => {
    const notice = await store.lockNoticeByCase(trx, caseId);
    if (!notice || notice.status === 'pending_approval') throw new DomainError('fee.notice_not_issued');
    const unpaid = await store.findUnpaidOrderByNotice(trx, notice.id);
    if (unpaid) return unpaid;
    // No unpaid order: a first one, or a new one after the paid order's payment was refunded.
    const due = bankOrderDue(await store.listFees(trx, notice.id));
    if (typeof due === 'string') throw new DomainError(due);
    const splits = new Map<string, number>();
    for (const f of due) splits.set(f.finance_code, (splits.get(f.finance_code) ?? 0) + f.amount_fen);
    const row = await store.insertOrder(trx, {
      order_no: `TB${Date.now().toString(36).toUpperCase()}${randomBytes(4).toString('hex').toUpperCase()}`,
      notice_id: notice.id,
      case_id: caseId,
      amount_fen: due.reduce((s, f) => s + f.amount_fen, 0),
      splits: JSON.stringify([...splits].map(([financeCode, amountFen]): BankSplit => ({ financeCode, amountFen }))),
    });
    await ctx.audit.record(trx, actor, meta, {
      action: 'fee.bank_order.create',
      entityType: 'case',
      entityId: caseId,
      after: { orderNo: row.order_no, amountFen: row.amount_fen, docNo: notice.doc_no },
    });
    return row;
  });
  // The network call after the commit: a slow gateway never holds a lock.
  const { payUrl } = await createGatewayOrder(ctx, {
    orderNo: order.order_no,
    amountFen: order.amount_fen,
    splits: order.splits,
    subject: '行政许可收费',
  });
  return { orderNo: order.order_no, amountFen: order.amount_fen, splits: order.splits, status: order.status, payUrl };
}

export type CallbackResult = 'applied' | 'pending' | 'duplicate' | 'stale' | 'already_paid';

/**
 * The gateway's asynchronous callback. Verified (HMAC-SM3 over the canonical body), allow-listed,
 * matched to a known order and its amount, and applied exactly once: the (transaction, event)
 * key is inserted first, so a replay finds it and changes nothing, whatever the order of arrival.
 * Forged, unknown or wrong callbacks are refused and audited.
 */
export async function handleCallback(
  ctx: AppContext,
  meta: RequestMeta,
  body: CallbackBody,
  signature: string | undefined,
): Promise<{ result: CallbackResult }> {
  const refuse = async (
    code: 'fee.callback_signature_invalid' | 'fee.callback_event_unknown' | 'fee.unknown_order' | 'fee.amount_mismatch',
    details: Record<string, unknown>,
  ) => {
    await ctx.audit.recordStandalone(ctx.database.db, null, meta, {
      action: 'fee.bank_callback',
      outcome: 'denied',
      entityType: 'bank_order',
      entityId: body.orderNo,
      after: { code, bankTxnId: body.bankTxnId, eventType: body.eventType, amountFen: body.amountFen, ...details },
    });
    return new DomainError(code, details);
  };
  // No key configured means no callback can be trusted (an empty HMAC key is publicly computable).
  const key = gatewayOf(ctx).key;
  if (!key || !signatureMatches(key, body, signature)) throw await refuse('fee.callback_signature_invalid', {});
  if (!isKnownEvent(body.eventType)) throw await refuse('fee.callback_event_unknown', {});
  const event = body.eventType;
  // Most replays stop here: a committed first arrival is final, so no lock is needed to see it.
  const { seen, order: peek } = await store.callbackPreview(ctx.database.db, body.bankTxnId, event, body.orderNo);
  if (seen === 'amount_mismatch') throw await refuse('fee.amount_mismatch', { replay: true });
  if (seen) return { result: 'duplicate' };
  if (!peek) throw await refuse('fee.unknown_order', {});
  const rules = await rulesFor(ctx, peek.centre_id);

  const outcome = await ctx.database.db.transaction().execute(async (trx) => {
    const order = await store.lockOrderByNo(trx, body.orderNo);
    if (!order) return 'unknown_order' as const;
    // The outcome is known once the order is locked; the (transaction, event) key then decides
    // whether this is the first arrival (inserted) or a replay (conflict: nothing changes).
    const effect =
      body.amountFen !== order.amount_fen ? ('amount_mismatch' as const) : callbackEffect(order.status, event);
    const outcomeOf = { mark_pending: 'pending', settle: 'applied' } as const;
    const fresh = await store.insertCallback(trx, {
      bank_txn_id: body.bankTxnId,
      event_type: event,
      order_no: body.orderNo,
      amount_fen: body.amountFen,
      outcome: effect === 'mark_pending' || effect === 'settle' ? outcomeOf[effect] : effect,
      body: JSON.stringify(body),
    });
    if (!fresh) {
      // A replay of a refused callback is refused again; any other replay changes nothing.
      const first = await store.callbackOutcome(trx, body.bankTxnId, event);
      return first === 'amount_mismatch' ? ('amount_mismatch' as const) : ('duplicate' as const);
    }
    if (effect === 'amount_mismatch' || effect === 'stale' || effect === 'already_paid') return effect;
    if (effect === 'mark_pending') {
      await store.updateOrder(trx, order.id, { status: 'pending' });
      return 'pending' as const;
    }
    const notice = await store.lockNotice(trx, order.notice_id);
    if (!notice) return 'unknown_order' as const;
    const fees = await store.listFees(trx, notice.id);
    const due = fees.filter((f) => f.payment_mode === 'bank' && !f.paid_by_payment_id && f.amount_fen > 0);
    const paidAt = new Date(body.paidAt);
    const payment = await store.recordBankPayment(
      trx,
      {
        notice_id: notice.id,
        case_id: notice.case_id,
        centre_id: notice.centre_id,
        department_id: notice.department_id,
        window_id: notice.window_id,
        item_id: notice.item_id,
        payment_mode: 'bank',
        amount_fen: order.amount_fen,
        bank_txn_id: body.bankTxnId,
        recorded_by_name: '银行回调',
        paid_at: Number.isNaN(paidAt.getTime()) ? new Date() : paidAt,
      },
      due.map((f) => f.id),
      { id: order.id, bankTxnId: body.bankTxnId },
    );
    await settleIfComplete(trx, ctx, null, meta, notice.id, rules, {
      notice,
      fees: markedPaid(fees, due, payment.id),
    });
    // Last: the request's audit chain stays locked to commit, so it is taken as late as possible.
    await ctx.audit.record(trx, null, meta, {
      action: 'fee.bank_callback',
      entityType: 'fee_payment',
      entityId: payment.id,
      after: { orderNo: order.order_no, bankTxnId: body.bankTxnId, amountFen: order.amount_fen, docNo: notice.doc_no },
    });
    return 'applied' as const;
  });
  if (outcome === 'unknown_order') throw await refuse('fee.unknown_order', {});
  if (outcome === 'amount_mismatch') throw await refuse('fee.amount_mismatch', { expectedFen: peek.amount_fen });
  return { result: outcome };
}
