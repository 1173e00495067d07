import type { AppContext } from '../../platform/app-context.js';
import { PgListener } from '../../platform/live/listener.js';
import { Rooms } from '../../platform/live/rooms.js';
import { STREAM_LIMITS } from '../../platform/live/sse.js';
import type { Side } from './model.js';
import { messageForStream } from './service.js';
import { LIVE_CHANNEL } from './store.js';
import { messageView, type MessageView } from './views.js';

/** What travels through NOTIFY: small, so it never nears PostgreSQL's 8,000-byte payload limit. */
export type LiveEvent = { c: string; k: 'message'; s: number } | { c: string; k: 'read'; side: Side; s: number };

/** One open stream: its reader and where its events go. */
export type Subscriber = {
  caseId: string;
  userKey: string;
  message: (m: MessageView) => void;
  read: (side: Side, seq: number) => void;
  /** The process's listener reconnected: events may have been missed; the stream catches up. */
  resync: () => void;
  close: () => void;
};

type Log = { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

/**
 * Live conversations within one server process: a message's transaction NOTIFYs its case and
 * sequence; each process loads the message once and writes it to its own streams for that case
 * (platform/live: the LISTEN connection and the rooms of open streams).
 */
export class LiveHub {
  private readonly rooms = new Rooms<Subscriber & { room: string }>(STREAM_LIMITS);
  private readonly listener: PgListener;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: Log,
  ) {
    this.listener = new PgListener(ctx, {
      channel: LIVE_CHANNEL,
      applicationName: 'tongban-live',
      onPayload: (payload) => this.dispatch(payload),
      onResync: () => this.rooms.all().forEach((s) => s.resync()),
      log,
    });
  }

  /** Starts listening (once); resolves when notifications will arrive. */
  start(): Promise<void> {
    return this.listener.start();
  }

  /** Registers a stream; refuses beyond the per-user and per-process caps. */
  subscribe(s: Subscriber): () => void {
    return this.rooms.join(Object.assign(s, { room: s.caseId }));
  }

  get streamCount(): number {
    return this.rooms.count;
  }

  private dispatch(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    if (!this.rooms.has(event.c)) return;
    if (event.k === 'read') {
      for (const s of this.rooms.in(event.c)) s.read(event.side, event.s);
      return;
    }
    messageForStream(this.ctx, event.c, event.s).then(
      (found) => {
        if (!found) return;
        for (const s of this.rooms.in(event.c)) s.message(messageView(found.row, found.attachments, s.userKey));
      },
      (err: unknown) => {
        this.log.error({ err }, 'live message could not be loaded');
        for (const s of this.rooms.in(event.c)) s.resync();
      },
    );
  }

  /** Ends every stream (the server is closing) and stops listening. */
  async stop(): Promise<void> {
    this.rooms.all().forEach((s) => s.close());
    await this.listener.stop();
  }
}

const hubs = new WeakMap<AppContext, LiveHub>();

/** The process's hub for this application context. */
export function hubFor(ctx: AppContext, log: Log): LiveHub {
  let hub = hubs.get(ctx);
  if (!hub) hubs.set(ctx, (hub = new LiveHub(ctx, log)));
  return hub;
}

export function forgetHub(ctx: AppContext): void {
  hubs.delete(ctx);
}
