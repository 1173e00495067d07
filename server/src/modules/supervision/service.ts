import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { officeScope } from '../cases/access.js';
import { announceToApplicant } from '../cases/announce.js';
import { readable } from '../cases/queries.js';
import { rulesFor } from '../cases/rules-source.js';
import { isLate, isUrgeable, mayReply, replyDue, URGE_LIMITS, type UrgeFilter } from './model.js';
import * as store from './store.js';
import { urgeListItemView, urgeView, windowsView, type UrgeView } from './views.js';

/** A supervisor acting for the deciding centre or one above it: the one who may urge (R-SUP-1). */
function supervisesCase(actor: Actor | null, decidingPath: string): boolean {
  return actor?.kind === 'staff' && actor.acting?.role === 'supervisor' && centreInReach(actor.acting, decidingPath);
}

/** The case's urges, and what the actor may do: urge it (a supervisor in reach) or reply (its window). */
export async function caseUrges(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row, deciding, parties } = await readable(ctx, actor, caseId);
  const rows = await store.urgesOfCase(ctx.database.db, caseId);
  const now = new Date();
  const open = rows.some((u) => u.replied_at === null);
  return {
    items: rows.map((u) => urgeView(u, now)),
    canUrge: !open && isUrgeable(row.status) && supervisesCase(actor, deciding.path),
    canReply: open && mayReply(parties),
    defaultReplyDays: URGE_LIMITS.defaultDays,
  };
}

/**
 * 督办: a supervisor over the deciding centre urges an open case. The reply is due `replyDays`
 * working days later on the deciding centre's calendar. One transaction with its audit record and
 * the applicant's notice; a second urge while one is open gets 409.
 */
export async function urgeCase(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  body: { note: string; replyDays: number },
): Promise<UrgeView> {
  const { row, deciding } = await readable(ctx, actor, caseId);
  const staff = requireActingStaff(actor);
  if (!supervisesCase(actor, deciding.path)) throw new DomainError('auth.forbidden');
  if (!isUrgeable(row.status)) throw new DomainError('urge.case_ended', { status: row.status });
  const now = new Date();
  const due = replyDue((await rulesFor(ctx, row.centre_id)).calendar, now, body.replyDays);
  const db = ctx.database.db;
  const centre = await store.centreName(db, staff.acting.centreId);
  const stored = await db.transaction().execute(async (trx) => {
    const inserted = await store.insertUrge(trx, {
      case_id: row.id,
      centre_id: row.centre_id,
      department_id: row.department_id,
      window_id: row.window_id,
      note: body.note,
      reply_days: body.replyDays,
      urged_by_staff_id: staff.staffId,
      urged_by_name: staff.name,
      urged_by_centre_name: centre,
      reply_due: due,
    });
    if (!inserted) throw new DomainError('urge.already_open');
    await ctx.audit.record(trx, actor, meta, {
      action: 'urge.create',
      entityType: 'case',
      entityId: row.id,
      after: { urgeId: inserted.id, replyDays: body.replyDays, replyDue: due.toISOString(), chars: body.note.length },
    });
    // The applicant hears that the centre is pressing the window (in-app, SMS, e-mail as they chose).
    await announceToApplicant(trx, {
      caseId: row.id,
      applicantPersonId: row.applicant_person_id,
      topic: 'case.urge',
      payload: { caseNo: row.case_no },
    });
    return inserted;
  });
  return urgeView(stored, now);
}

/**
 * The window's reply to an urge, at the version the officer saw: the case's window clerk,
 * approver or department head. A stale version, or a reply someone gave first, gets 409.
 */
export async function replyToUrge(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  urgeId: string,
  body: { reply: string; version: number },
): Promise<UrgeView> {
  const db = ctx.database.db;
  const current = await store.findUrge(db, urgeId);
  if (!current) throw new DomainError('resource.not_found');
  const { parties } = await readable(ctx, actor, current.case_id);
  const staff = requireActingStaff(actor);
  if (!mayReply(parties)) throw new DomainError('auth.forbidden');
  if (current.version !== body.version)
    throw new DomainError('resource.version_conflict', { currentVersion: current.version });
  if (current.replied_at !== null) throw new DomainError('urge.already_replied');
  const now = new Date();
  const updated = await db.transaction().execute(async (trx) => {
    const replied = await store.replyAtVersion(trx, urgeId, body.version, {
      reply: body.reply,
      replied_at: now,
      replied_by_staff_id: staff.staffId,
      replied_by_name: staff.name,
      replied_late: isLate(current.reply_due, now),
    });
    if (!replied) throw new DomainError('resource.version_conflict', { currentVersion: current.version });
    await ctx.audit.record(trx, actor, meta, {
      action: 'urge.reply',
      entityType: 'case',
      entityId: current.case_id,
      before: { urgeId, version: current.version },
      after: { late: replied.replied_late, chars: body.reply.length },
    });
    return replied;
  });
  return urgeView(updated, now);
}

export async function listUrges(
  ctx: AppContext,
  actor: Actor | null,
  q: { filter: UrgeFilter; page: number; pageSize: number },
) {
  const scope = officeScope(actor);
  const now = new Date();
  const { total, rows } = await store.listUrges(
    ctx.database.db,
    scope,
    q.filter,
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    now,
  );
  return { items: rows.map((r) => urgeListItemView(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** 办件监督 (R-SUP-3, R-NEW-3): per window in the supervisor's reach, open cases, cards and urges. */
export async function windowSummary(ctx: AppContext, actor: Actor | null) {
  const a = requireActingStaff(actor).acting;
  if (a.role !== 'supervisor') throw new DomainError('auth.forbidden');
  return windowsView(await store.windowCounts(ctx.database.db, a.centrePath));
}
