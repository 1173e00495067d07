import pg from 'pg';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import { STREAM_LIMITS, type Side } from './model.js';
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
 * Live delivery within one server process. Every process LISTENs on one channel; a message's
 * transaction NOTIFYs it, PostgreSQL delivers the notification to every listening process on
 * commit, and each process loads the message once and writes it to its own streams for that case.
 * Embedded (PGlite, one process) the same NOTIFY arrives through PGlite's listen().
 */
export class LiveHub {
  private readonly byCase = new Map<string, Set<Subscriber>>();
  private readonly perUser = new Map<string, number>();
  private total = 0;
  private ready: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: Log,
  ) {}

  /** Starts listening (once); resolves when notifications will arrive. */
  start(): Promise<void> {
    this.ready ??= this.listen();
    return this.ready;
  }

  private async listen(): Promise<void> {
    const { database, config } = this.ctx;
    if (database.mode === 'embedded') {
      if (!database.pglite) throw new Error('embedded database without PGlite handle');
      this.unlisten = await database.pglite.listen(LIVE_CHANNEL, (payload) => this.dispatch(payload));
      return;
    }
    if (!config.databaseUrl) throw new Error('server database without DATABASE_URL');
    // A connection of its own (not from the pool): LISTEN belongs to a session.
    const client = new pg.Client({ connectionString: config.databaseUrl, application_name: 'tongban-live' });
    client.on('notification', (n) => {
      if (n.channel === LIVE_CHANNEL && n.payload) this.dispatch(n.payload);
    });
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn({ err }, 'live listener lost its connection; reconnecting');
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        // Events sent while nobody listened are not replayed: every stream catches up from the table.
        this.listen().then(
          () => this.forEach((s) => s.resync()),
          (e: unknown) => lost(e),
        );
      }, 1_000);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
  }

  private forEach(fn: (s: Subscriber) => void): void {
    for (const set of this.byCase.values()) for (const s of set) fn(s);
  }

  /** Registers a stream; refuses beyond the per-user and per-process caps. */
  subscribe(s: Subscriber): () => void {
    const mine = this.perUser.get(s.userKey) ?? 0;
    if (mine >= STREAM_LIMITS.perUser)
      throw new DomainError('request.rate_limited', { maxStreams: STREAM_LIMITS.perUser });
    if (this.total >= STREAM_LIMITS.perProcess) throw new DomainError('service.unavailable');
    let set = this.byCase.get(s.caseId);
    if (!set) this.byCase.set(s.caseId, (set = new Set()));
    set.add(s);
    this.perUser.set(s.userKey, mine + 1);
    this.total += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      set.delete(s);
      if (set.size === 0) this.byCase.delete(s.caseId);
      const left = (this.perUser.get(s.userKey) ?? 1) - 1;
      if (left > 0) this.perUser.set(s.userKey, left);
      else this.perUser.delete(s.userKey);
      this.total -= 1;
    };
  }

  get streamCount(): number {
    return this.total;
  }

  private dispatch(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    const set = this.byCase.get(event.c);
    if (!set || set.size === 0) return;
    if (event.k === 'read') {
      for (const s of set) s.read(event.side, event.s);
      return;
    }
    messageForStream(this.ctx, event.c, event.s).then(
      (found) => {
        if (!found) return;
        for (const s of this.byCase.get(event.c) ?? []) s.message(messageView(found.row, found.attachments, s.userKey));
      },
      (err: unknown) => {
        this.log.error({ err }, 'live message could not be loaded');
        for (const s of this.byCase.get(event.c) ?? []) s.resync();
      },
    );
  }

  /** Ends every stream (the server is closing) and stops listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.forEach((s) => s.close());
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.unlisten?.().catch(() => undefined);
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
