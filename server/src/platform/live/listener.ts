import pg from 'pg';
import type { AppContext } from '../app-context.js';

type Log = { warn: (obj: object, msg: string) => void };

export type ListenerOptions = {
  channel: string;
  /** For pg_stat_activity: which context holds the connection. */
  applicationName: string;
  onPayload: (payload: string) => void;
  /** The connection came back after a loss: notifications in between are gone; readers catch up. */
  onResync: () => void;
  log: Log;
};

/**
 * One process's LISTEN on one channel, for live updates fanned out through PostgreSQL: a
 * transaction NOTIFYs, PostgreSQL delivers on commit to every listening process, each process
 * writes to its own open streams. On a server the LISTEN holds a connection of its own (not from
 * the pool: LISTEN belongs to a session) and reconnects after a loss; embedded, PGlite's listen()
 * delivers the same notifications in-process.
 */
export class PgListener {
  private ready: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly o: ListenerOptions,
  ) {
    // Channel names are identifiers in LISTEN, never user input: checked here once.
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(o.channel)) throw new Error(`bad channel name ${o.channel}`);
  }

  /** Starts listening (once); resolves when notifications will arrive. */
  start(): Promise<void> {
    this.ready ??= this.listen();
    return this.ready;
  }

  private async listen(): Promise<void> {
    const { database, config } = this.ctx;
    const { channel } = this.o;
    if (database.mode === 'embedded') {
      if (!database.pglite) throw new Error('embedded database without PGlite handle');
      this.unlisten = await database.pglite.listen(channel, (payload) => this.o.onPayload(payload));
      return;
    }
    if (!config.databaseUrl) throw new Error('server database without DATABASE_URL');
    const client = new pg.Client({ connectionString: config.databaseUrl, application_name: this.o.applicationName });
    client.on('notification', (n) => {
      if (n.channel === channel && n.payload) this.o.onPayload(n.payload);
    });
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.o.log.warn({ err, channel }, 'live listener lost its connection; reconnecting');
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        // Notifications sent while nobody listened are not replayed: every reader catches up.
        this.listen().then(
          () => this.o.onResync(),
          (e: unknown) => lost(e),
        );
      }, 1_000);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    this.client = client;
  }

  /** Stops listening and closes the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.unlisten?.().catch(() => undefined);
  }
}
