import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { needsSecondFactor } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { listWindows } from '../org/service.js';
import { roleBindingView } from './session-service.js';
import * as store from './store.js';

/** What the web app needs to know about the logged-in user, and the CSRF token for their session. */
export async function describeMe(ctx: AppContext, actor: Actor | null, csrfToken: string | null) {
  const db = ctx.database.db;
  if (!actor) return { actor: null, csrfToken: null };
  if (actor.kind === 'staff') {
    const staff = await store.findStaff(db, actor.staffId);
    if (!staff) return { actor: null, csrfToken: null };
    const roles = await store.listRoles(db, staff.id);
    const acting = actor.acting ? roles.find((r) => r.id === actor.acting!.roleId) : undefined;
    return {
      actor: {
        kind: 'staff' as const,
        id: staff.id,
        username: staff.username,
        name: staff.display_name,
        roles: roles.map(roleBindingView),
        acting: acting ? roleBindingView(acting) : null,
        mfa: {
          required: needsSecondFactor(roles.map((r) => r.role)),
          enrolled: staff.totp_enabled,
          passed: actor.mfaPassed,
        },
        passwordExpired: actor.passwordExpired,
      },
      csrfToken,
    };
  }
  const person = await store.findPerson(db, actor.personId);
  if (!person) return { actor: null, csrfToken: null };
  const enterprises = await store.enterprisesOf(db, person.id);
  return {
    actor: {
      kind: 'person' as const,
      id: person.id,
      name: person.name,
      idNumberMasked: person.id_number_masked,
      mobileMasked: person.mobile_masked,
      enterprises: enterprises.map((e) => ({
        id: e.id,
        name: e.name,
        creditCode: e.credit_code,
        legalRepresentative: e.legal_representative,
        contactName: e.contact_name,
        contactMobileMasked: e.contact_mobile_masked,
        relation: e.relation,
      })),
      actingEnterpriseId: actor.enterpriseId,
    },
    csrfToken,
  };
}

/**
 * The windows whose cases the acting staff member may see (R-ORG-2): a clerk their window, a
 * department head or approver their department's windows, a supervisor every window of their
 * centre and the centres below.
 */
export async function windowsInScope(ctx: AppContext, actor: Actor | null) {
  if (actor?.kind !== 'staff' || !actor.acting)
    throw new DomainError(actor ? 'auth.role_selection_required' : 'auth.required');
  const a = actor.acting;
  switch (a.role) {
    case 'window_clerk':
      return a.windowId ? listWindows(ctx, { windowId: a.windowId }) : [];
    case 'approver':
    case 'department_head':
      return a.departmentId ? listWindows(ctx, { departmentId: a.departmentId }) : [];
    case 'supervisor':
      return listWindows(ctx, { underPath: a.centrePath });
    default:
      return [];
  }
}
