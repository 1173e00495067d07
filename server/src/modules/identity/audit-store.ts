import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export function listAudit(
  db: Kysely<Database>,
  f: {
    action?: string | undefined;
    outcome?: 'success' | 'denied' | 'failure' | undefined;
    entityType?: string | undefined;
    entityId?: string | undefined;
    beforeSeq?: number | undefined;
    limit: number;
  },
) {
  let q = db.selectFrom('audit_record').selectAll();
  if (f.action) q = q.where('action', '=', f.action);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
  return q.orderBy('seq', 'desc').limit(f.limit).execute();
}
