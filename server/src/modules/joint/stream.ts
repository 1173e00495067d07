import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import { STREAM_LIMITS } from '../messaging/model.js';
import type { JointHub } from './live.js';
import { readable } from './queries.js';
import * as store from './store.js';

/** A slow reader is dropped rather than buffered without end; its browser reconnects. */
const MAX_BUFFERED_BYTES = 256 * 1024;

const readerKey = (req: FastifyRequest) =>
  req.actor?.kind === 'person'
    ? `person:${req.actor.personId}`
    : `staff:${req.actor?.kind === 'staff' ? req.actor.staffId : ''}`;

/**
 * GET /api/joint-cases/:id/stream — server-sent events: `ready` (the current number), `changed`
 * (id: the change's number; the page reloads its view), a heartbeat comment every 20 s. A
 * reconnect with Last-Event-ID older than the current number gets one `changed` at once.
 */
export async function openJointStream(
  ctx: AppContext,
  hub: JointHub,
  req: FastifyRequest,
  reply: FastifyReply,
  jointId: string,
): Promise<void> {
  const { joint } = await readable(ctx, req.actor, jointId);
  await hub.start();
  const res = reply.raw;
  let closed = false;
  let lastSeq = -1;
  const write = (chunk: string) => {
    if (closed) return;
    res.write(chunk);
    if (res.writableLength > MAX_BUFFERED_BYTES) close();
  };
  const changed = (seq: number) => {
    if (seq <= lastSeq) return;
    lastSeq = seq;
    write(`id: ${seq}\nevent: changed\ndata: ${JSON.stringify({ seq })}\n\n`);
  };
  const unsubscribe = hub.subscribe({
    jointId,
    userKey: readerKey(req),
    changed,
    resync: () => {
      store.findJoint(ctx.database.db, jointId).then(
        (row) => row && changed(row.last_seq),
        () => close(),
      );
    },
    close: () => close(),
  });
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
  write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ seq: joint.last_seq })}\n\n`);
  const header = req.headers['last-event-id'];
  const seen = typeof header === 'string' && /^\d{1,9}$/.test(header) ? Number(header) : null;
  lastSeq = seen ?? joint.last_seq;
  if (seen !== null && seen < joint.last_seq) changed(joint.last_seq);
}
