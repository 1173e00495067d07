import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import type { LiveHub, Subscriber } from './live.js';
import { STREAM_LIMITS, type Side } from './model.js';
import { conversationAccess, listConversation } from './service.js';
import * as store from './store.js';
import type { MessageView } from './views.js';

/** A slow reader is dropped rather than buffered without end; its browser reconnects and catches up. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** Where to resume: the browser's Last-Event-ID on a reconnect, else ?after= from the page. */
export function resumePoint(req: FastifyRequest, after: number | undefined): number | undefined {
  const header = req.headers['last-event-id'];
  const fromHeader = typeof header === 'string' && /^\d{1,9}$/.test(header) ? Number(header) : undefined;
  return fromHeader ?? after;
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
  const res = reply.raw;
  let lastSeq = after ?? -1;
  let catchingUp = true;
  const held: MessageView[] = [];
  let closed = false;
  const write = (chunk: string) => {
    if (closed) return;
    res.write(chunk);
    if (res.writableLength > MAX_BUFFERED_BYTES) close();
  };
  const sendMessage = (m: MessageView) => {
    if (m.seq <= lastSeq) return;
    lastSeq = m.seq;
    write(`id: ${m.seq}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`);
  };
  const catchUp = async () => {
    catchingUp = true;
    try {
      for (;;) {
        const page = await listConversation(ctx, req.actor, caseId, { after: Math.max(lastSeq, 0), limit: 100 });
        for (const m of page.items) sendMessage(m);
        write(`event: read\ndata: ${JSON.stringify(page.readState)}\n\n`);
        if (page.items.length < 100) break;
      }
    } finally {
      catchingUp = false;
      for (const m of held.splice(0).sort((a, b) => a.seq - b.seq)) sendMessage(m);
    }
  };
  const subscriber: Subscriber = {
    caseId,
    userKey: access.readerKey,
    message: (m) => (catchingUp ? held.push(m) : sendMessage(m)),
    read: (side: Side, seq: number) => write(`event: read\ndata: ${JSON.stringify({ [side]: seq })}\n\n`),
    resync: () => {
      if (!catchingUp) catchUp().catch(() => close());
    },
    close: () => close(),
  };
  // Throws (429) before anything is written when the reader has too many streams open.
  const unsubscribe = hub.subscribe(subscriber);
  const heartbeat = setInterval(() => write(`: ${Date.now()}\n\n`), STREAM_LIMITS.heartbeatMs);
  const lifetime = setTimeout(() => close(), STREAM_LIMITS.maxLifetimeMs);
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    unsubscribe();
    res.end();
  }
  req.raw.on('close', close);
  res.on('error', close);

  reply.hijack();
  res.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  // The browser waits 3 s before reconnecting; `ready` tells a client the subscription is live.
  write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ side: access.side })}\n\n`);
  if (after === undefined) {
    // No starting point: from now on (what was held while subscribing and is newer still goes).
    lastSeq = await store.lastSeq(ctx.database.db, caseId);
    catchingUp = false;
    for (const m of held.splice(0).sort((a, b) => a.seq - b.seq)) sendMessage(m);
    return;
  }
  await catchUp().catch(() => close());
}
