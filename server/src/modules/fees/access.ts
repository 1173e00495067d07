import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError, type ErrorCode } from '../../platform/errors.js';
import type { CaseParty } from '../cases/model.js';
import { readable } from '../cases/queries.js';

/**
 * Who the actor is to the case whose fees are asked about: the same 404 for "no such case" and
 * "not yours" as the case itself; supervisors in reach read.
 */
export async function feeAccess(ctx: AppContext, actor: Actor | null, caseId: string) {
  const r = await readable(ctx, actor, caseId);
  return { row: r.row, parties: r.parties, centrePath: r.deciding.path };
}

/** The actor must be this party of the case (the deciding window's clerk, its department head…). */
export function requireParty(parties: readonly CaseParty[], party: CaseParty): void {
  if (!parties.includes(party)) throw new DomainError('auth.forbidden');
}

/** Refusals that are security- or money-relevant: written to the audit trail, then thrown. */
const auditedCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'fee.amount_mismatch',
  'fee.payment_immutable',
  'fee.receipt_out_of_range',
  'fee.receipt_used',
  'fee.receipt_not_next',
  'fee.already_paid',
  'fee.unknown_order',
  'fee.callback_signature_invalid',
  'fee.callback_event_unknown',
  'fee.reduction_invalid',
  'fee.settlement_amount_mismatch',
  'auth.forbidden',
]);

/**
 * Runs a use case; a refusal from the list above leaves a `denied` audit record (outside the
 * rolled-back transaction, so the record survives the refusal).
 */
export async function audited<T>(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  action: string,
  entity: { entityType: string; entityId: string },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof DomainError && auditedCodes.has(err.code))
      await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
        action,
        outcome: 'denied',
        ...entity,
        after: { code: err.code, details: err.details ?? null },
      });
    throw err;
  }
}
