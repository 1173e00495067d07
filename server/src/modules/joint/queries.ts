/** Reads of the joint-case context: the full view, "my joint cases", the centre's setting. */
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { rulesFor } from '../cases/rules-source.js';
import { participationFor } from './change.js';
import * as store from './store.js';
import { jointView } from './views.js';

/** Loads a joint case the actor may read (404 otherwise: its existence is not disclosed). */
export async function readable(ctx: AppContext, actor: Actor | null, jointId: string) {
  if (!actor) throw new DomainError('auth.required');
  const db = ctx.database.db;
  const joint = await store.findJoint(db, jointId);
  if (!joint) throw new DomainError('resource.not_found');
  const [summary, subs] = await Promise.all([store.caseSummary(db, joint.case_id), store.listSubs(db, joint.id)]);
  if (!summary) throw new DomainError('resource.not_found');
  const part = participationFor(actor, joint, summary, subs);
  if (!part.canRead) throw new DomainError('resource.not_found');
  return { joint, summary, subs, part };
}

export async function viewJoint(ctx: AppContext, actor: Actor | null, jointId: string) {
  const { joint, summary, subs, part } = await readable(ctx, actor, jointId);
  const db = ctx.database.db;
  // One round of independent reads (the pool runs them side by side on a server).
  const [rules, events, materials, steps, notices, setting, names] = await Promise.all([
    rulesFor(ctx, joint.centre_id),
    store.listEvents(db, joint.id),
    store.caseMaterials(db, joint.case_id),
    store.caseSteps(db, joint.case_id),
    store.jointNotices(db, joint.case_id),
    store.findSetting(db, joint.centre_id),
    store.names(
      db,
      [joint.lead_department_id, ...subs.map((s) => s.department_id)],
      [joint.lead_window_id, ...subs.flatMap((s) => (s.window_id ? [s.window_id] : []))],
    ),
  ]);
  return jointView({
    joint,
    summary,
    subs,
    events,
    materials,
    steps,
    notices,
    names,
    part,
    calendar: rules.calendar,
    deemAllowed: setting?.deem_silent_agreement ?? false,
    now: new Date(),
  });
}

/**
 * The joint case of a lead case, for the case pages of portal and workbench: `joint: null` for a
 * case that is not joint (not a 404, which every plain case page would log as a failed request).
 */
export async function viewJointOfCase(ctx: AppContext, actor: Actor | null, caseId: string) {
  if (!actor) throw new DomainError('auth.required');
  const joint = await store.findJointByCase(ctx.database.db, caseId);
  return { joint: joint ? await viewJoint(ctx, actor, joint.id) : null };
}

/** The joint cases the acting window or department leads or helps in. */
export async function listJoint(ctx: AppContext, actor: Actor | null) {
  const a = requireActingStaff(actor).acting;
  const rows = await store.listFor(
    ctx.database.db,
    {
      windowId: a.role === 'window_clerk' ? a.windowId : null,
      departmentId: a.role === 'approver' || a.role === 'department_head' ? a.departmentId : null,
    },
    200,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNo: r.case_no,
      itemName: r.item_name,
      stage: r.stage,
      role: r.lead_window_id === a.windowId ? ('lead' as const) : ('co' as const),
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}

async function supervisorOf(ctx: AppContext, actor: Actor | null, centreId: string) {
  const staff = requireActingStaff(actor);
  const centre = await store.centrePath(ctx.database.db, centreId).catch(() => null);
  if (!centre) throw new DomainError('resource.not_found');
  if (staff.acting.role !== 'supervisor' || !centreInReach(staff.acting, centre.path))
    throw new DomainError('auth.forbidden');
  return staff;
}

export async function getSetting(ctx: AppContext, actor: Actor | null, centreId: string) {
  await supervisorOf(ctx, actor, centreId);
  const row = await store.findSetting(ctx.database.db, centreId);
  return { centreId, deemSilentAgreement: row?.deem_silent_agreement ?? false };
}

/** A centre decides whether a co-window silent past its limit is deemed to agree (DOMAIN.md). */
export async function putSetting(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: { deemSilentAgreement: boolean },
) {
  const staff = await supervisorOf(ctx, actor, centreId);
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.upsertSetting(trx, centreId, input.deemSilentAgreement, staff.name);
    await ctx.audit.record(trx, actor, meta, {
      action: 'joint.setting',
      entityType: 'centre',
      entityId: centreId,
      after: input,
    });
  });
  return { centreId, deemSilentAgreement: input.deemSilentAgreement };
}

/** A file of the joint case for any participant (co-windows are no parties to the lead case itself). */
export async function jointFile(ctx: AppContext, actor: Actor | null, jointId: string, sha256: string) {
  const { joint } = await readable(ctx, actor, jointId);
  const found = await store.fileOfJoint(ctx.database.db, joint, sha256);
  if (!found) throw new DomainError('resource.not_found');
  return { ...found, bytes: await ctx.files.read(sha256) };
}
