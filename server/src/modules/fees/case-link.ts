import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import type { ClockRules } from '../cases/clock.js';
import { onActionHold, type ActionHold } from '../cases/action-holds.js';
import { recordMove } from '../cases/record-move.js';
import * as cases from '../cases/store.js';
import * as store from './store.js';

/**
 * How fees meet the case lifecycle without the cases context knowing about fees: a hold keeps the
 * certificate back while the payment notice is unpaid (the move is refused inside its transaction;
 * the case view says the certificate waits for payment), and paying the last fee records a
 * `fees_paid` move on the case.
 */
export function registerFeeHooks(): void {
  onActionHold(certificateWaitsForPayment);
}

const unpaid = (notice: { doc_no: string | null }) => new DomainError('fee.unpaid', { docNo: notice.doc_no });

const certificateWaitsForPayment: ActionHold = {
  action: 'issue_certificate',
  // Read, not locked, even inside the move: a payment locks the notice before the case, so the
  // move (which holds the case) must not wait on the notice; a payment that settles meanwhile
  // waits on the case and lands after the move.
  async check(db, caseId) {
    const notice = await store.findNoticeByCase(db, caseId);
    return notice && notice.status !== 'paid' ? unpaid(notice) : null;
  },
  async among(db, caseIds) {
    return new Map((await store.unpaidNoticesOfCases(db, caseIds)).map((n) => [n.case_id, unpaid(n)]));
  },
};

/**
 * While a granted case's notice is unpaid it waits on the applicant; once paid it is the
 * window's turn again (to issue the certificate). Other statuses keep their own waiting roles.
 */
export async function setWaiting(trx: Kysely<Database>, caseId: string, on: 'applicant' | 'window_clerk') {
  // The case, locked by the update: callers record their move on it without locking it again.
  return cases.setWaitingWhileGranted(trx, caseId, [on]);
}

/**
 * The payment notice is issued: the case waits on the applicant, and a `fees_priced` move (history,
 * audit, and the outbox event `case.payment_due` that reaches the applicant in-app, by SMS and
 * e-mail) says what is due. Nothing to pay (a full exemption) announces nothing.
 */
export async function announcePaymentDue(
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  issued: { caseId: string; docNo: string; totalFen: number },
  rules: ClockRules,
): Promise<void> {
  const row = await setWaiting(trx, issued.caseId, 'applicant');
  if (issued.totalFen <= 0 || !row) return;
  await recordMove(trx, ctx, actor, meta, {
    caseId: row.id,
    applicantPersonId: row.applicant_person_id,
    action: 'fees_priced',
    fromStatus: row.status,
    toStatus: row.status,
    topic: 'case.payment_due',
    data: { docNo: issued.docNo, totalFen: issued.totalFen },
    rules,
  });
}

/**
 * After a payment: when every fee of the notice is paid, the notice is paid and the case moves
 * on — a `fees_paid` move (history, audit, outbox) in the payment's transaction.
 */
export async function settleIfComplete(
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  noticeId: string,
  rules: ClockRules,
  /** The notice as the caller locked it and its fees as they now stand, to save reading them again. */
  known?: { notice: store.NoticeRow; fees: store.FeeRow[] },
): Promise<boolean> {
  const notice = known?.notice ?? (await store.lockNotice(trx, noticeId));
  if (notice?.status !== 'issued') return false;
  const fees = known?.fees ?? (await store.listFees(trx, noticeId));
  if (fees.some((f) => f.paid_by_payment_id === null && f.amount_fen > 0)) return false;
  await store.updateNotice(trx, notice.id, notice.version, { status: 'paid', paid_at: new Date() });
  const row = await setWaiting(trx, notice.case_id, 'window_clerk');
  if (!row) return true;
  await recordMove(trx, ctx, actor, meta, {
    caseId: row.id,
    applicantPersonId: row.applicant_person_id,
    action: 'fees_paid',
    fromStatus: row.status,
    toStatus: row.status,
    data: { docNo: notice.doc_no, totalFen: notice.total_fen },
    rules,
  });
  return true;
}

/** A void or refund makes the notice unpaid again (the fee is owed once more). */
export async function reopenNotice(trx: Kysely<Database>, noticeId: string): Promise<void> {
  const notice = await store.lockNotice(trx, noticeId);
  if (notice?.status !== 'paid') return;
  await store.updateNotice(trx, notice.id, notice.version, { status: 'issued', paid_at: null });
  await setWaiting(trx, notice.case_id, 'applicant');
}
