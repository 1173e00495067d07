import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor.js';
import { actionProblem, canDeem, isSilentOverdue, meetingOpinion, participationOf, statusOnJoin } from './model.js';

const clerkOf = (windowId: string): Actor => ({
  kind: 'staff',
  sessionId: 's',
  staffId: 'st',
  name: '王',
  mfaPassed: true,
  passwordExpired: false,
  acting: { roleId: 'r', role: 'window_clerk', centreId: 'c', centrePath: '/c/', departmentId: 'd', windowId },
});
const facts = {
  leadWindowId: 'lead',
  leadDepartmentId: 'dl',
  centrePath: '/c/',
  applicantPersonId: 'p',
  applicantEnterpriseId: null,
  subs: [
    { id: 's1', windowId: 'w1', departmentId: 'd1', status: 'notified' as const },
    { id: 's2', windowId: 'w2', departmentId: 'd2', status: 'removed' as const },
  ],
};

describe('joint stage machine', () => {
  it('[R-APP-8] the lead window, a co-window and a removed co-window are told apart', () => {
    expect(participationOf(clerkOf('lead'), facts)).toMatchObject({ lead: true, coSubCaseIds: [], canRead: true });
    expect(participationOf(clerkOf('w1'), facts)).toMatchObject({ lead: false, coSubCaseIds: ['s1'], canRead: true });
    expect(participationOf(clerkOf('w2'), facts)).toMatchObject({ coSubCaseIds: [], canRead: true });
    expect(participationOf(clerkOf('w9'), facts).canRead).toBe(false);
  });

  it('[R-APP-7] lead-only actions refuse a co-window at every stage; stages gate the rest', () => {
    const co = participationOf(clerkOf('w1'), facts);
    const lead = participationOf(clerkOf('lead'), facts);
    for (const stage of ['acceptance', 'inspection_review', 'started', 'completed'] as const)
      expect(actionProblem(stage, 'add_window', co)).toBe('joint.lead_only');
    expect(actionProblem('completed', 'add_window', lead)).toBe('joint.invalid_stage');
    expect(actionProblem('inspection_review', 'opinion', co, { id: 's1', status: 'notified' })).toBeNull();
    expect(actionProblem('started', 'decide', co, { id: 's1', status: 'in_review' })).toBe('joint.not_your_sub_case');
    expect(statusOnJoin('acceptance')).toBe('waiting');
    expect(statusOnJoin('started')).toBe('in_review');
  });

  it('[R-APP-7] absent from the meeting is deemed agreement; silence past the limit only where the centre allows', () => {
    expect(meetingOpinion({ opinion: null }, undefined, '王', 't')).toMatchObject({
      position: 'agree',
      deemed: 'absent',
    });
    expect(meetingOpinion({ opinion: null }, { subCaseId: 's1', attended: true }, '王', 't')).toBeNull();
    const now = new Date('2026-12-10T00:00:00Z');
    const late = { status: 'in_review' as const, dueAt: new Date('2026-12-09T00:00:00Z'), opinion: null };
    expect(isSilentOverdue(late, now)).toBe(true);
    expect(canDeem(late, now, false)).toBe(false);
    expect(canDeem(late, now, true)).toBe(true);
    expect(isSilentOverdue({ ...late, status: 'decided' }, now)).toBe(false);
  });
});
