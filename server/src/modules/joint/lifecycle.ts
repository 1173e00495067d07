/**
 * The joint case follows its lead case (R-APP-7 stage 1): an application for a joint item opens
 * it, the lead window's acceptance notifies every co-window (抄告) and starts the 45-day clock,
 * and a lead case that ends early (not accepted, withdrawn, acceptance revoked) closes it; the
 * lead case's own decision waits for the joint case's completion (stage 4). Runs as a cases move
 * hook, inside the move's transaction: both commit or neither. The decision's wait is an action
 * hold: the move is refused, and the lead case's view shows the decision as waiting.
 */
import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { addWorkingDays } from '../../platform/working-time/index.js';
import { onActionHold, type ActionHold } from '../cases/action-holds.js';
import { onCaseMove, type Move, type MoveHook } from '../cases/move-hooks.js';
import { CC_REPLY_DAYS, DEFAULT_SUB_LIMIT_DAYS } from './model.js';
import { recordChange } from './record.js';
import * as store from './store.js';

async function openJoint(trx: Kysely<Database>, ctx: AppContext, actor: Actor | null, meta: RequestMeta, move: Move) {
  // Most applications are for single-department items; when the submitter says so, no read.
  if (move.jointItem === false) return;
  const summary = await store.jointItemOfCase(trx, move.caseId);
  const joint = summary?.joint;
  if (!summary || !joint) return;
  const row = await store.insertJoint(trx, {
    case_id: move.caseId,
    centre_id: summary.centre_id,
    lead_department_id: summary.department_id,
    lead_window_id: summary.window_id,
  });
  const added: string[] = [];
  for (const departmentId of joint.coDepartmentIds) {
    if (departmentId === summary.department_id) continue;
    const window = await store.windowOfDepartment(trx, departmentId, summary.centre_id);
    const sub = await store.insertSub(trx, {
      joint_case_id: row.id,
      department_id: departmentId,
      window_id: window?.id ?? null,
      status: 'waiting',
      limit_days: DEFAULT_SUB_LIMIT_DAYS,
      added_stage: 'acceptance',
    });
    added.push(sub.id);
  }
  await recordChange(trx, ctx, actor, meta, row, {}, [{ kind: 'opened', data: { subCases: added.length } }], {
    audit: false,
  });
}

async function accepted(trx: Kysely<Database>, ctx: AppContext, actor: Actor | null, meta: RequestMeta, move: Move) {
  const joint = await store.lockJointByCase(trx, move.caseId);
  if (!joint || joint.stage !== 'acceptance') return;
  const now = new Date();
  const due = addWorkingDays(move.rules.calendar, now, CC_REPLY_DAYS);
  const subs = (await store.listSubs(trx, joint.id)).filter((s) => s.status === 'waiting');
  for (const s of subs) await store.updateSub(trx, s.id, { status: 'notified', notified_at: now, due_at: due });
  const acceptedAt = typeof move.data?.acceptedAt === 'string' ? new Date(move.data.acceptedAt) : now;
  await recordChange(
    trx,
    ctx,
    actor,
    meta,
    joint,
    { stage: 'inspection_review', accepted_at: acceptedAt },
    [
      { kind: 'accepted', data: { acceptedAt: acceptedAt.toISOString() } },
      ...subs.map((s) => ({ kind: 'cc_notice', subCaseId: s.id, data: { dueAt: due.toISOString() } })),
    ],
    { audit: false },
  );
}

async function closed(trx: Kysely<Database>, ctx: AppContext, actor: Actor | null, meta: RequestMeta, move: Move) {
  const joint = await store.lockJointByCase(trx, move.caseId);
  if (!joint || joint.stage === 'completed' || joint.stage === 'closed') return;
  await recordChange(
    trx,
    ctx,
    actor,
    meta,
    joint,
    { stage: 'closed' },
    [{ kind: 'closed', data: { by: move.action } }],
    {
      audit: false,
    },
  );
}

const waits = (joint: { id: string; stage: string }) =>
  new DomainError('joint.decision_waits', { jointCaseId: joint.id, stage: joint.stage });

/**
 * The licence decision on a joint item is one decision on everything the departments found: the
 * lead window makes it only once every co-department has decided and the completion notice is out
 * (a joint case closed early has nothing left to wait for).
 */
const decisionWaits: ActionHold = {
  action: 'decide',
  async check(db, caseId, { lock }) {
    const joint = lock ? await store.lockJointByCase(db, caseId) : await store.findJointByCase(db, caseId);
    return joint && joint.stage !== 'completed' && joint.stage !== 'closed' ? waits(joint) : null;
  },
  async among(db, caseIds) {
    return new Map((await store.openJointsOfCases(db, caseIds)).map((j) => [j.case_id, waits(j)]));
  },
};

// One function for the process: registering it again (another app in the same process) is a no-op.
const followLeadCase: MoveHook = async (trx, ctx, actor, meta, move) => {
  switch (move.action) {
    case 'submit':
    case 'intake':
      return openJoint(trx, ctx, actor, meta, move);
    case 'accept':
      return accepted(trx, ctx, actor, meta, move);
    case 'reject':
    case 'withdraw':
    case 'revoke_acceptance':
      return closed(trx, ctx, actor, meta, move);
    default:
      return;
  }
};

export function registerJointLifecycle(): void {
  onCaseMove(followLeadCase);
  onActionHold(decisionWaits);
}
