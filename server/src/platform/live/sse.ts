import type { FastifyReply, FastifyRequest } from 'fastify';

/** Live streams (every context's): per user per process, and per process in all. */
export const STREAM_LIMITS = {
  perUser: 10,
  perProcess: 20_000,
  heartbeatMs: 20_000,
  /** A stream ends after this long and the browser reconnects with Last-Event-ID: access is checked again. */
  maxLifetimeMs: 30 * 60_000,
} as const;

/** An open server-sent event stream. */
export type EventStream = {
  /** One event; `id` lets a reconnecting browser say where it was (Last-Event-ID). */
  send: (event: string, data: unknown, id?: number) => void;
  close: () => void;
};

export type EventStreamOptions = {
  heartbeatMs: number;
  maxLifetimeMs: number;
  /** A slow reader is dropped rather than buffered without end; its browser reconnects. */
  maxBufferedBytes: number;
  /**
   * Registers the stream with its hub and returns the function that removes it. Called before
   * anything is written, so a refusal (too many streams: 429) is still an ordinary error answer.
   */
  subscribe: (stream: EventStream) => () => void;
};

/** Where a reconnecting browser was: its Last-Event-ID, when it is a plain number. */
export function lastEventId(req: FastifyRequest): number | undefined {
  const header = req.headers['last-event-id'];
  return typeof header === 'string' && /^\d{1,9}$/.test(header) ? Number(header) : undefined;
}

/**
 * Takes over the response for server-sent events: subscribes, then writes the headers, a comment
 * as heartbeat, and ends the stream after its lifetime, when the browser goes away, or when it
 * reads too slowly. The browser waits 3 s before reconnecting.
 */
export function openEventStream(req: FastifyRequest, reply: FastifyReply, o: EventStreamOptions): EventStream {
  const res = reply.raw;
  let closed = false;
  let unsubscribe = () => {};
  const timers: { heartbeat?: NodeJS.Timeout; lifetime?: NodeJS.Timeout } = {};
  const write = (chunk: string) => {
    if (closed) return;
    res.write(chunk);
    if (res.writableLength > o.maxBufferedBytes) close();
  };
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(timers.heartbeat);
    clearTimeout(timers.lifetime);
    unsubscribe();
    res.end();
  }
  const stream: EventStream = {
    send: (event, data, id) =>
      write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    close,
  };
  unsubscribe = o.subscribe(stream);
  timers.heartbeat = setInterval(() => write(`: ${Date.now()}\n\n`), o.heartbeatMs);
  timers.lifetime = setTimeout(close, o.maxLifetimeMs);
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
  write('retry: 3000\n\n');
  return stream;
}
