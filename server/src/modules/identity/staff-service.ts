import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { bindingFor, grantProblem, isAdminRole } from '../../platform/auth/permissions.js';
import { hashPassword } from '../../platform/crypto/password-hash.js';
import type { RoleName } from '../../platform/db/schema.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import { getCentre, getDepartment, getWindow } from '../org/service.js';
import { maskMobile } from './model/masking.js';
import { staffPasswordProblems } from './model/password-policy.js';
import { roleBindingView } from './session-service.js';
import * as store from './store.js';

export type StaffView = {
  id: string;
  username: string;
  displayName: string;
  mobileMasked: string | null;
  active: boolean;
  locked: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  version: number;
  roles: ReturnType<typeof roleBindingView>[];
};

async function viewOf(ctx: AppContext, s: store.StaffRow): Promise<StaffView> {
  const roles = await store.listRoles(ctx.database.db, s.id);
  return {
    id: s.id,
    username: s.username,
    displayName: s.display_name,
    mobileMasked: s.mobile_enc ? maskMobile(ctx.cipher.decrypt(s.mobile_enc)) : null,
    active: s.active,
    locked: !!s.locked_until && s.locked_until.getTime() > Date.now(),
    totpEnabled: s.totp_enabled,
    mustChangePassword: s.must_change_password,
    version: s.version,
    roles: roles.map(roleBindingView),
  };
}

/** The staff member, if at least one of their roles lies inside the administrator's reach. */
async function staffInReach(ctx: AppContext, actorPath: string, staffId: string): Promise<store.StaffRow> {
  const staff = await store.findStaff(ctx.database.db, staffId);
  const paths = staff ? await store.staffCentrePaths(ctx.database.db, staffId) : [];
  // Someone with no roles yet is managed from wherever they were created; the creator's centre
  // is recorded as their first role, so an empty list means "not yours".
  if (!staff || !paths.some((p) => p.startsWith(actorPath))) throw new DomainError('resource.not_found');
  return staff;
}

export async function listStaff(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  const admin = await authorize(ctx, actor, meta, 'staff.read');
  const rows = await store.listStaffUnder(ctx.database.db, admin.acting.centrePath);
  return Promise.all(rows.map((s) => viewOf(ctx, s)));
}

export async function getStaff(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const admin = await authorize(ctx, actor, meta, 'staff.read');
  return viewOf(ctx, await staffInReach(ctx, admin.acting.centrePath, id));
}

export type NewStaff = {
  username: string;
  displayName: string;
  mobile?: string | null | undefined;
  initialPassword: string;
  /** The first role, required so the account belongs to a place from the start. */
  role: RoleName;
  centreId: string;
  departmentId?: string | null | undefined;
  windowId?: string | null | undefined;
};

export async function createStaff(ctx: AppContext, actor: Actor | null, meta: RequestMeta, input: NewStaff) {
  const admin = await authorize(ctx, actor, meta, 'staff.manage');
  // The system administrator creates accounts for operational posts; administrator roles are
  // granted only by the security administrator (三权分立).
  if (isAdminRole(input.role)) throw new DomainError('auth.forbidden', { field: 'role' });
  const binding = await checkBinding(ctx, admin.acting.centrePath, input);
  const problems = staffPasswordProblems(input.initialPassword, input.username);
  if (problems.length) throw new DomainError('identity.weak_password', { field: 'initialPassword', rules: problems });
  const hash = await hashPassword(input.initialPassword);
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      const staff = await store.insertStaff(trx, {
        username: input.username,
        display_name: input.displayName,
        password_hash: hash,
        must_change_password: true,
        mobile_enc: input.mobile ? ctx.cipher.encrypt(input.mobile) : null,
      });
      await store.insertRole(trx, { staff_id: staff.id, role: input.role, ...binding, granted_by: admin.staffId });
      await ctx.audit.record(trx, admin, meta, {
        action: 'staff.create',
        entityType: 'staff',
        entityId: staff.id,
        after: { username: staff.username, displayName: staff.display_name, role: input.role, ...binding },
      });
      return staff;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('identity.username_taken', { field: 'username' });
    throw err;
  }
}

async function checkBinding(
  ctx: AppContext,
  reachPath: string,
  input: {
    role: RoleName;
    centreId: string;
    departmentId?: string | null | undefined;
    windowId?: string | null | undefined;
  },
) {
  const centre = await getCentre(ctx, input.centreId);
  if (!centre.path.startsWith(reachPath)) throw new DomainError('resource.not_found', { field: 'centreId' });
  const need = bindingFor(input.role);
  let departmentId: string | null = null;
  let windowId: string | null = null;
  if (need === 'window') {
    if (!input.windowId) throw new DomainError('request.invalid', [{ field: 'windowId', code: 'required' }]);
    const w = await getWindow(ctx, input.windowId);
    if (w.centre_id !== centre.id)
      throw new DomainError('request.invalid', [{ field: 'windowId', code: 'not_in_centre' }]);
    windowId = w.id;
    departmentId = w.department_id;
  } else if (need === 'department') {
    if (!input.departmentId) throw new DomainError('request.invalid', [{ field: 'departmentId', code: 'required' }]);
    const d = await getDepartment(ctx, input.departmentId);
    if (d.centre_id !== centre.id)
      throw new DomainError('request.invalid', [{ field: 'departmentId', code: 'not_in_centre' }]);
    departmentId = d.id;
  }
  // Agents are township and community staff (R-ORG-4).
  if (input.role === 'agent' && centre.level !== 'township' && centre.level !== 'community') {
    throw new DomainError('request.invalid', [{ field: 'centreId', code: 'agent_needs_township' }]);
  }
  return { centre_id: centre.id, department_id: departmentId, window_id: windowId };
}

export async function updateStaff(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; displayName?: string | undefined; active?: boolean | undefined },
) {
  const admin = await authorize(ctx, actor, meta, 'staff.manage');
  const before = await staffInReach(ctx, admin.acting.centrePath, id);
  if (before.id === admin.staffId && input.active === false) throw new DomainError('auth.self_grant_forbidden');
  const updated = await ctx.database.db.transaction().execute(async (trx) => {
    const after = await store.updateStaffVersioned(trx, id, input.version, {
      display_name: input.displayName,
      active: input.active,
    });
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: before.version });
    if (input.active === false) await store.revokeAllSessions(trx, 'staff', id);
    await ctx.audit.record(trx, admin, meta, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: id,
      before: { displayName: before.display_name, active: before.active },
      after: { displayName: after.display_name, active: after.active },
    });
    return after;
  });
  return viewOf(ctx, updated);
}

export async function grantRole(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  staffId: string,
  input: {
    role: RoleName;
    centreId: string;
    departmentId?: string | null | undefined;
    windowId?: string | null | undefined;
  },
) {
  const admin = await authorize(ctx, actor, meta, 'role.grant');
  const target = await staffInReach(ctx, admin.acting.centrePath, staffId);
  const existing = (await store.listRoles(ctx.database.db, staffId)).map((r) => r.role);
  const problem = grantProblem(admin, staffId, input.role, existing);
  if (problem) {
    await ctx.audit.recordStandalone(ctx.database.db, admin, meta, {
      action: 'role.grant',
      outcome: 'denied',
      entityType: 'staff',
      entityId: staffId,
      after: { role: input.role, problem },
    });
    throw new DomainError(problem === 'self_grant' ? 'auth.self_grant_forbidden' : 'auth.separation_of_duties');
  }
  const binding = await checkBinding(ctx, admin.acting.centrePath, input);
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      const role = await store.insertRole(trx, {
        staff_id: target.id,
        role: input.role,
        ...binding,
        granted_by: admin.staffId,
      });
      // New powers take effect at the next login (and an administrator role needs TOTP then).
      await store.revokeAllSessions(trx, 'staff', target.id);
      await ctx.audit.record(trx, admin, meta, {
        action: 'role.grant',
        entityType: 'staff',
        entityId: target.id,
        after: { roleId: role.id, role: input.role, ...binding },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('org.duplicate', { field: 'role' });
    throw err;
  }
  return viewOf(ctx, target);
}

export async function revokeRole(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  staffId: string,
  roleId: string,
) {
  const admin = await authorize(ctx, actor, meta, 'role.grant');
  const target = await staffInReach(ctx, admin.acting.centrePath, staffId);
  const role = await store.findRole(ctx.database.db, roleId);
  if (!role || role.staff_id !== target.id) throw new DomainError('resource.not_found');
  if (target.id === admin.staffId) throw new DomainError('auth.self_grant_forbidden');
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.deleteRole(trx, roleId);
    await store.revokeAllSessions(trx, 'staff', target.id);
    await ctx.audit.record(trx, admin, meta, {
      action: 'role.revoke',
      entityType: 'staff',
      entityId: target.id,
      before: roleBindingView(role),
    });
  });
  return viewOf(ctx, target);
}

export async function unlockStaff(ctx: AppContext, actor: Actor | null, meta: RequestMeta, staffId: string) {
  const admin = await authorize(ctx, actor, meta, 'account.unlock');
  const target = await staffInReach(ctx, admin.acting.centrePath, staffId);
  const after = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await store.updateStaff(trx, target.id, { failed_logins: 0, locked_until: null });
    await ctx.audit.record(trx, admin, meta, { action: 'staff.unlock', entityType: 'staff', entityId: target.id });
    return row;
  });
  return viewOf(ctx, after);
}

/** A one-time password the user must change at first login; only its hash is kept. */
export async function resetPassword(ctx: AppContext, actor: Actor | null, meta: RequestMeta, staffId: string) {
  const admin = await authorize(ctx, actor, meta, 'staff.manage');
  const target = await staffInReach(ctx, admin.acting.centrePath, staffId);
  if (target.id === admin.staffId) throw new DomainError('auth.self_grant_forbidden');
  const temporary = `Tb-${randomBytes(6).toString('base64url')}9a`;
  const hash = await hashPassword(temporary);
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateStaff(trx, target.id, {
      password_hash: hash,
      must_change_password: true,
      password_changed_at: new Date(),
    });
    await store.revokeAllSessions(trx, 'staff', target.id);
    await ctx.audit.record(trx, admin, meta, {
      action: 'staff.reset_password',
      entityType: 'staff',
      entityId: target.id,
    });
  });
  return { temporaryPassword: temporary };
}
