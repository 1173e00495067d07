import type { AppContext } from '../../../platform/app-context.js';
import { afterFailure, defaultRetryPolicy, roundPause, type RetryPolicy } from '../model.js';
import { planBatch } from './plan.js';
import { DeliveryFailure, type Providers, type SendResult } from './providers.js';
import * as store from './store.js';

type Log = {
  error: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
};

export type WorkerOptions = {
  providers: Providers;
  retry?: RetryPolicy;
  /** Outbox events planned, and deliveries claimed, per round. */
  batchSize?: number;
  /** Sends in flight at once. */
  concurrency?: number;
  /** How long a claim is ours; a worker that dies mid-send is taken over after it. */
  leaseMs?: number;
  /** Pause between rounds when there was nothing to do. */
  idleMs?: number;
  /** Pause after a round that found work but less than a full batch (see run()). */
  gatherMs?: number;
  log?: Log;
  /** For the crash tests: called around each send (a hook may kill the process). */
  hooks?: {
    beforeSend?: (deliveryId: string) => void | Promise<void>;
    afterSend?: (deliveryId: string, result: SendResult) => void | Promise<void>;
  };
};

const silent: Log = { error: () => undefined, warn: () => undefined };

/**
 * The delivery job runner. Each round: plan outbox events into delivery rows (one transaction),
 * then claim due deliveries (one committed UPDATE: status 'sending', attempts + 1, a lease), send
 * them, and record each outcome fenced by the attempt number. Guarantees, also when the process
 * is killed at any point:
 * - nothing is lost: an unplanned event stays in the outbox; a claimed delivery whose worker died
 *   is claimed again when its lease runs out;
 * - nothing is planned twice: one delivery per (outbox event, channel);
 * - a message is handed to the provider more than once only if the process died after the
 *   provider accepted it and before the outcome was committed (or a response was lost). E-mail
 *   then carries the same Message-ID; SMPP has nothing equivalent. So: at-least-once, with
 *   duplicates deduplicable by message id, and exactly-once everywhere else.
 */
export class DeliveryWorker {
  private readonly retry: RetryPolicy;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly idleMs: number;
  private readonly gatherMs: number;
  private readonly log: Log;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly opts: WorkerOptions,
  ) {
    this.retry = opts.retry ?? defaultRetryPolicy;
    this.batchSize = opts.batchSize ?? 200;
    this.concurrency = opts.concurrency ?? 16;
    this.leaseMs = opts.leaseMs ?? 60_000;
    this.idleMs = opts.idleMs ?? 1_000;
    this.gatherMs = opts.gatherMs ?? 200;
    this.log = opts.log ?? silent;
  }

  /** Plans one batch of outbox events; returns how many were taken. */
  plan(): Promise<number> {
    return planBatch(this.ctx, this.batchSize);
  }

  /** Claims one batch of due deliveries and sends them; returns how many were claimed. */
  async send(): Promise<number> {
    const claimed = await store.claimDeliveries(this.ctx.database.db, this.batchSize, this.leaseMs);
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const d = claimed[next++]!;
        await this.sendOne(d);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, claimed.length) }, lane));
    return claimed.length;
  }

  private async sendOne(d: store.ClaimedDelivery): Promise<void> {
    const db = this.ctx.database.db;
    const provider = d.channel === 'sms' ? this.opts.providers.sms : this.opts.providers.email;
    if (d.attempts > this.retry.maxAttempts) {
      await store.markExhausted(db, d.id, d.attempts);
      return;
    }
    let result: SendResult;
    try {
      await this.opts.hooks?.beforeSend?.(d.id);
      const to = this.ctx.cipher.decrypt(d.address_enc);
      result =
        d.channel === 'sms'
          ? await this.opts.providers.sms.send({ deliveryId: d.id, to, text: d.body })
          : await this.opts.providers.email.send({ deliveryId: d.id, to, subject: d.subject, text: d.body });
    } catch (err) {
      const permanent = err instanceof DeliveryFailure && err.permanent;
      const reason = err instanceof Error ? err.message : String(err);
      const outcome = afterFailure(this.retry, d.attempts, permanent, Math.random());
      await store.markFailed(db, d.id, d.attempts, outcome, provider.name, reason);
      if (outcome.status === 'dead')
        this.log.warn({ deliveryId: d.id, channel: d.channel, reason }, 'notification dead-lettered');
      return;
    }
    await this.opts.hooks?.afterSend?.(d.id, result);
    const res = await store.markSent(db, d.id, d.attempts, result.provider, result.providerMessageId);
    if (Number(res.numUpdatedRows) === 0)
      this.log.warn({ deliveryId: d.id }, 'notification sent after its claim was taken over (possible duplicate)');
  }

  /** Plans and sends until nothing is left that is due now (tests and benchmarks). */
  async drain(): Promise<void> {
    for (;;) {
      const planned = await this.plan();
      const sent = await this.send();
      if (planned === 0 && sent === 0) return;
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Lets a sleeping worker look at once (e.g. after this process wrote an outbox event). */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let taken = { planned: 0, sent: 0 };
      try {
        taken = { planned: await this.plan(), sent: 0 };
        taken.sent = await this.send();
        failures = 0;
      } catch (err) {
        // The database is away (restart, failover): back off, keep the process up.
        failures += 1;
        this.log.error({ err }, 'notification delivery round failed');
      }
      const pause = failures
        ? Math.min(30_000, this.idleMs * 2 ** failures)
        : roundPause(taken, this.batchSize, this.idleMs, this.gatherMs);
      if (pause > 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pause);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }

  /** Finishes the round in progress (sends in flight complete and are recorded), then closes the providers. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
    await Promise.all([this.opts.providers.sms.close(), this.opts.providers.email.close()]);
  }
}
