import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { runMoveHooks, type Move } from './move-hooks.js';
import * as store from './store.js';
import { notifiedTopics } from './views.js';

export type { Move } from './move-hooks.js';

const actorOf = (actor: Actor | null) =>
  actor?.kind === 'person'
    ? { actor_kind: 'person' as const, actor_id: actor.personId, actor_name: actor.name }
    : actor?.kind === 'staff'
      ? { actor_kind: 'staff' as const, actor_id: actor.staffId, actor_name: actor.name }
      : { actor_kind: 'system' as const, actor_id: null, actor_name: '系统' };

/**
 * Every move on a case leaves three traces in the same transaction: the case history the parties
 * read, the tamper-evident audit record, and an outbox event that delivery (in-app now; SMS and
 * e-mail later) picks up — so nothing is announced that did not happen, and nothing happens
 * unannounced.
 */
export async function recordMove(
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  m: Move,
) {
  const data = m.data ?? {};
  const topic = m.topic ?? `case.${m.action}`;
  const event = await store.insertEventWithOutbox(
    trx,
    {
      case_id: m.caseId,
      action: m.action,
      ...actorOf(actor),
      from_status: m.fromStatus,
      to_status: m.toStatus,
      note: m.note ?? null,
      data: JSON.stringify(data),
    },
    {
      topic,
      case_id: m.caseId,
      recipient_person_id: notifiedTopics.has(topic) ? m.applicantPersonId : null,
      payload: JSON.stringify({ action: m.action, fromStatus: m.fromStatus, toStatus: m.toStatus, ...data }),
    },
  );
  // Hooks (a notice's number and PDF) before the audit record: the request's audit chain stays
  // locked until commit, so it is taken last; a series' counter lock orders moves on one series.
  await runMoveHooks(trx, ctx, actor, meta, { ...m, eventId: event.id });
  await ctx.audit.record(trx, actor, meta, {
    action: `case.${m.action}`,
    entityType: 'case',
    entityId: m.caseId,
    before: m.fromStatus ? { status: m.fromStatus } : undefined,
    after: { status: m.toStatus, ...data },
    onBehalfOf: actor?.kind === 'staff' && m.action === 'submit' ? m.applicantPersonId : null,
  });
  // The history entry as stored, for callers that answer with the case without reading it back.
  return event;
}
