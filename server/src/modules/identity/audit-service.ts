import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { listAudit } from './audit-store.js';

export async function listAuditRecords(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  filter: {
    action?: string | undefined;
    outcome?: 'success' | 'denied' | 'failure' | undefined;
    entityType?: string | undefined;
    entityId?: string | undefined;
    beforeSeq?: number | undefined;
    limit: number;
  },
) {
  await authorize(ctx, actor, meta, 'audit.read');
  const rows = await listAudit(ctx.database.db, filter);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actingRole: r.acting_role,
    actingCentreId: r.acting_centre_id,
    actingDepartmentId: r.acting_department_id,
    actingWindowId: r.acting_window_id,
    onBehalfOf: r.on_behalf_of,
    action: r.action,
    outcome: r.outcome,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    ip: r.ip,
    requestId: r.request_id,
    hash: r.hash,
  }));
}

export async function verifyAuditChain(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  const admin = await authorize(ctx, actor, meta, 'audit.verify');
  const result = await ctx.audit.verify(ctx.database.db);
  await ctx.audit.recordStandalone(ctx.database.db, admin, meta, { action: 'audit.verify', after: result });
  return result.ok
    ? { ok: true, records: result.records, brokenAtSeq: null, reason: null }
    : { ok: false, records: result.records, brokenAtSeq: result.brokenAtSeq, reason: result.reason };
}
