/**
 * The co-windows' own moves on their sub-case (R-APP-7 stages 2–3): the answer to the lead's
 * 抄告, the steps of their own review, and their department's decision — each department in
 * parallel, independent of the others, each in one transaction.
 */
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { change } from './change.js';
import * as store from './store.js';

type Ref = { id: string; subCaseId: string };

export function answerNotice(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  ref: Ref,
  input: { version: number; position: 'agree' | 'disagree'; text: string },
) {
  return change(
    ctx,
    actor,
    meta,
    ref.id,
    { version: input.version, action: 'opinion', subCaseId: ref.subCaseId },
    async (c) => {
      const opinion = {
        position: input.position,
        text: input.text,
        by: c.actor.name,
        at: c.now.toISOString(),
        deemed: null,
      };
      await store.updateSub(c.trx, ref.subCaseId, { opinion: JSON.stringify(opinion) });
      return {
        patch: {},
        events: [{ kind: 'opinion', subCaseId: ref.subCaseId, data: { position: input.position, text: input.text } }],
      };
    },
  );
}

export function recordStep(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  ref: Ref,
  input: { version: number; step: string; opinion: string },
) {
  return change(ctx, actor, meta, ref.id, { version: input.version, action: 'review', subCaseId: ref.subCaseId }, () =>
    Promise.resolve({
      patch: {},
      events: [{ kind: 'step', subCaseId: ref.subCaseId, data: { step: input.step, opinion: input.opinion } }],
    }),
  );
}

export function decideSubCase(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  ref: Ref,
  input: { version: number; outcome: 'grant' | 'deny'; reasons: string },
) {
  return change(
    ctx,
    actor,
    meta,
    ref.id,
    { version: input.version, action: 'decide', subCaseId: ref.subCaseId },
    async (c) => {
      const decision = {
        outcome: input.outcome,
        reasons: input.reasons,
        by: c.actor.name,
        at: c.now.toISOString(),
        deemed: false,
      };
      await store.updateSub(c.trx, ref.subCaseId, {
        status: 'decided',
        decision: JSON.stringify(decision),
        decided_at: c.now,
      });
      return {
        patch: {},
        events: [
          { kind: 'decided', subCaseId: ref.subCaseId, data: { outcome: input.outcome, reasons: input.reasons } },
        ],
      };
    },
  );
}
