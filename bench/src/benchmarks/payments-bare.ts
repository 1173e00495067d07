// The baseline for the payments benchmark (payments.ts), run as its own process: bare Fastify with
// pg doing the least an exactly-once callback can do — verify the HMAC-SM3 signature (the same
// function Tongban uses), then in one transaction insert the (transaction, event) key and, when it
// is new, mark the order paid. No audit trail, payment rows, fees, notice or case move.
import Fastify from 'fastify';
import pg from 'pg';
import { signatureMatches, type CallbackBody } from '../../../server/src/modules/fees/model.js';

const databaseUrl = process.env.BARE_DATABASE_URL;
const key = process.env.BARE_GATEWAY_KEY;
if (!databaseUrl || !key) throw new Error('BARE_DATABASE_URL and BARE_GATEWAY_KEY are required');

// The same pool size as Tongban's (server/src/platform/db).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
await pool.query(`
  CREATE SCHEMA IF NOT EXISTS bare;
  CREATE TABLE IF NOT EXISTS bare.bank_order (
    order_no text PRIMARY KEY, amount_fen bigint NOT NULL, status text NOT NULL DEFAULT 'open', paid_at timestamptz);
  CREATE TABLE IF NOT EXISTS bare.bank_callback (
    bank_txn_id text NOT NULL, event_type text NOT NULL, order_no text NOT NULL, body jsonb NOT NULL,
    PRIMARY KEY (bank_txn_id, event_type));`);

const app = Fastify({ logger: false });

app.get('/api/health', () => ({ status: 'ok' }));

app.post<{ Body: CallbackBody }>('/bare/callback', async (req, reply) => {
  const signature = req.headers['x-bank-signature'];
  if (!signatureMatches(key, req.body, typeof signature === 'string' ? signature : undefined))
    return reply.status(401).send({ error: 'signature' });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const fresh = await client.query(
      `INSERT INTO bare.bank_callback (bank_txn_id, event_type, order_no, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING bank_txn_id`,
      [req.body.bankTxnId, req.body.eventType, req.body.orderNo, JSON.stringify(req.body)],
    );
    if (fresh.rowCount) {
      await client.query(
        `UPDATE bare.bank_order SET status = 'paid', paid_at = now() WHERE order_no = $1 AND amount_fen = $2`,
        [req.body.orderNo, req.body.amountFen],
      );
    }
    await client.query('COMMIT');
    return { result: fresh.rowCount ? 'applied' : 'duplicate' };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
});

const shutdown = () => {
  app.close().then(
    () => pool.end().then(() => process.exit(0)),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT ?? 3997), host: '127.0.0.1' });
