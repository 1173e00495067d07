import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { audited, feeAccess, requireParty } from './access.js';
import { rulesFor } from '../cases/rules-source.js';
import { announcePaymentDue, reopenNotice, settleIfComplete } from './case-link.js';
import { issueNotice } from './pricing.js';
import * as store from './store.js';
import { approvalView } from './views.js';

/**
 * 作废 / 退款 (R-APP-10): the window asks, with a reason; only the department head's approval
 * changes the payment's status. The amount itself is never touched.
 */
export async function requestAdjustment(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  paymentId: string,
  input: { kind: 'void' | 'refund'; reason: string },
) {
  const p = await store.findPayment(ctx.database.db, paymentId);
  if (!p) throw new DomainError('resource.not_found');
  const { parties } = await feeAccess(ctx, actor, p.case_id);
  requireParty(parties, 'window_clerk');
  const staff = requireActingStaff(actor);
  // A void corrects a mistake at the counter; money that came through the bank is refunded.
  if (p.status !== 'paid' || (input.kind === 'void' && p.payment_mode === 'bank'))
    throw new DomainError('fee.payment_not_voidable');
  return ctx.database.db
    .transaction()
    .execute(async (trx) => {
      const a = await store.insertApproval(trx, {
        kind: input.kind,
        case_id: p.case_id,
        department_id: p.department_id,
        payment_id: p.id,
        reason: input.reason,
        requested_by_name: staff.name,
      });
      await ctx.audit.record(trx, actor, meta, {
        action: `fee.${input.kind}.request`,
        entityType: 'fee_payment',
        entityId: p.id,
        after: { approvalId: a.id, reason: input.reason, amountFen: p.amount_fen, receiptNo: p.receipt_no },
      });
      return approvalView(a);
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? new DomainError('fee.approval_pending') : err;
    });
}

/** Requests awaiting the actor's department (heads only). */
export async function pendingApprovals(ctx: AppContext, actor: Actor | null) {
  const staff = requireActingStaff(actor);
  if (staff.acting.role !== 'department_head' || !staff.acting.departmentId) throw new DomainError('auth.forbidden');
  const rows = await store.openApprovalsOfDepartment(ctx.database.db, staff.acting.departmentId);
  return { items: rows.map(approvalView) };
}

/** The department head decides a reduction, a void or a refund; request and decision are both audited. */
export async function decideApproval(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  approvalId: string,
  input: { version: number; approve: boolean; note?: string | undefined },
) {
  const staff = requireActingStaff(actor);
  const where = await store.approvalCentre(ctx.database.db, approvalId);
  if (!where) throw new DomainError('resource.not_found');
  const rules = await rulesFor(ctx, where.centre_id);
  return audited(ctx, actor, meta, 'fee.approval.decide', { entityType: 'fee_approval', entityId: approvalId }, () =>
    ctx.database.db.transaction().execute(async (trx) => {
      const a = await store.lockApproval(trx, approvalId);
      if (!a) throw new DomainError('resource.not_found');
      if (staff.acting.role !== 'department_head' || staff.acting.departmentId !== a.department_id)
        throw new DomainError('auth.forbidden');
      if (a.status !== 'requested') throw new DomainError('fee.approval_closed');
      if (a.version !== input.version) throw new DomainError('resource.version_conflict');
      const decided = await store.decideApproval(trx, a.id, a.version, {
        status: input.approve ? 'approved' : 'rejected',
        decided_by_name: staff.name,
        decision_note: input.note ?? null,
      });
      if (!decided) throw new DomainError('resource.version_conflict');
      let effect: Record<string, unknown> = {};
      if (a.kind === 'reduction' && a.notice_id) {
        if (!input.approve) await store.clearReductions(trx, a.notice_id);
        const issued = await issueNotice(trx, a.notice_id);
        await announcePaymentDue(trx, ctx, actor, meta, issued, rules);
        effect = { docNo: issued.docNo };
        // A full exemption leaves nothing to pay: the notice is paid as soon as it is issued.
        await settleIfComplete(trx, ctx, actor, meta, a.notice_id, rules);
      } else if (input.approve && a.payment_id) {
        const p = await store.lockPayment(trx, a.payment_id);
        if (!p || p.status !== 'paid') throw new DomainError('fee.payment_not_voidable');
        await store.setPaymentStatus(trx, p.id, p.version, a.kind === 'void' ? 'voided' : 'refunded');
        await store.unmarkFeesPaid(trx, p.id);
        await reopenNotice(trx, p.notice_id);
        effect = { paymentId: p.id, amountFen: p.amount_fen, receiptNo: p.receipt_no };
      }
      await ctx.audit.record(trx, actor, meta, {
        action: `fee.${a.kind}.${input.approve ? 'approve' : 'reject'}`,
        entityType: 'fee_approval',
        entityId: a.id,
        before: { status: 'requested', reason: a.reason, requestedBy: a.requested_by_name },
        after: { status: decided.status, note: input.note ?? null, ...effect },
      });
      return approvalView(decided);
    }),
  );
}
