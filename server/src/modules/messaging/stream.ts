import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import { type EventStream, lastEventId, openEventStream, STREAM_LIMITS } from '../../platform/live/sse.js';
import type { LiveHub } from './live.js';
import type { Side } from './model.js';
import { conversationAccess, listConversation } from './service.js';
import * as store from './store.js';
import type { MessageView } from './views.js';

/** A slow reader is dropped rather than buffered without end; its browser reconnects and catches up. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** Where to resume: the browser's Last-Event-ID on a reconnect, else ?after= from the page. */
export function resumePoint(req: FastifyRequest, after: number | undefined): number | undefined {
  return lastEventId(req) ?? after;
}

/**
 * GET /api/cases/:id/stream — server-sent events for one case's conversation: `message` (id: the
 * message's number, so a reconnect resumes after it), `read` (how far a side has read), and a
 * comment every 20 s as heartbeat. Access is checked when the stream opens and again on every
 * reconnect; a stream lives at most 30 minutes.
 */
export async function openStream(
  ctx: AppContext,
  hub: LiveHub,
  req: FastifyRequest,
  reply: FastifyReply,
  caseId: string,
  after: number | undefined,
): Promise<void> {
  const access = await conversationAccess(ctx, req.actor, caseId);
  await hub.start();
  let lastSeq = after ?? -1;
  let catchingUp = true;
  const held: MessageView[] = [];
  let stream: EventStream | null = null;
  const sendMessage = (m: MessageView) => {
    if (m.seq <= lastSeq) return;
    lastSeq = m.seq;
    stream?.send('message', m, m.seq);
  };
  const release = () => {
    catchingUp = false;
    for (const m of held.splice(0).sort((a, b) => a.seq - b.seq)) sendMessage(m);
  };
  const catchUp = async () => {
    catchingUp = true;
    try {
      for (;;) {
        const page = await listConversation(ctx, req.actor, caseId, { after: Math.max(lastSeq, 0), limit: 100 });
        for (const m of page.items) sendMessage(m);
        stream?.send('read', page.readState);
        if (page.items.length < 100) break;
      }
    } finally {
      release();
    }
  };
  stream = openEventStream(req, reply, {
    heartbeatMs: STREAM_LIMITS.heartbeatMs,
    maxLifetimeMs: STREAM_LIMITS.maxLifetimeMs,
    maxBufferedBytes: MAX_BUFFERED_BYTES,
    // Throws (429) before anything is written when the reader has too many streams open.
    subscribe: (open) =>
      hub.subscribe({
        caseId,
        userKey: access.readerKey,
        message: (m) => (catchingUp ? held.push(m) : sendMessage(m)),
        read: (side: Side, seq: number) => open.send('read', { [side]: seq }),
        resync: () => {
          if (!catchingUp) catchUp().catch(() => open.close());
        },
        close: () => open.close(),
      }),
  });
  // `ready` tells a client the subscription is live.
  stream.send('ready', { side: access.side });
  if (after === undefined) {
    // No starting point: from now on (what was held while subscribing and is newer still goes).
    lastSeq = await store.lastSeq(ctx.database.db, caseId);
    release();
    return;
  }
  await catchUp().catch(() => stream.close());
}
