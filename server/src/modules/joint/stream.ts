import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import { lastEventId, openEventStream, STREAM_LIMITS } from '../../platform/live/sse.js';
import { ownerKey } from '../cases/access.js';
import type { JointHub } from './live.js';
import { readable } from './queries.js';
import * as store from './store.js';

/** A slow reader is dropped rather than buffered without end; its browser reconnects. */
const MAX_BUFFERED_BYTES = 256 * 1024;

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
  let lastSeq = lastEventId(req) ?? joint.last_seq;
  const stream = openEventStream(req, reply, {
    heartbeatMs: STREAM_LIMITS.heartbeatMs,
    maxLifetimeMs: STREAM_LIMITS.maxLifetimeMs,
    maxBufferedBytes: MAX_BUFFERED_BYTES,
    subscribe: (open) => {
      const changed = (seq: number) => {
        if (seq <= lastSeq) return;
        lastSeq = seq;
        open.send('changed', { seq }, seq);
      };
      return hub.subscribe({
        jointId,
        userKey: ownerKey(req.actor),
        changed,
        resync: () => {
          store.findJoint(ctx.database.db, jointId).then(
            (row) => row && changed(row.last_seq),
            () => open.close(),
          );
        },
        close: () => open.close(),
      });
    },
  });
  stream.send('ready', { seq: joint.last_seq });
  // A reconnect that missed changes is told at once: the page reloads its view.
  if (lastSeq < joint.last_seq) {
    const seq = joint.last_seq;
    lastSeq = seq;
    stream.send('changed', { seq }, seq);
  }
}
