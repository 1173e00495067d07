/**
 * The case state machine (R-APP-1..3, R-LAW-2..6, R-ORG-5): every status, every action, which
 * statuses an action starts from, and who may take it. Pure data and functions — the service
 * asks it and the tests walk it; nothing here reads the database or the clock.
 */

export const caseStatuses = [
  'submitted', // 待预审 / 待受理 at the deciding window
  'township_review', // 乡镇初审: a township centre took it in and reviews it before passing it up (Art. 43)
  'supplement', // 待补正: returned to the applicant for materials (one-time notice, Art. 32)
  'rejected', // 不予受理 (terminal)
  'in_review', // 审查中: accepted, the process steps run, the clock runs
  'special_procedure', // 特别程序: hearing, testing… the clock is stopped (Art. 45)
  'granted', // 准予许可: certificate to be issued within 10 days (Art. 44)
  'denied', // 不予许可: decision with reasons and remedies (Art. 38)
  'concluded', // 办结 (terminal)
  'withdrawn', // 撤回 (terminal)
  'revoked', // 容缺受理撤销: tolerated materials never came (terminal)
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const terminalStatuses: readonly CaseStatus[] = ['rejected', 'concluded', 'withdrawn', 'revoked'];

/**
 * Who someone is to a given case. The service derives it from the session and the case (window,
 * department, intake centre, applicant); the machine only sees the relation.
 */
export const caseParties = [
  'applicant', // the person (or enterprise member) who applied
  'agent', // the township/community agent who applied for the resident
  'intake_officer', // staff of the township centre that took the case in (agent or window clerk)
  'window_clerk', // clerk of the deciding window
  'approver', // approver of the deciding department
  'department_head', // head of the deciding department
] as const;
export type CaseParty = (typeof caseParties)[number];

export const caseActions = [
  'accept',
  'reject',
  'request_supplement',
  'supplement',
  'pass_up',
  'review',
  'request_extension',
  'approve_extension',
  'start_special',
  'end_special',
  'decide',
  'issue_certificate',
  'conclude',
  'withdraw',
  'confirm_tolerated',
  'revoke_acceptance',
] as const;
export type CaseAction = (typeof caseActions)[number];

type Rule = { from: readonly CaseStatus[]; by: readonly CaseParty[] };

const handlers: readonly CaseParty[] = ['window_clerk', 'approver', 'department_head'];
const open: readonly CaseStatus[] = ['submitted', 'township_review', 'supplement', 'in_review', 'special_procedure'];

/** The table itself. Finer conditions (whose step it is, tolerance due…) are in `actionProblem`. */
export const transitionRules: Readonly<Record<CaseAction, Rule>> = {
  accept: { from: ['submitted'], by: ['window_clerk'] },
  reject: { from: ['submitted'], by: ['window_clerk'] },
  request_supplement: {
    from: ['submitted', 'township_review', 'in_review'],
    by: ['window_clerk', 'approver', 'intake_officer'],
  },
  supplement: { from: ['supplement'], by: ['applicant', 'agent'] },
  pass_up: { from: ['township_review'], by: ['intake_officer'] },
  review: { from: ['in_review'], by: handlers },
  request_extension: { from: ['in_review', 'special_procedure'], by: handlers },
  approve_extension: { from: ['in_review', 'special_procedure'], by: ['department_head'] },
  start_special: { from: ['in_review'], by: handlers },
  end_special: { from: ['special_procedure'], by: handlers },
  decide: { from: ['in_review'], by: handlers },
  issue_certificate: { from: ['granted'], by: ['window_clerk'] },
  conclude: { from: ['denied'], by: ['window_clerk'] },
  withdraw: { from: open, by: ['applicant', 'agent'] },
  confirm_tolerated: { from: ['in_review', 'special_procedure', 'granted'], by: ['window_clerk'] },
  revoke_acceptance: { from: ['in_review', 'special_procedure'], by: ['window_clerk'] },
};

/** The status an action leads to (for actions whose result depends on the input, the input decides). */
export function nextStatus(
  action: CaseAction,
  current: CaseStatus,
  input: { outcome?: 'grant' | 'deny'; resumeStatus?: CaseStatus | null },
): CaseStatus {
  switch (action) {
    case 'accept':
      return 'in_review';
    case 'reject':
      return 'rejected';
    case 'request_supplement':
      return 'supplement';
    case 'supplement':
      return input.resumeStatus ?? 'submitted';
    case 'pass_up':
      return 'submitted';
    case 'start_special':
      return 'special_procedure';
    case 'end_special':
      return 'in_review';
    case 'decide':
      return input.outcome === 'deny' ? 'denied' : 'granted';
    case 'issue_certificate':
    case 'conclude':
      return 'concluded';
    case 'withdraw':
      return 'withdrawn';
    case 'revoke_acceptance':
      return 'revoked';
    case 'review':
    case 'request_extension':
    case 'approve_extension':
    case 'confirm_tolerated':
      return current;
  }
}

export type StepState = { seq: number; role: string; stepKey: string; status: 'pending' | 'active' | 'done' };

/** What the finer rules need to know about a case. */
export type CaseFacts = {
  status: CaseStatus;
  steps: readonly StepState[];
  toleranceOpen: boolean;
  toleranceDuePassed: boolean;
  extension: { approved: boolean } | null;
};

/** The steps whose turn it is. */
export const activeSteps = (steps: readonly StepState[]) => steps.filter((s) => s.status === 'active');

/**
 * The step that is the decision: the last one, unless the process is only the acceptance step
 * (即办件), in which case the window decides.
 */
export function decisionRole(steps: readonly StepState[]): string {
  const last = steps.at(-1);
  return last && !(steps.length === 1 && last.stepKey === 'accept') ? last.role : 'window_clerk';
}

const isLast = (steps: readonly StepState[], step: StepState) => step.seq === steps.at(-1)?.seq;

/**
 * Why `party` may not take `action` on this case now, or null when it may. The error codes are
 * the catalogue's.
 */
export type ActionProblem =
  | 'case.invalid_transition'
  | 'case.not_your_action'
  | 'case.not_your_step'
  | 'case.steps_pending'
  | 'case.extension_exists'
  | 'case.no_extension_pending'
  | 'case.no_tolerance_open'
  | 'case.tolerance_not_due'
  | 'case.tolerance_open';

export function actionProblem(
  facts: CaseFacts,
  action: CaseAction,
  parties: readonly CaseParty[],
): ActionProblem | null {
  const rule = transitionRules[action];
  if (!rule.from.includes(facts.status)) return 'case.invalid_transition';
  if (!rule.by.some((p) => parties.includes(p))) return 'case.not_your_action';
  const active = activeSteps(facts.steps);
  const mine = active.filter((s) => parties.includes(s.role as CaseParty));
  switch (action) {
    case 'request_supplement': {
      // Whoever holds the case asks: the township before passing up, the window before
      // acceptance, the window or the reviewer during review.
      const askers: Partial<Record<CaseStatus, readonly CaseParty[]>> = {
        submitted: ['window_clerk'],
        township_review: ['intake_officer'],
        in_review: ['window_clerk', 'approver'],
      };
      return askers[facts.status]?.some((p) => parties.includes(p)) ? null : 'case.not_your_action';
    }
    case 'review':
      // Every step but the last is reviewed; the last is the decision itself.
      if (!mine.some((s) => !isLast(facts.steps, s))) return 'case.not_your_step';
      return null;
    case 'decide': {
      const role = decisionRole(facts.steps);
      if (!parties.includes(role as CaseParty)) return 'case.not_your_step';
      const pending = facts.steps.filter(
        (s) => s.status !== 'done' && !isLast(facts.steps, s) && s.stepKey !== 'accept',
      );
      if (pending.length) return 'case.steps_pending';
      return null;
    }
    case 'request_extension':
      return facts.extension ? 'case.extension_exists' : null;
    case 'approve_extension':
      return facts.extension && !facts.extension.approved ? null : 'case.no_extension_pending';
    case 'issue_certificate':
      // 容缺受理: the tolerated materials must be in before the licence is handed over.
      return facts.toleranceOpen ? 'case.tolerance_open' : null;
    case 'confirm_tolerated':
      return facts.toleranceOpen ? null : 'case.no_tolerance_open';
    case 'revoke_acceptance':
      if (!facts.toleranceOpen) return 'case.no_tolerance_open';
      return facts.toleranceDuePassed ? null : 'case.tolerance_not_due';
    default:
      return null;
  }
}

/** Every action `parties` may take now: what the UI offers, checked by the same rules. */
export function allowedActions(facts: CaseFacts, parties: readonly CaseParty[]): CaseAction[] {
  return caseActions.filter((a) => actionProblem(facts, a, parties) === null);
}

/** Whose move it is, for the queues' "to do" view. */
export function waitingRoles(facts: CaseFacts): string[] {
  const roles = new Set<string>();
  switch (facts.status) {
    case 'submitted':
    case 'granted':
    case 'denied':
      roles.add('window_clerk');
      break;
    case 'township_review':
      roles.add('intake_officer');
      break;
    case 'supplement':
      roles.add('applicant');
      break;
    case 'in_review':
    case 'special_procedure':
      for (const s of activeSteps(facts.steps)) roles.add(s.role);
      if (facts.status === 'in_review' && !activeSteps(facts.steps).length) roles.add(decisionRole(facts.steps));
      if (facts.extension && !facts.extension.approved) roles.add('department_head');
      if (facts.toleranceOpen) roles.add('window_clerk');
      break;
    default:
      break;
  }
  return [...roles].sort();
}

/**
 * Steps after a move. Acceptance completes the 受理 step (when the process starts with one) and
 * opens the next group; a review completes the actor's step and opens the next group when its
 * group is done; a send-back reopens the previous group. Parallel steps share a `parallelGroup`.
 */
export type StepPlan = Array<{ seq: number; status: 'pending' | 'active' | 'done' }>;

type GroupedStep = StepState & { parallelGroup: string | null };

function groups(steps: readonly GroupedStep[]): GroupedStep[][] {
  const out: GroupedStep[][] = [];
  for (const s of steps) {
    const last = out.at(-1);
    if (last && s.parallelGroup && last[0]?.parallelGroup === s.parallelGroup) last.push(s);
    else out.push([s]);
  }
  return out;
}

export function stepsOnAccept(steps: readonly GroupedStep[]): StepPlan {
  const gs = groups(steps);
  const first = gs[0];
  const skipAccept = first?.length === 1 && first[0]?.stepKey === 'accept';
  const done = skipAccept ? new Set(first.map((s) => s.seq)) : new Set<number>();
  const next = gs[skipAccept ? 1 : 0] ?? [];
  const active = new Set(next.map((s) => s.seq));
  return steps.map((s) => ({
    seq: s.seq,
    status: done.has(s.seq) ? 'done' : active.has(s.seq) ? 'active' : 'pending',
  }));
}

export function stepsOnReview(steps: readonly GroupedStep[], seq: number, outcome: 'agree' | 'send_back'): StepPlan {
  const gs = groups(steps);
  const gi = gs.findIndex((g) => g.some((s) => s.seq === seq));
  const status = new Map(steps.map((s) => [s.seq, s.status]));
  if (outcome === 'agree') {
    status.set(seq, 'done');
    if (gs[gi]?.every((s) => status.get(s.seq) === 'done'))
      for (const s of gs[gi + 1] ?? []) status.set(s.seq, 'active');
  } else {
    for (const s of gs[gi] ?? []) status.set(s.seq, 'pending');
    for (const s of gs[gi - 1] ?? []) status.set(s.seq, 'active');
  }
  return steps.map((s) => ({ seq: s.seq, status: status.get(s.seq) ?? s.status }));
}

/** A send-back goes to the previous review step, never to acceptance (that is a supplement). */
export function canSendBack(steps: readonly GroupedStep[], seq: number): boolean {
  const gs = groups(steps);
  const gi = gs.findIndex((g) => g.some((s) => s.seq === seq));
  const prev = gs[gi - 1];
  return !!prev && !(prev.length === 1 && prev[0]?.stepKey === 'accept');
}

/** The last step completes with the decision. */
export function stepsOnDecide(steps: readonly StepState[]): StepPlan {
  return steps.map((s) => ({ seq: s.seq, status: 'done' }));
}
