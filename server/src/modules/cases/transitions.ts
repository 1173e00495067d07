import type { Kysely, Updateable } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database, LicenseCaseTable } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';
import type { ItemDefinition } from '../catalogue/definition.js';
import { applicationFormProblems, guide } from '../catalogue/service.js';
import { ownerKey, partiesFor } from './access.js';
import { chinaDate } from './case-number.js';
import { DEEMED_ACCEPTANCE_DAYS } from './clock.js';
import {
  actionProblem,
  activeSteps,
  canSendBack,
  nextStatus,
  stepsOnAccept,
  stepsOnDecide,
  stepsOnReview,
  waitingRoles,
  type CaseParty,
  type StepPlan,
} from './model.js';
import { recordMove } from './record-move.js';
import { refuseIfHeld } from './action-holds.js';
import { rulesFor } from './rules-source.js';
import * as store from './store.js';
import { resolveMaterials, type MaterialRef } from './submission.js';
import { clockOf, factsOf, pausesOf } from './views.js';

export type TransitionInput =
  | {
      action: 'accept';
      version: number;
      tolerated?: string[] | undefined;
      toleranceDays?: number | undefined;
      note?: string | undefined;
    }
  | { action: 'reject'; version: number; reasons: string; competentOrgan?: string | undefined }
  | {
      action: 'request_supplement';
      version: number;
      items: Array<{ materialKey: string | null; problem: string }>;
      note?: string | undefined;
      dueDays?: number | undefined;
    }
  | {
      action: 'supplement';
      version: number;
      materials: MaterialRef[];
      formData?: Record<string, unknown> | undefined;
      note?: string | undefined;
    }
  | { action: 'pass_up'; version: number; opinion: string }
  | { action: 'review'; version: number; outcome: 'agree' | 'send_back'; opinion: string }
  | { action: 'request_extension'; version: number; days: number; reason: string }
  | { action: 'approve_extension'; version: number; approve: boolean; note?: string | undefined }
  | { action: 'start_special'; version: number; kind: string; expectedDays: number; reason: string }
  | { action: 'end_special'; version: number; result: string }
  | { action: 'decide'; version: number; outcome: 'grant' | 'deny'; reasons: string; validUntil?: string | undefined }
  | { action: 'issue_certificate'; version: number; certificateNo?: string | undefined }
  | { action: 'conclude'; version: number; note?: string | undefined }
  | { action: 'withdraw'; version: number; reason: string }
  | { action: 'confirm_tolerated'; version: number; materials?: MaterialRef[] | undefined }
  | { action: 'revoke_acceptance'; version: number; reason: string };

/** Art. 38: a denial states the applicant's remedies. */
export const DENIAL_REMEDIES =
  '申请人如对本决定不服，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

const DEFAULT_SUPPLEMENT_DAYS = 10;
const DEFAULT_TOLERANCE_DAYS = 10;

type Effect = {
  patch: Updateable<LicenseCaseTable>;
  steps?: StepPlan;
  stepNote?: { seq: number; opinion: string } | undefined;
  note?: string | null | undefined;
  data?: Record<string, unknown>;
  topic?: string;
};

type Ctx = {
  ctx: AppContext;
  trx: Kysely<Database>;
  actor: Actor;
  row: store.CaseRow;
  steps: store.StepRow[];
  parties: CaseParty[];
  calendar: WorkCalendar;
  /** Read before the transaction: the embedded pool has one connection, so never inside it. */
  definition: ItemDefinition;
  now: Date;
};

const workingDaysFrom = (c: Ctx, days: number) => addWorkingDays(c.calendar, c.now, days);

async function effectOf(c: Ctx, input: TransitionInput): Promise<Effect> {
  const { row, now, trx } = c;
  switch (input.action) {
    case 'accept': {
      const tolerable = new Set(c.definition.materials.filter((m) => m.requirement === 'tolerable').map((m) => m.key));
      const received = new Set(
        (await store.listMaterials(trx, row.id)).filter((m) => m.state === 'received').map((m) => m.material_key),
      );
      const tolerated = [...new Set(input.tolerated ?? [])];
      const wrong = tolerated.filter((k) => !tolerable.has(k) || received.has(k));
      if (wrong.length)
        throw new DomainError(
          'case.not_tolerable',
          wrong.map((k) => ({ field: 'tolerated', materialKey: k })),
        );
      // Art. 32: unanswered for 5 working days, the application counts as accepted from receipt.
      const deemed = now > addWorkingDays(c.calendar, row.received_at, DEEMED_ACCEPTANCE_DAYS);
      return {
        patch: {
          accepted_at: deemed ? row.received_at : now,
          deemed_accepted: deemed,
          tolerated: JSON.stringify(tolerated),
          tolerance_due: tolerated.length ? workingDaysFrom(c, input.toleranceDays ?? DEFAULT_TOLERANCE_DAYS) : null,
        },
        steps: stepsOnAccept(c.steps.map(grouped)),
        note: input.note,
        data: { deemed, tolerated, acceptedAt: (deemed ? row.received_at : now).toISOString() },
      };
    }
    case 'reject':
      return {
        patch: { concluded_at: now },
        note: input.reasons,
        data: { reasons: input.reasons, competentOrgan: input.competentOrgan ?? null },
      };
    case 'request_supplement': {
      const keys = input.items.flatMap((i) => (i.materialKey ? [i.materialKey] : []));
      await store.markFaulty(trx, row.id, keys);
      if (row.status === 'in_review') await store.openPause(trx, row.id, 'supplement', now, { items: input.items });
      return {
        patch: {
          resume_status: row.status,
          supplement_due: workingDaysFrom(c, input.dueDays ?? DEFAULT_SUPPLEMENT_DAYS),
        },
        note: input.note,
        data: { items: input.items },
      };
    }
    case 'supplement': {
      if (input.formData) {
        const problems = applicationFormProblems(c.definition, input.formData);
        if (problems.length) throw new DomainError('case.invalid_form', problems);
      }
      const materials = await resolveMaterials(trx, ownerKey(c.actor), c.definition, input.materials);
      await attach(trx, row.id, materials);
      await store.closePauses(trx, row.id, now);
      const resume = row.resume_status ?? 'submitted';
      return {
        patch: {
          resume_status: null,
          supplement_due: null,
          // The complete application is received now: the 5-day rule runs again from here.
          ...(resume === 'in_review' ? {} : { received_at: now }),
          ...(input.formData ? { form_data: JSON.stringify(input.formData) } : {}),
        },
        note: input.note,
        data: { materials: materials.map((m) => m.material_key) },
      };
    }
    case 'pass_up':
      return { patch: { township_opinion: input.opinion, received_at: now }, note: input.opinion, data: {} };
    case 'review': {
      const step = activeSteps(factsOf(row, c.steps, now).steps).find(
        (s) => c.parties.includes(s.role as CaseParty) && s.seq !== c.steps.at(-1)?.seq,
      );
      if (!step) throw new DomainError('case.not_your_step');
      if (input.outcome === 'send_back' && !canSendBack(c.steps.map(grouped), step.seq))
        throw new DomainError('case.cannot_send_back');
      return {
        patch: {},
        steps: stepsOnReview(c.steps.map(grouped), step.seq, input.outcome),
        stepNote: input.outcome === 'agree' ? { seq: step.seq, opinion: input.opinion } : undefined,
        note: input.opinion,
        data: { step: step.stepKey, outcome: input.outcome },
      };
    }
    case 'request_extension': {
      const byHead = c.parties.includes('department_head');
      return {
        patch: {
          extension: JSON.stringify({
            days: input.days,
            reason: input.reason,
            approved: byHead,
            requestedBy: c.actor.name,
          }),
        },
        note: input.reason,
        data: { days: input.days, approved: byHead },
        ...(byHead ? { topic: 'case.approve_extension' } : {}),
      };
    }
    case 'approve_extension': {
      const ext = row.extension!;
      return {
        patch: { extension: input.approve ? JSON.stringify({ ...ext, approved: true }) : null },
        note: input.note,
        data: { days: ext.days, approve: input.approve },
        ...(input.approve ? {} : { topic: 'case.refuse_extension' }),
      };
    }
    case 'start_special':
      await store.openPause(trx, row.id, 'special_procedure', now, {
        kind: input.kind,
        expectedDays: input.expectedDays,
        reason: input.reason,
      });
      return { patch: {}, note: input.reason, data: { kind: input.kind, expectedDays: input.expectedDays } };
    case 'end_special':
      await store.closePauses(trx, row.id, now);
      return { patch: {}, note: input.result, data: {} };
    case 'decide':
      return {
        patch: {
          decision: JSON.stringify({
            outcome: input.outcome,
            reasons: input.reasons,
            validUntil: input.validUntil ?? null,
          }),
          decided_at: now,
        },
        steps: stepsOnDecide(factsOf(row, c.steps, now).steps),
        stepNote: { seq: c.steps.at(-1)?.seq ?? 0, opinion: input.reasons },
        note: input.reasons,
        data: { outcome: input.outcome, ...(input.outcome === 'deny' ? { remedies: DENIAL_REMEDIES } : {}) },
        topic: `case.decide.${input.outcome}`,
      };
    case 'issue_certificate': {
      const centre = await store.centrePath(trx, row.centre_id);
      const year = chinaDate(now).slice(0, 4);
      const certificateNo =
        input.certificateNo ??
        `${centre.division_code}${year}${String(await nextInSeries(trx, `certificate:${centre.division_code}:${year}`)).padStart(6, '0')}`;
      return { patch: { certificate_no: certificateNo, concluded_at: now }, data: { certificateNo } };
    }
    case 'conclude':
      return { patch: { concluded_at: now }, note: input.note };
    case 'withdraw':
      await store.closePauses(trx, row.id, now);
      return { patch: { concluded_at: now }, note: input.reason };
    case 'confirm_tolerated': {
      if (input.materials?.length)
        await attach(trx, row.id, await resolveMaterials(trx, ownerKey(c.actor), c.definition, input.materials));
      return { patch: { tolerated: JSON.stringify([]), tolerance_due: null }, data: { tolerated: row.tolerated } };
    }
    case 'revoke_acceptance':
      await store.closePauses(trx, row.id, now);
      return { patch: { concluded_at: now }, note: input.reason, data: { tolerated: row.tolerated } };
  }
}

const grouped = (s: store.StepRow) => ({
  seq: s.seq,
  role: s.role,
  stepKey: s.step_key,
  status: s.status,
  parallelGroup: s.parallel_group,
});

async function attach(trx: Kysely<Database>, caseId: string, materials: Awaited<ReturnType<typeof resolveMaterials>>) {
  await store.supersedeMaterials(trx, caseId, [...new Set(materials.map((m) => m.material_key))]);
  await store.insertMaterials(
    trx,
    materials.map(({ uploadId: _u, ...m }) => ({ ...m, case_id: caseId })),
  );
  await store.deleteUploads(trx, [...new Set(materials.map((m) => m.uploadId))]);
}

/** Writes the step plan: who finished, what opened, with times and the actor. */
async function applySteps(c: Ctx, plan: StepPlan, note: Effect['stepNote']) {
  for (const p of plan) {
    const before = c.steps.find((s) => s.seq === p.seq);
    if (!before || (before.status === p.status && note?.seq !== p.seq)) continue;
    const patch: Parameters<typeof store.updateStep>[3] = { status: p.status };
    if (p.status === 'active') Object.assign(patch, { started_at: c.now, completed_at: null });
    if (p.status === 'done') {
      Object.assign(patch, { completed_at: c.now, started_at: before.started_at ?? c.row.received_at });
      if (c.actor.kind === 'staff') Object.assign(patch, { actor_staff_id: c.actor.staffId, actor_name: c.actor.name });
      if (note?.seq === p.seq) patch.opinion = note.opinion;
    }
    await store.updateStep(c.trx, c.row.id, p.seq, patch);
  }
}

/**
 * One move on one case (R-APP-2..3, R-LAW-2..6): locked, checked against the version the user saw
 * (409 otherwise — never a lost update), checked by the state machine for this actor, applied,
 * and recorded (history, audit, outbox) in the same transaction.
 */
export async function transition(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  input: TransitionInput,
): Promise<void> {
  if (!actor) throw new DomainError('auth.required');
  const peek = await store.findCase(ctx.database.db, caseId);
  if (!peek) throw new DomainError('resource.not_found');
  const rules = await rulesFor(ctx, peek.centre_id);
  const { definition } = await guide(ctx, { versionId: peek.item_version_id });
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await store.lockCase(trx, caseId);
    if (!row) throw new DomainError('resource.not_found');
    const deciding = await store.centrePath(trx, row.centre_id);
    const intake = row.intake_centre_id ? await store.centrePath(trx, row.intake_centre_id) : null;
    const { parties, canRead } = partiesFor(actor, row, { deciding: deciding.path, intake: intake?.path ?? null });
    if (!canRead) throw new DomainError('resource.not_found');
    if (row.version !== input.version) throw new DomainError('case.version_conflict', { current: row.version });
    const now = new Date();
    const steps = await store.listSteps(trx, caseId);
    const problem = actionProblem(factsOf(row, steps, now), input.action, parties);
    if (problem) throw new DomainError(problem);
    await refuseIfHeld(trx, caseId, input.action);

    const c: Ctx = { ctx, trx, actor, row, steps, parties, calendar: rules.calendar, definition, now };
    const effect = await effectOf(c, input);
    if (effect.steps) await applySteps(c, effect.steps, effect.stepNote);
    const toStatus = nextStatus(input.action, row.status, {
      ...(input.action === 'decide' ? { outcome: input.outcome } : {}),
      resumeStatus: row.resume_status,
    });
    const applied = await store.updateCase(trx, caseId, row.version, { ...effect.patch, status: toStatus });
    if (!applied) throw new DomainError('case.version_conflict');
    const stepsAfter = await store.listSteps(trx, caseId);
    const pauses = await store.listPauses(trx, caseId);
    const facts = factsOf(applied, stepsAfter, now);
    const clock = clockOf(rules, applied, pausesOf(pauses), now);
    await store.setDerived(trx, caseId, {
      waiting_roles: waitingRoles(facts),
      due_at: clock.dueAt,
      warn_at: clock.warnAt,
    });
    await recordMove(trx, ctx, actor, meta, {
      caseId,
      applicantPersonId: row.applicant_person_id,
      action: input.action,
      fromStatus: row.status,
      toStatus,
      note: effect.note ?? null,
      data: effect.data ?? {},
      ...(effect.topic ? { topic: effect.topic } : {}),
      rules,
    });
  });
}
