import type { Kysely, Updateable } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { JointCaseTable } from '../../platform/db/schema-joint.js';
import { DomainError } from '../../platform/errors.js';
import { announceToApplicant } from '../cases/announce.js';
import type { ClockRules } from '../cases/clock.js';
import { rulesFor } from '../cases/rules-source.js';
import { issueForMove } from '../notices/issue.js';
import { actionProblem, participationOf, type JointAction, type Participation } from './model.js';
import { recordChange, type EventDraft } from './record.js';
import * as store from './store.js';

export type Summary = NonNullable<Awaited<ReturnType<typeof store.caseSummary>>>;

/** What a use case sees inside its transaction. */
export type ChangeCtx = {
  trx: Kysely<Database>;
  ctx: AppContext;
  actor: Actor;
  joint: store.JointRow;
  subs: store.SubCaseRow[];
  summary: Summary;
  part: Participation;
  rules: ClockRules;
  deemAllowed: boolean;
  now: Date;
  /** The sub-case the action is on, when it is on one (already checked to exist). */
  sub: store.SubCaseRow | null;
};

/**
 * What a use case returns: the row's patch, the history entries, a notice to issue, and what the
 * applicant is told (in-app, SMS, e-mail).
 */
export type ChangeResult = {
  patch: Updateable<JointCaseTable>;
  events: EventDraft[];
  notice?: { topic: 'joint.start' | 'joint.complete'; departments: Array<Record<string, string>> };
  tell?: { topic: 'case.joint_start' | 'case.joint_extension' | 'case.joint_complete'; data?: Record<string, unknown> };
};

export function participationFor(
  actor: Actor | null,
  joint: store.JointRow,
  summary: Summary,
  subs: readonly store.SubCaseRow[],
) {
  return participationOf(actor, {
    leadWindowId: joint.lead_window_id,
    leadDepartmentId: joint.lead_department_id,
    centrePath: summary.centre_path,
    applicantPersonId: summary.applicant_person_id,
    applicantEnterpriseId: summary.applicant_enterprise_id,
    subs: subs.map((s) => ({ id: s.id, windowId: s.window_id, departmentId: s.department_id, status: s.status })),
  });
}

/**
 * One change of a joint case (R-APP-7/8): locked, checked against the version the user saw (409
 * otherwise), checked by the stage machine for this actor, applied and recorded — history,
 * audit, notice, live notification — in one transaction. A refusal changes nothing.
 */
export async function change(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  jointId: string,
  input: { version: number; action: JointAction; subCaseId?: string },
  apply: (c: ChangeCtx) => Promise<ChangeResult>,
): Promise<void> {
  if (!actor) throw new DomainError('auth.required');
  const peek = await store.findJoint(ctx.database.db, jointId);
  if (!peek) throw new DomainError('resource.not_found');
  // Read before the transaction: the embedded pool has one connection, so never inside it.
  const rules = await rulesFor(ctx, peek.centre_id);
  await ctx.database.db.transaction().execute(async (trx) => {
    const joint = await store.lockJoint(trx, jointId);
    const summary = joint && (await store.caseSummary(trx, joint.case_id));
    if (!joint || !summary) throw new DomainError('resource.not_found');
    const subs = await store.listSubs(trx, joint.id);
    const part = participationFor(actor, joint, summary, subs);
    if (!part.canRead) throw new DomainError('resource.not_found');
    if (joint.version !== input.version) throw new DomainError('joint.version_conflict', { current: joint.version });
    const sub = input.subCaseId ? (subs.find((s) => s.id === input.subCaseId) ?? null) : null;
    if (input.subCaseId && !sub) throw new DomainError('resource.not_found');
    const problem = actionProblem(joint.stage, input.action, part, sub ?? undefined);
    if (problem) throw new DomainError(problem);
    const setting = await store.findSetting(trx, joint.centre_id);
    const c: ChangeCtx = {
      trx,
      ctx,
      actor,
      joint,
      subs,
      summary,
      part,
      rules,
      deemAllowed: setting?.deem_silent_agreement ?? false,
      now: new Date(),
      sub,
    };
    const result = await apply(c);
    const notice = result.notice;
    await recordChange(trx, ctx, actor, meta, joint, result.patch, result.events, {
      audit: true,
      beforeAudit: notice
        ? (eventIds) =>
            issueForMove(trx, ctx, actor, {
              caseId: joint.case_id,
              applicantPersonId: summary.applicant_person_id,
              action: notice.topic.replace('.', '_'),
              fromStatus: summary.status,
              toStatus: summary.status,
              topic: notice.topic,
              data: { departments: notice.departments },
              rules,
              eventId: eventIds[0] ?? joint.id,
            })
        : undefined,
    });
    if (result.tell)
      await announceToApplicant(trx, {
        caseId: joint.case_id,
        applicantPersonId: summary.applicant_person_id,
        topic: result.tell.topic,
        payload: { action: input.action, jointCaseId: joint.id, ...result.tell.data },
      });
  });
}
