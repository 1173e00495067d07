import { describe, expect, it } from 'vitest';
import {
  actionProblem,
  allowedActions,
  caseActions,
  caseParties,
  caseStatuses,
  stepsOnAccept,
  stepsOnReview,
  waitingRoles,
  type CaseAction,
  type CaseFacts,
  type CaseParty,
  type CaseStatus,
} from './model.js';

// The table as the law and the centre's practice give it, written out by hand so that a change
// to the machine has to change this too.
const H: CaseParty[] = ['window_clerk', 'approver', 'department_head'];
const allowed: Array<[CaseAction, CaseStatus[], CaseParty[]]> = [
  ['accept', ['submitted'], ['window_clerk']],
  ['reject', ['submitted'], ['window_clerk']],
  ['supplement', ['supplement'], ['applicant', 'agent']],
  ['pass_up', ['township_review'], ['intake_officer']],
  ['review', ['in_review'], H],
  ['request_extension', ['in_review', 'special_procedure'], H],
  ['approve_extension', ['in_review', 'special_procedure'], ['department_head']],
  ['start_special', ['in_review'], H],
  ['end_special', ['special_procedure'], H],
  ['decide', ['in_review'], H],
  ['issue_certificate', ['granted'], ['window_clerk']],
  ['conclude', ['denied'], ['window_clerk']],
  [
    'withdraw',
    ['submitted', 'township_review', 'supplement', 'in_review', 'special_procedure'],
    ['applicant', 'agent'],
  ],
  ['confirm_tolerated', ['in_review', 'special_procedure', 'granted'], ['window_clerk']],
  ['revoke_acceptance', ['in_review', 'special_procedure'], ['window_clerk']],
];
const supplementAskers: Partial<Record<CaseStatus, CaseParty[]>> = {
  submitted: ['window_clerk'],
  township_review: ['intake_officer'],
  in_review: ['window_clerk', 'approver'],
};

const isAllowed = (action: CaseAction, status: CaseStatus, party: CaseParty) =>
  action === 'request_supplement'
    ? (supplementAskers[status] ?? []).includes(party)
    : allowed.some(([a, ss, ps]) => a === action && ss.includes(status) && ps.includes(party));

const facts = (status: CaseStatus): CaseFacts => ({
  status,
  steps: [
    { seq: 1, role: 'window_clerk', stepKey: 'accept', status: 'done' },
    { seq: 2, role: 'approver', stepKey: 'review', status: 'active' },
    { seq: 3, role: 'department_head', stepKey: 'decide', status: 'pending' },
  ],
  toleranceOpen: true,
  toleranceDuePassed: true,
  extension: null,
});

describe('the case state machine', () => {
  // Every status × action × party: the coarse answer (may this party do this from this status)
  // must match the table; finer rules (whose step, tolerance…) answer with their own codes.
  for (const status of caseStatuses)
    for (const action of caseActions)
      for (const party of caseParties) {
        const expected = isAllowed(action, status, party);
        it(`[R-APP-2] ${expected ? 'allows' : 'forbids'} ${action} from ${status} by ${party}`, () => {
          const problem = actionProblem(facts(status), action, [party]);
          const coarse = problem === 'case.invalid_transition' || problem === 'case.not_your_action';
          expect(!coarse).toBe(expected);
        });
      }

  it('[R-APP-2] only the step’s role reviews; the decision waits for every review step', () => {
    const f = facts('in_review');
    expect(actionProblem(f, 'review', ['approver'])).toBeNull();
    expect(actionProblem(f, 'review', ['department_head'])).toBe('case.not_your_step');
    expect(actionProblem(f, 'decide', ['department_head'])).toBe('case.steps_pending');
    expect(actionProblem(f, 'decide', ['approver'])).toBe('case.not_your_step');
    const ready = {
      ...f,
      steps: f.steps.map((s) => ({ ...s, status: s.seq === 3 ? ('active' as const) : ('done' as const) })),
    };
    expect(actionProblem(ready, 'decide', ['department_head'])).toBeNull();
    expect(allowedActions(ready, ['department_head'])).toEqual(['request_extension', 'start_special', 'decide']);
  });

  it('[R-LAW-3] one extension per case, approved by the department head', () => {
    const f = facts('in_review');
    expect(actionProblem(f, 'approve_extension', ['department_head'])).toBe('case.no_extension_pending');
    const pending = { ...f, extension: { approved: false } };
    expect(actionProblem(pending, 'request_extension', ['approver'])).toBe('case.extension_exists');
    expect(actionProblem(pending, 'approve_extension', ['department_head'])).toBeNull();
    expect(waitingRoles(pending)).toContain('department_head');
  });

  it('[R-APP-3] tolerance: revoke only after its deadline, no certificate while open', () => {
    expect(
      actionProblem({ ...facts('in_review'), toleranceDuePassed: false }, 'revoke_acceptance', ['window_clerk']),
    ).toBe('case.tolerance_not_due');
    expect(actionProblem(facts('granted'), 'issue_certificate', ['window_clerk'])).toBe('case.tolerance_open');
    expect(
      actionProblem({ ...facts('granted'), toleranceOpen: false }, 'issue_certificate', ['window_clerk']),
    ).toBeNull();
  });

  it('[R-APP-2] acceptance completes the 受理 step and opens the next parallel group together', () => {
    const steps = [
      { seq: 1, role: 'window_clerk', stepKey: 'accept', status: 'pending' as const, parallelGroup: null },
      { seq: 2, role: 'approver', stepKey: 'a', status: 'pending' as const, parallelGroup: 'g' },
      { seq: 3, role: 'approver', stepKey: 'b', status: 'pending' as const, parallelGroup: 'g' },
      { seq: 4, role: 'department_head', stepKey: 'decide', status: 'pending' as const, parallelGroup: null },
    ];
    const accepted = stepsOnAccept(steps);
    expect(accepted.map((s) => s.status)).toEqual(['done', 'active', 'active', 'pending']);
    const after = steps.map((s, i) => ({ ...s, status: accepted[i]!.status }));
    const one = stepsOnReview(after, 2, 'agree');
    expect(one.map((s) => s.status)).toEqual(['done', 'done', 'active', 'pending']);
    const both = stepsOnReview(
      after.map((s, i) => ({ ...s, status: one[i]!.status })),
      3,
      'agree',
    );
    expect(both.map((s) => s.status)).toEqual(['done', 'done', 'done', 'active']);
  });
});
