/**
 * Joint cases (联办件, R-APP-7, R-APP-8, R-LAW-3): the four stages, who may do what at each,
 * and the rules of deemed agreement. Pure: the service passes rows and "now"; nothing here
 * reads the database or the clock.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import type { JointOpinion, JointStage, SubCaseStatus } from '../../platform/db/schema-joint.js';

/** Art. 42: unified, joint or centralised handling — 45 working days, extended once by 15. */
export const JOINT_LIMIT_DAYS = 45;
export const JOINT_MAX_EXTENSION_DAYS = 15;
/** How long a co-window has to answer the lead's 抄告 before the meeting (a centre's usual rule). */
export const CC_REPLY_DAYS = 5;
/** A sub-case's own limit after the formal start, unless the lead sets another. */
export const DEFAULT_SUB_LIMIT_DAYS = 20;
/** Art. 34: an inspection on site is done by at least two staff. */
export const MIN_INSPECTION_STAFF = 2;

/** The four stages in order (closed: the lead case ended before completion — rejected, withdrawn). */
export const jointStages: readonly JointStage[] = ['acceptance', 'inspection_review', 'started', 'completed'];

export const jointActions = [
  'record_inspection',
  'record_meeting',
  'start',
  'complete',
  'extend',
  'add_window',
  'remove_window',
  'deem',
  'opinion',
  'review',
  'decide',
] as const;
export type JointAction = (typeof jointActions)[number];

type Rule = { stages: readonly JointStage[]; by: 'lead' | 'co' };
const running: readonly JointStage[] = ['acceptance', 'inspection_review', 'started'];

/** The table itself; the finer conditions (meeting held, all decided, overdue…) follow below. */
export const jointRules: Readonly<Record<JointAction, Rule>> = {
  record_inspection: { stages: ['inspection_review'], by: 'lead' },
  record_meeting: { stages: ['inspection_review'], by: 'lead' },
  start: { stages: ['inspection_review'], by: 'lead' },
  complete: { stages: ['started'], by: 'lead' },
  extend: { stages: ['inspection_review', 'started'], by: 'lead' },
  // R-APP-8: at any stage while the case runs.
  add_window: { stages: running, by: 'lead' },
  remove_window: { stages: running, by: 'lead' },
  deem: { stages: ['inspection_review', 'started'], by: 'lead' },
  opinion: { stages: ['inspection_review'], by: 'co' },
  review: { stages: ['started'], by: 'co' },
  decide: { stages: ['started'], by: 'co' },
};

/** What the actor is to a joint case. */
export type Participation = {
  lead: boolean;
  /** Sub-cases (not removed) the actor acts for: its window's clerk or its department's approver/head. */
  coSubCaseIds: string[];
  /** May decide for those sub-cases (approver or head; a clerk records steps and opinions). */
  coDecides: boolean;
  applicant: boolean;
  canRead: boolean;
};

export type ParticipationFacts = {
  leadWindowId: string;
  leadDepartmentId: string;
  centrePath: string;
  applicantPersonId: string;
  applicantEnterpriseId: string | null;
  subs: ReadonlyArray<{ id: string; windowId: string | null; departmentId: string; status: SubCaseStatus }>;
};

export function participationOf(actor: Actor | null, f: ParticipationFacts): Participation {
  const none: Participation = { lead: false, coSubCaseIds: [], coDecides: false, applicant: false, canRead: false };
  if (actor?.kind === 'person') {
    const mine = f.applicantEnterpriseId
      ? f.applicantEnterpriseId === actor.enterpriseId
      : f.applicantPersonId === actor.personId && actor.enterpriseId === null;
    return { ...none, applicant: mine, canRead: mine };
  }
  if (actor?.kind !== 'staff' || !actor.acting || !actor.mfaPassed || actor.passwordExpired) return none;
  const a = actor.acting;
  const head = a.role === 'approver' || a.role === 'department_head';
  const lead =
    (a.role === 'window_clerk' && a.windowId === f.leadWindowId) || (head && a.departmentId === f.leadDepartmentId);
  const coSubCaseIds = f.subs
    .filter((s) => s.status !== 'removed')
    .filter(
      (s) =>
        (a.role === 'window_clerk' && s.windowId !== null && a.windowId === s.windowId) ||
        (head && a.departmentId === s.departmentId),
    )
    .map((s) => s.id);
  // A removed window still reads the history it took part in (its work stays there).
  const formerCo = f.subs.some(
    (s) => (a.role === 'window_clerk' && s.windowId === a.windowId) || (head && a.departmentId === s.departmentId),
  );
  const supervisor = a.role === 'supervisor' && centreInReach(a, f.centrePath);
  return {
    lead,
    coSubCaseIds,
    coDecides: head && coSubCaseIds.length > 0,
    applicant: false,
    canRead: lead || formerCo || supervisor,
  };
}

export type JointProblem =
  'joint.invalid_stage' | 'joint.lead_only' | 'joint.not_your_sub_case' | 'joint.sub_case_closed';

/**
 * Why the actor may not take `action` now (on `sub`, for the co-window actions), or null. The
 * stage is checked after the party, so a co-window trying a lead-only action hears that it is
 * lead-only whatever the stage.
 */
export function actionProblem(
  stage: JointStage,
  action: JointAction,
  p: Participation,
  sub?: { id: string; status: SubCaseStatus },
): JointProblem | null {
  const rule = jointRules[action];
  if (rule.by === 'lead' && !p.lead) return 'joint.lead_only';
  if (rule.by === 'co' && (!sub || !p.coSubCaseIds.includes(sub.id))) return 'joint.not_your_sub_case';
  if (action === 'decide' && !p.coDecides) return 'joint.not_your_sub_case';
  if (!rule.stages.includes(stage)) return 'joint.invalid_stage';
  if (sub) {
    const wanted: Partial<Record<JointAction, readonly SubCaseStatus[]>> = {
      opinion: ['notified'],
      review: ['in_review'],
      decide: ['in_review'],
      deem: ['notified', 'in_review'],
    };
    const ok = wanted[action];
    if (ok && !ok.includes(sub.status)) return 'joint.sub_case_closed';
  }
  return null;
}

/** Where a department added now joins (R-APP-8): at the current stage, with its tasks. */
export function statusOnJoin(stage: JointStage): SubCaseStatus {
  if (stage === 'acceptance') return 'waiting';
  if (stage === 'inspection_review') return 'notified';
  return 'in_review';
}

type SubFacts = { status: SubCaseStatus; dueAt: Date | null; opinion: JointOpinion | null };

/** A co-window silent past its limit (DOMAIN.md: flagged; deemed to agree only if the centre says so). */
export function isSilentOverdue(sub: SubFacts, now: Date): boolean {
  if (!sub.dueAt || now <= sub.dueAt) return false;
  if (sub.status === 'notified') return sub.opinion === null;
  return sub.status === 'in_review';
}

export const canDeem = (sub: SubFacts, now: Date, centreAllows: boolean) => centreAllows && isSilentOverdue(sub, now);

/** Sub-cases that still have to decide before the completion notice. */
export const undecided = <T extends { status: SubCaseStatus }>(subs: readonly T[]) =>
  subs.filter((s) => s.status !== 'removed' && s.status !== 'decided');

export type AttendanceInput = { subCaseId: string; attended: boolean; position?: 'agree' | 'disagree'; text?: string };

/**
 * Each department's opinion at the joint review meeting: as stated there, else the answer it
 * gave to the 抄告; a department that did not attend is deemed to agree (视为同意), recorded so.
 * Returns null for a sub-case that attended without any opinion (the meeting must state it).
 */
export function meetingOpinion(
  sub: { opinion: JointOpinion | null },
  entry: AttendanceInput | undefined,
  by: string,
  at: string,
): JointOpinion | null {
  if (!entry?.attended) return { position: 'agree', text: '未参加联合会审，视为同意', by, at, deemed: 'absent' };
  if (entry.position) return { position: entry.position, text: entry.text ?? '', by, at, deemed: null };
  return sub.opinion;
}

/** The stage bar's index for the four stages (closed shows where it stopped). */
export const stageIndex = (stage: JointStage, acceptedAt: Date | null) =>
  stage === 'closed' ? (acceptedAt ? 1 : 0) : jointStages.indexOf(stage);

/** Every action the actor may take now, for the UI's buttons (checked again by the service). */
export function abilities(
  stage: JointStage,
  p: Participation,
  subs: ReadonlyArray<{ id: string; status: SubCaseStatus }>,
  ready: { meetingHeld: boolean; completable: boolean },
): Record<'lead' | 'co', JointAction[]> & { bySubCase: Record<string, JointAction[]> } {
  // Offered only when it would succeed: start after the meeting, completion once all have decided.
  const finer: Partial<Record<JointAction, boolean>> = { start: ready.meetingHeld, complete: ready.completable };
  const leadActions = jointActions.filter(
    (a) => jointRules[a].by === 'lead' && actionProblem(stage, a, p) === null && finer[a] !== false,
  );
  const bySubCase: Record<string, JointAction[]> = {};
  for (const s of subs)
    bySubCase[s.id] = (['opinion', 'review', 'decide'] as const).filter((a) => actionProblem(stage, a, p, s) === null);
  return { lead: leadActions, co: [...new Set(Object.values(bySubCase).flat())], bySubCase };
}
