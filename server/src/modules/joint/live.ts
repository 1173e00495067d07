import type { AppContext } from '../../platform/app-context.js';
import { PgListener } from '../../platform/live/listener.js';
import { Rooms } from '../../platform/live/rooms.js';
import { STREAM_LIMITS } from '../../platform/live/sse.js';
import { JOINT_CHANNEL } from './store.js';

/** One open stream of a joint case. */
export type JointSubscriber = {
  jointId: string;
  userKey: string;
  /** A change numbered `seq` committed; the page reloads the view (it differs per reader). */
  changed: (seq: number) => void;
  /** The listener reconnected: changes may have been missed. */
  resync: () => void;
  close: () => void;
};

type Log = { warn: (obj: object, msg: string) => void };

/**
 * Live updates of joint cases through platform/live: a change's transaction NOTIFYs the joint
 * case and its change number; each process writes the number to its own streams for that joint
 * case. Only the number travels; each reader reloads its own view, so nobody receives what they
 * may not see.
 */
export class JointHub {
  private readonly rooms = new Rooms<JointSubscriber & { room: string }>(STREAM_LIMITS);
  private readonly listener: PgListener;

  constructor(ctx: AppContext, log: Log) {
    this.listener = new PgListener(ctx, {
      channel: JOINT_CHANNEL,
      applicationName: 'tongban-joint-live',
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
  subscribe(s: JointSubscriber): () => void {
    return this.rooms.join(Object.assign(s, { room: s.jointId }));
  }

  private dispatch(payload: string): void {
    let event: { j: string; s: number };
    try {
      event = JSON.parse(payload) as { j: string; s: number };
    } catch {
      return;
    }
    for (const s of this.rooms.in(event.j)) s.changed(event.s);
  }

  /** Ends every stream (the server is closing) and stops listening. */
  async stop(): Promise<void> {
    this.rooms.all().forEach((s) => s.close());
    await this.listener.stop();
  }
}

const hubs = new WeakMap<AppContext, JointHub>();

export function jointHubFor(ctx: AppContext, log: Log): JointHub {
  let hub = hubs.get(ctx);
  if (!hub) hubs.set(ctx, (hub = new JointHub(ctx, log)));
  return hub;
}

export function forgetJointHub(ctx: AppContext): void {
  hubs.delete(ctx);
}
