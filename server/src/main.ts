import { buildApp } from './app.js';
import { scheduleUploadSweep } from './modules/cases/upload-sweep.js';
import { startDeliveryWorker } from './modules/messaging/delivery/start.js';
import { openAndMigrate, lockDataDir } from './platform/bootstrap.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createAppContext } from './platform/create-context.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const unlock = lockDataDir(config);
  const database = await openAndMigrate(config);
  const ctx = createAppContext(config, database);
  if (config.demoData) {
    // Loaded only when wanted: the demo data and its document generator are not small.
    const { seedDemoData } = await import('./seed/demo.js');
    await seedDemoData(ctx);
  }
  const app = await buildApp(ctx);
  const stopSweep = scheduleUploadSweep(ctx, app.log);
  startDeliveryWorker(ctx, app);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('graceful shutdown timed out');
      unlock();
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    // Stop accepting, let in-flight requests finish, then close the database so the embedded
    // data directory is flushed and consistent before the process ends.
    stopSweep();
    app
      .close()
      .then(() => database.close())
      .then(() => {
        unlock();
        process.exit(0);
      })
      .catch((err: unknown) => {
        app.log.error({ err }, 'error during shutdown');
        unlock();
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { mode: database.mode, dataDir: database.mode === 'embedded' ? config.dataDir : undefined },
    'Tongban 通办 is serving',
  );
}

main().catch((err: unknown) => {
  // Configuration errors are one readable line; anything else is reported with its cause.
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`启动失败 start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
