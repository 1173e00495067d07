// The baseline for the platform benchmark: Fastify with nothing but a constant /api/health. The
// benchmark passes Tongban's own health answer in BARE_HEALTH_BODY, so the shape and size match.
// Run as its own process by bench/src/lib/servers.ts.
import Fastify from 'fastify';
import pg from 'pg';

const body: unknown = process.env.BARE_HEALTH_BODY
  ? JSON.parse(process.env.BARE_HEALTH_BODY)
  : { status: 'ok', database: { mode: 'server', reachable: true }, version: '0.0.0', uptimeSeconds: 0 };

const app = Fastify({ logger: false });
app.get('/api/health', () => body);

// With BARE_DATABASE_URL: a bare primary-key read of a case through pg (the cases benchmark's
// baseline for the public status look-up).
if (process.env.BARE_DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10 });
  app.get<{ Querystring: { caseNo: string } }>('/api/bare-case', async (req) => {
    const r = await pool.query('SELECT case_no, status, submitted_at FROM license_case WHERE case_no = $1', [
      req.query.caseNo,
    ]);
    return r.rows[0] ?? null;
  });
}

const shutdown = () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
