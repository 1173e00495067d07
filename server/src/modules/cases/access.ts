import type { Actor } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import type { CaseParty } from './model.js';
import type { CaseRow, CaseScope } from './store.js';

/**
 * Who the actor is to this case (R-ORG-3: officers act from anywhere, but only for their own
 * window, department or intake centre). Supervisors in reach read but do not act.
 */
export function partiesFor(
  actor: Actor | null,
  row: CaseRow,
  centrePaths: { deciding: string; intake: string | null },
) {
  const parties: CaseParty[] = [];
  let supervisor = false;
  if (actor?.kind === 'person') {
    const mine = row.applicant_enterprise_id
      ? row.applicant_enterprise_id === actor.enterpriseId
      : row.applicant_person_id === actor.personId && actor.enterpriseId === null;
    if (mine) parties.push('applicant');
  } else if (actor?.kind === 'staff' && actor.acting && actor.mfaPassed && !actor.passwordExpired) {
    const a = actor.acting;
    if (a.role === 'window_clerk' && a.windowId === row.window_id) parties.push('window_clerk');
    if ((a.role === 'approver' || a.role === 'department_head') && a.departmentId === row.department_id)
      parties.push(a.role);
    if ((a.role === 'window_clerk' || a.role === 'agent') && row.intake_centre_id === a.centreId)
      parties.push('intake_officer');
    if (a.role === 'agent' && row.agent_staff_id === actor.staffId) parties.push('agent');
    if (
      a.role === 'supervisor' &&
      (centreInReach(a, centrePaths.deciding) || (centrePaths.intake !== null && centreInReach(a, centrePaths.intake)))
    )
      supervisor = true;
  }
  return { parties, canRead: parties.length > 0 || supervisor };
}

/** What the actor's lists may show; the store applies it to every list query. */
export function listScope(actor: Actor | null): { scope: CaseScope; waitingRole: string | null } {
  if (actor?.kind === 'person')
    return {
      scope: { kind: 'person', personId: actor.personId, enterpriseId: actor.enterpriseId },
      waitingRole: 'applicant',
    };
  const staff = requireActingStaff(actor);
  const a = staff.acting;
  switch (a.role) {
    case 'window_clerk':
      if (!a.windowId) break;
      return {
        scope: { kind: 'window', windowId: a.windowId, intakeCentreId: a.centreId },
        waitingRole: 'window_clerk',
      };
    case 'approver':
    case 'department_head':
      if (!a.departmentId) break;
      return { scope: { kind: 'department', departmentId: a.departmentId }, waitingRole: a.role };
    case 'agent':
      return {
        scope: { kind: 'agent', staffId: staff.staffId, intakeCentreId: a.centreId },
        waitingRole: 'intake_officer',
      };
    case 'supervisor':
      return { scope: { kind: 'centres', centrePath: a.centrePath }, waitingRole: null };
    default:
      break;
  }
  throw new DomainError('auth.forbidden');
}

/**
 * Whose work an officer's lists and counts cover outside the case queue (好差评, 督办): a clerk's
 * window, an approver's or head's department, a supervisor's centres — anyone else is refused.
 */
export type OfficeScope =
  | { kind: 'window'; windowId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'centres'; centrePath: string };

export function officeScope(actor: Actor | null): OfficeScope {
  const a = requireActingStaff(actor).acting;
  if (a.role === 'window_clerk' && a.windowId) return { kind: 'window', windowId: a.windowId };
  if ((a.role === 'department_head' || a.role === 'approver') && a.departmentId)
    return { kind: 'department', departmentId: a.departmentId };
  if (a.role === 'supervisor') return { kind: 'centres', centrePath: a.centrePath };
  throw new DomainError('auth.forbidden');
}

/** Owner key for drafts, uploads and idempotency keys: one namespace for persons and staff. */
export function ownerKey(actor: Actor | null): string {
  if (!actor) throw new DomainError('auth.required');
  if (actor.kind === 'person') return `person:${actor.personId}`;
  return `staff:${requireActingStaff(actor).staffId}`;
}
