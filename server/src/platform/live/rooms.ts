import { DomainError } from '../errors.js';

/** An open stream in a room (a case, a joint case): who reads it and how it ends. */
export type Member = { room: string; userKey: string; resync: () => void; close: () => void };

export type RoomLimits = { perUser: number; perProcess: number };

/**
 * The open streams of one process, grouped by what they watch, with caps per user and per
 * process so one browser opening tabs in a loop cannot exhaust the server.
 */
export class Rooms<M extends Member> {
  private readonly byRoom = new Map<string, Set<M>>();
  private readonly perUser = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: RoomLimits) {}

  /** Registers a stream; refuses beyond the caps. Returns the function that removes it (once). */
  join(m: M): () => void {
    const mine = this.perUser.get(m.userKey) ?? 0;
    if (mine >= this.limits.perUser) throw new DomainError('request.rate_limited', { maxStreams: this.limits.perUser });
    if (this.total >= this.limits.perProcess) throw new DomainError('service.unavailable');
    let set = this.byRoom.get(m.room);
    if (!set) this.byRoom.set(m.room, (set = new Set()));
    set.add(m);
    this.perUser.set(m.userKey, mine + 1);
    this.total += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      set.delete(m);
      if (set.size === 0) this.byRoom.delete(m.room);
      const left = (this.perUser.get(m.userKey) ?? 1) - 1;
      if (left > 0) this.perUser.set(m.userKey, left);
      else this.perUser.delete(m.userKey);
      this.total -= 1;
    };
  }

  /** The streams watching `room` now (a snapshot: a stream may leave while it is written to). */
  in(room: string): M[] {
    return [...(this.byRoom.get(room) ?? [])];
  }

  has(room: string): boolean {
    return (this.byRoom.get(room)?.size ?? 0) > 0;
  }

  all(): M[] {
    return [...this.byRoom.values()].flatMap((set) => [...set]);
  }

  get count(): number {
    return this.total;
  }
}
