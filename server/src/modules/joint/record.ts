import type { Kysely, Updateable } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { JointCaseTable } from '../../platform/db/schema-joint.js';
import { DomainError } from '../../platform/errors.js';
import * as store from './store.js';

/** One entry of a joint case's history, as the participants read it. */
export type EventDraft = { kind: string; subCaseId?: string | null; data?: Record<string, unknown> };

/**
 * Writes one change of a joint case in the caller's transaction: the row (at the version read
 * under lock, so nothing is overwritten), its numbered history entries, one audit record, and a
 * NOTIFY that PostgreSQL delivers to every process's listeners only when the transaction commits —
 * a stream never shows what was rolled back. Returns the new row and the ids of the entries.
 */
export async function recordChange(
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  joint: store.JointRow,
  patch: Updateable<JointCaseTable>,
  events: EventDraft[],
  opts: { audit: boolean; beforeAudit?: (eventIds: string[]) => Promise<void> } = { audit: true },
): Promise<{ row: store.JointRow; eventIds: string[] }> {
  const lastSeq = joint.last_seq + events.length;
  const row = await store.updateJoint(trx, joint.id, joint.version, { ...patch, last_seq: lastSeq });
  if (!row) throw new DomainError('joint.version_conflict');
  const staff = actor?.kind === 'staff' ? actor : null;
  const eventIds: string[] = [];
  for (const [i, e] of events.entries()) {
    const { id } = await store.insertEvent(trx, {
      joint_case_id: joint.id,
      seq: joint.last_seq + i + 1,
      sub_case_id: e.subCaseId ?? null,
      kind: e.kind,
      actor_staff_id: staff?.staffId ?? null,
      actor_name: actor?.name ?? '系统',
      data: JSON.stringify(e.data ?? {}),
    });
    eventIds.push(id);
  }
  // A notice's number (its series' counter lock) before the audit record: the audit chain's lock
  // is global, so it is taken last, as in a case move (cases/record-move.ts).
  await opts.beforeAudit?.(eventIds);
  // Inside a case move the move's own audit record covers it.
  if (opts.audit)
    await ctx.audit.record(trx, actor, meta, {
      action: `joint.${events[0]?.kind ?? 'change'}`,
      entityType: 'joint_case',
      entityId: joint.id,
      before: { stage: joint.stage, version: joint.version },
      after: { stage: row.stage, version: row.version, events: events.map((e) => e.kind) },
    });
  await store.notifyChange(trx, joint.id, lastSeq);
  return { row, eventIds };
}
