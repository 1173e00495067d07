import type { ActingRole, Actor, StaffActor } from './actor.js';
import type { RoleName } from '../db/schema.js';

/**
 * Who may do what, as pure data. 三权分立: the system administrator runs the organisation and
 * accounts, the security administrator grants roles and unlocks accounts, the audit administrator
 * reads and verifies the trail — and none of them can do the others' work.
 */
export const permissionRoles = {
  'org.manage': ['system_admin'],
  'staff.manage': ['system_admin'],
  'staff.read': ['system_admin', 'security_admin'],
  'role.grant': ['security_admin'],
  'account.unlock': ['security_admin'],
  'audit.read': ['audit_admin'],
  'audit.verify': ['audit_admin'],
  'agent.authorise': ['agent'],
  'item.maintain': ['window_clerk'],
  'item.publish': ['supervisor'],
  'notice.template': ['supervisor'],
  'item.read_drafts': ['window_clerk', 'approver', 'department_head', 'supervisor'],
  'windows.read_scope': ['window_clerk', 'approver', 'department_head', 'supervisor'],
  'calendar.manage': ['supervisor'],
  'fee.invoice_book': ['supervisor'],
  'fee.reconcile': ['supervisor'],
  'fee.stats': ['supervisor'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof permissionRoles;

export const adminRoles: readonly RoleName[] = ['system_admin', 'security_admin', 'audit_admin'];

export function isAdminRole(role: RoleName): boolean {
  return adminRoles.includes(role);
}

export function roleAllows(role: RoleName, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly RoleName[]).includes(role);
}

export function can(actor: Actor | null, permission: Permission): actor is StaffActor & { acting: ActingRole } {
  return actor?.kind === 'staff' && actor.acting !== null && roleAllows(actor.acting.role, permission);
}

/** A centre path is inside the actor's reach when it is the actor's centre or below it. */
export function centreInReach(acting: ActingRole, centrePath: string): boolean {
  return centrePath.startsWith(acting.centrePath);
}

/**
 * A staff member may hold at most one of the three administrator roles, and nobody changes their
 * own roles. Returns the rule broken, or null.
 */
export function grantProblem(
  granter: StaffActor,
  targetStaffId: string,
  newRole: RoleName,
  targetExistingRoles: readonly RoleName[],
): 'self_grant' | 'separation_of_duties' | null {
  if (granter.staffId === targetStaffId) return 'self_grant';
  if (isAdminRole(newRole) && targetExistingRoles.some((r) => isAdminRole(r) && r !== newRole)) {
    return 'separation_of_duties';
  }
  return null;
}

/** Which binding a role needs: a clerk acts for a window, a head for a department, the rest for a centre. */
export function bindingFor(role: RoleName): 'window' | 'department' | 'centre' {
  if (role === 'window_clerk') return 'window';
  if (role === 'approver' || role === 'department_head') return 'department';
  return 'centre';
}

/** Administrators need a second factor before they may act (GB/T 22239 level 3). */
export function needsSecondFactor(roles: readonly RoleName[]): boolean {
  return roles.some(isAdminRole);
}
