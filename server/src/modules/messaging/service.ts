import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { announceToApplicant } from '../cases/announce.js';
import { ownerKey } from '../cases/access.js';
import { readable } from '../cases/queries.js';
import { takeUploads } from '../cases/uploads.js';
import { authorParty, cleanText, MESSAGE_LIMITS, sideOf, type Side } from './model.js';
import * as store from './store.js';
import { messageView, type MessageView } from './views.js';

/**
 * Who the actor is to the case's conversation: the parties write (the applicant's side or the
 * office), supervisors in reach only read, anyone else gets the same 404 as for the case itself
 * (the cases context decides, through `readable`).
 */
export async function conversationAccess(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row, parties } = await readable(ctx, actor, caseId);
  return { row, parties, side: sideOf(parties), readerKey: ownerKey(actor) };
}

export type ConversationPage = {
  items: MessageView[];
  lastSeq: number;
  readState: Record<Side, number>;
  me: { side: Side | null; canPost: boolean };
};

export async function listConversation(
  ctx: AppContext,
  actor: Actor | null,
  caseId: string,
  page: { after?: number | undefined; before?: number | undefined; limit?: number | undefined },
): Promise<ConversationPage> {
  const access = await conversationAccess(ctx, actor, caseId);
  const db = ctx.database.db;
  const rows = await store.listMessages(db, caseId, {
    ...(page.after !== undefined ? { after: page.after } : {}),
    ...(page.before !== undefined ? { before: page.before } : {}),
    limit: page.limit ?? MESSAGE_LIMITS.pageSize,
  });
  const attachments = await store.attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => messageView(r, attachments, access.readerKey)),
    lastSeq: await store.lastSeq(db, caseId),
    readState: await store.readState(db, caseId),
    me: { side: access.side, canPost: access.side !== null },
  };
}

/** One message for the live streams: loaded once per process per event, then sent to each reader. */
export async function messageForStream(ctx: AppContext, caseId: string, seq: number) {
  const row = await store.findMessageBySeq(ctx.database.db, caseId, seq);
  if (!row) return null;
  return { row, attachments: await store.attachmentsOf(ctx.database.db, [row.id]) };
}

export type NewMessage = { text: string; uploadIds: string[] };

/**
 * Posts a message (R-APP-4, R-WEB-3). In one transaction: the case's next number, the message,
 * its attachments (the uploads are consumed), the author's own read marker, the audit record, the
 * live NOTIFY (sent on commit) and — for an officer's message the applicant has not been told of
 * yet — an outbox event, so SMS and e-mail follow the person's preferences.
 */
export async function postMessage(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  input: NewMessage,
): Promise<MessageView> {
  const access = await conversationAccess(ctx, actor, caseId);
  const party = authorParty(access.parties);
  if (!access.side || !party || !actor) throw new DomainError('auth.forbidden');
  const side = access.side;
  const text = cleanText(input.text);
  const uploadIds = [...new Set(input.uploadIds)];
  if (!text && uploadIds.length === 0)
    throw new DomainError('request.invalid', [{ field: 'text', problem: 'empty message' }]);
  if (text.length > MESSAGE_LIMITS.maxChars)
    throw new DomainError('request.invalid', [
      { field: 'text', problem: 'too long', maxChars: MESSAGE_LIMITS.maxChars },
    ]);
  const owner = access.readerKey;
  const author =
    actor.kind === 'person'
      ? { author_kind: 'person' as const, author_id: actor.personId }
      : { author_kind: 'staff' as const, author_id: actor.staffId };

  const created = await ctx.database.db.transaction().execute(async (trx) => {
    // Consumed: the bytes now belong to the message, so the orphan sweep leaves them.
    const uploads = await takeUploads(trx, owner, uploadIds, 'uploadIds');
    const seq = await store.nextSeq(trx, caseId);
    const message = await store.insertMessage(trx, {
      case_id: caseId,
      seq,
      side,
      ...author,
      author_name: actor.name,
      author_party: party,
      body: text,
    });
    await store.insertAttachments(
      trx,
      uploads.map((u, position) => ({
        message_id: message.id,
        case_id: caseId,
        position,
        sha256: u.sha256.trim(),
        file_name: u.file_name,
        size_bytes: u.size_bytes,
        media_type: u.media_type,
      })),
    );
    await store.markRead(trx, caseId, owner, side, seq);
    await ctx.audit.record(trx, actor, meta, {
      action: 'case.message',
      entityType: 'case',
      entityId: caseId,
      after: { seq, side, party, chars: text.length, attachments: uploadIds.length },
    });
    if (side === 'office') {
      const applicantRead = (await store.readState(trx, caseId)).applicant;
      // One SMS per unread stretch: the applicant is told of the first officer message they have
      // not read, not of every one of a quick exchange.
      if ((await store.unreadOfficeMessages(trx, caseId, applicantRead, seq)) === 0)
        await announceToApplicant(trx, {
          caseId,
          applicantPersonId: access.row.applicant_person_id,
          topic: 'case.message',
          payload: { action: 'message', seq },
        });
    }
    await store.notifyLive(trx, { c: caseId, k: 'message', s: seq });
    return message;
  });
  const attachments = await store.attachmentsOf(ctx.database.db, [created.id]);
  return messageView(created, attachments, owner);
}

/**
 * Marks the conversation read up to `seq` for the actor (a receipt for the other side). A
 * supervisor reading along leaves no receipt: they are not the office the applicant talks to.
 */
export async function markConversationRead(ctx: AppContext, actor: Actor | null, caseId: string, seq: number) {
  const access = await conversationAccess(ctx, actor, caseId);
  const db = ctx.database.db;
  if (access.side) {
    const side = access.side;
    await db.transaction().execute(async (trx) => {
      const upTo = Math.min(seq, await store.lastSeq(trx, caseId));
      if (upTo <= 0) return;
      await store.markRead(trx, caseId, access.readerKey, side, upTo);
      await store.notifyLive(trx, { c: caseId, k: 'read', side, s: upTo });
    });
  }
  return { readState: await store.readState(db, caseId) };
}

/** An attachment's bytes, for the case's readers only. */
export async function attachmentFile(ctx: AppContext, actor: Actor | null, caseId: string, attachmentId: string) {
  await conversationAccess(ctx, actor, caseId);
  const a = await store.findAttachment(ctx.database.db, caseId, attachmentId);
  if (!a) throw new DomainError('resource.not_found');
  return { bytes: await ctx.files.read(a.sha256.trim()), mediaType: a.media_type, fileName: a.file_name };
}
