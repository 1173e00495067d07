import type { AppContext } from '../app-context.js';
import { DomainError } from '../errors.js';
import type { ActingRole, Actor, RequestMeta, StaffActor } from './actor.js';
import { can, centreInReach, type Permission } from './permissions.js';

export type AuthorisedStaff = StaffActor & { acting: ActingRole };

/** Staff who have logged in, picked their post, passed TOTP where needed and changed an old password. */
export function requireActingStaff(actor: Actor | null): AuthorisedStaff {
  if (!actor) throw new DomainError('auth.required');
  if (actor.kind !== 'staff') throw new DomainError('auth.forbidden');
  if (!actor.acting) throw new DomainError('auth.role_selection_required');
  if (actor.passwordExpired) throw new DomainError('auth.password_expired');
  if (!actor.mfaPassed) throw new DomainError('auth.mfa_enrolment_required');
  return actor as AuthorisedStaff;
}

/**
 * Checks a permission (and, when given, that the target centre is within the actor's reach).
 * A refusal is itself a security event: it is written to the audit trail before the 403.
 */
export async function authorize(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  permission: Permission,
  target?: { centrePath: string; entityType: string; entityId: string },
): Promise<AuthorisedStaff> {
  const staff = requireActingStaff(actor);
  const allowed = can(staff, permission) && (!target || centreInReach(staff.acting, target.centrePath));
  if (!allowed) {
    await denied(ctx, staff, meta, permission, target);
    throw new DomainError('auth.forbidden');
  }
  return staff;
}

export async function denied(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  attempted: string,
  target?: { entityType: string; entityId: string },
): Promise<void> {
  await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
    action: 'access.denied',
    outcome: 'denied',
    entityType: target?.entityType,
    entityId: target?.entityId,
    after: { attempted },
  });
}
