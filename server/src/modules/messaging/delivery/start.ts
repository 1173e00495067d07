import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/app-context.js';
import { providersFor } from './providers.js';
import { DeliveryWorker } from './worker.js';

/**
 * Starts the notification worker with the server (one per process; several processes share the
 * outbox through SKIP LOCKED) and stops it when the server closes, before the database does.
 */
export function startDeliveryWorker(ctx: AppContext, app: FastifyInstance): void {
  let worker: DeliveryWorker | null = null;
  const starting = providersFor(ctx.config).then(
    (providers) => {
      worker = new DeliveryWorker(ctx, { providers, log: app.log });
      worker.start();
    },
    (err: unknown) => app.log.error({ err }, 'notification providers failed to start'),
  );
  app.addHook('onClose', async () => {
    await starting;
    await worker?.stop();
  });
}
