import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import { guide } from '../catalogue/service.js';
import * as cases from '../cases/store.js';
import { audited, feeAccess, requireParty } from './access.js';
import { rulesFor } from '../cases/rules-source.js';
import { announcePaymentDue } from './case-link.js';
import { noticeSeries, paymentNoticeNo, priceFees, reductionProblems, type Reduction } from './model.js';
import * as store from './store.js';
import { noticeView } from './views.js';

/** Fees are priced once the case is accepted and before the certificate (R-APP-2's order). */
export const payableStatuses: ReadonlySet<string> = new Set(['in_review', 'special_procedure', 'granted']);

const chinaYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

/** What the item's published fee items come to for this case's data, for the clerk to check. */
export async function previewPricing(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row } = await feeAccess(ctx, actor, caseId);
  const { definition } = await guide(ctx, { versionId: row.item_version_id });
  const priced = priceFees(definition.fees, row.form_data);
  return { fees: priced.fees, problems: priced.problems, totalFen: priced.fees.reduce((s, f) => s + f.standardFen, 0) };
}

/**
 * 核价 (R-APP-9): the clerk confirms the amounts computed from the published standard and the
 * case's data — nobody types an amount. Reductions need a legal basis and wait for the department
 * head; without them the payment notice is issued (numbered) at once.
 */
export async function confirmPricing(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  input: { version: number; reductions: Reduction[] },
) {
  const { row: peek, parties } = await feeAccess(ctx, actor, caseId);
  requireParty(parties, 'window_clerk');
  const staff = actor as Extract<Actor, { kind: 'staff' }>;
  const { definition } = await guide(ctx, { versionId: peek.item_version_id });
  if (!definition.fees.length) throw new DomainError('fee.no_fees');
  const rules = await rulesFor(ctx, peek.centre_id);
  return audited(ctx, actor, meta, 'fee.price', { entityType: 'case', entityId: caseId }, () =>
    ctx.database.db.transaction().execute(async (trx) => {
      const row = await cases.lockCase(trx, caseId);
      if (!row) throw new DomainError('resource.not_found');
      if (row.version !== input.version) throw new DomainError('case.version_conflict', { current: row.version });
      if (!payableStatuses.has(row.status)) throw new DomainError('fee.case_not_payable', { status: row.status });
      if (await store.findNoticeByCase(trx, caseId)) throw new DomainError('fee.already_priced');
      const priced = priceFees(definition.fees, row.form_data);
      if (priced.problems.length) throw new DomainError('fee.quantity_missing', priced.problems);
      const wrong = reductionProblems(priced.fees, input.reductions);
      if (wrong.length) throw new DomainError('fee.reduction_invalid', wrong);

      const reduced = new Map(input.reductions.map((r) => [r.feeKey, r]));
      const lines = priced.fees.map((f) => {
        const r = reduced.get(f.feeKey);
        return { ...f, reductionFen: r?.reductionFen ?? 0, basis: r?.legalBasis ?? null };
      });
      const total = lines.reduce((s, f) => s + f.standardFen - f.reductionFen, 0);
      const now = new Date();
      const needsApproval = input.reductions.length > 0;
      const docNo = needsApproval
        ? null
        : paymentNoticeNo(chinaYear(now), await nextInSeries(trx, noticeSeries(row.centre_id, chinaYear(now))));
      const notice = await store.insertNotice(trx, {
        case_id: caseId,
        centre_id: row.centre_id,
        department_id: row.department_id,
        window_id: row.window_id,
        item_id: row.item_id,
        status: needsApproval ? 'pending_approval' : 'issued',
        doc_no: docNo,
        total_fen: total,
        priced_by: staff.staffId,
        priced_by_name: staff.name,
        issued_at: needsApproval ? null : now,
      });
      await store.insertFees(
        trx,
        lines.map((f) => ({
          notice_id: notice.id,
          case_id: caseId,
          fee_key: f.feeKey,
          name: f.name,
          legal_basis: f.legalBasis,
          payment_mode: f.paymentMode,
          finance_code: f.financeCode,
          quantity: f.quantity,
          unit: f.unit,
          standard_fen: f.standardFen,
          reduction_fen: f.reductionFen,
          reduction_basis: f.basis,
          amount_fen: f.standardFen - f.reductionFen,
        })),
      );
      if (needsApproval)
        await store.insertApproval(trx, {
          kind: 'reduction',
          case_id: caseId,
          department_id: row.department_id,
          notice_id: notice.id,
          reason: input.reductions.map((r) => `${r.feeKey}: ${r.legalBasis}`).join('；'),
          requested_by_name: staff.name,
        });
      else await announcePaymentDue(trx, ctx, actor, meta, { caseId, docNo: docNo!, totalFen: total }, rules);
      await ctx.audit.record(trx, actor, meta, {
        action: needsApproval ? 'fee.price.reduction_requested' : 'fee.price',
        entityType: 'case',
        entityId: caseId,
        after: { docNo, totalFen: total, fees: lines.map((f) => [f.feeKey, f.standardFen, f.reductionFen]) },
      });
      return noticeView(notice, await store.listFees(trx, notice.id));
    }),
  );
}

/** The notice's number, taken when a department head approved (or refused) the reduction. */
export async function issueNotice(trx: Parameters<typeof store.lockNotice>[0], noticeId: string) {
  const notice = await store.lockNotice(trx, noticeId);
  if (!notice || notice.status !== 'pending_approval') throw new DomainError('fee.approval_closed');
  const now = new Date();
  const docNo = paymentNoticeNo(
    chinaYear(now),
    await nextInSeries(trx, noticeSeries(notice.centre_id, chinaYear(now))),
  );
  const fees = await store.listFees(trx, noticeId);
  const total = fees.reduce((s, f) => s + f.amount_fen, 0);
  await store.updateNotice(trx, notice.id, notice.version, {
    status: 'issued',
    doc_no: docNo,
    issued_at: now,
    total_fen: total,
  });
  return { caseId: notice.case_id, docNo, totalFen: total };
}
