// The baseline for the platform benchmark: Fastify with nothing but a constant /api/health. The
// benchmark passes Tongban's own health answer in BARE_HEALTH_BODY, so the shape and size match.
// Run as its own process by bench/src/lib/servers.ts.
import Fastify from 'fastify';

const body: unknown = process.env.BARE_HEALTH_BODY
  ? JSON.parse(process.env.BARE_HEALTH_BODY)
  : { status: 'ok', database: { mode: 'server', reachable: true }, version: '0.0.0', uptimeSeconds: 0 };

const app = Fastify({ logger: false });
app.get('/api/health', () => body);

const shutdown = () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
