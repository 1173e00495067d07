// The baseline for the cases benchmark (cases-issue5.ts), run as its own process: bare Fastify with
// pg doing the least the same requests can do — store an uploaded file (multipart, SHA-256, written
// under a temporary name, flushed and renamed, as Tongban's file store does) with one INSERT, insert a case
// row of similar size with one INSERT, and read a case by its unique case number. No sessions,
// validation, audit trail, transactions or numbering: what the framework and the database alone cost.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import pg from 'pg';

const databaseUrl = process.env.BARE_DATABASE_URL;
const filesDir = process.env.BARE_FILES_DIR;
if (!databaseUrl || !filesDir) throw new Error('BARE_DATABASE_URL and BARE_FILES_DIR are required');

// The same pool size as Tongban's (server/src/platform/db).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
await pool.query(`
  CREATE SCHEMA IF NOT EXISTS bare;
  CREATE TABLE IF NOT EXISTS bare.upload (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner text NOT NULL, sha256 char(64) NOT NULL,
    file_name text NOT NULL, size_bytes integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS bare.case (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), case_no text NOT NULL UNIQUE, item_id uuid NOT NULL,
    form_data jsonb NOT NULL, materials jsonb NOT NULL, submitted_at timestamptz NOT NULL DEFAULT now());
  CREATE SEQUENCE IF NOT EXISTS bare.case_serial;`);

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });

app.get('/api/health', () => ({ status: 'ok' }));

app.post('/bare/uploads', async (req, reply) => {
  const part = await req.file();
  if (!part) return reply.status(400).send({ error: 'file missing' });
  const bytes = await part.toBuffer();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = path.join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await fs.open(tmp, 'wx');
  await file.writeFile(bytes);
  await file.datasync();
  await file.close();
  await fs.rename(tmp, target);
  const dir = await fs.open(path.dirname(target), 'r');
  await dir.sync();
  await dir.close();
  const r = await pool.query<{ id: string }>(
    'INSERT INTO bare.upload (owner, sha256, file_name, size_bytes) VALUES ($1, $2, $3, $4) RETURNING id',
    ['person:bench', sha256, part.filename, bytes.length],
  );
  return reply.status(201).send({ uploadId: r.rows[0]!.id });
});

app.post<{ Body: { itemId: string; formData: unknown; materials: unknown } }>('/bare/cases', async (req, reply) => {
  const r = await pool.query<{ id: string; case_no: string }>(
    `INSERT INTO bare.case (case_no, item_id, form_data, materials)
     VALUES ('B' || nextval('bare.case_serial'), $1, $2, $3) RETURNING id, case_no`,
    [req.body.itemId, JSON.stringify(req.body.formData), JSON.stringify(req.body.materials)],
  );
  return reply.status(201).send({ id: r.rows[0]!.id, caseNo: r.rows[0]!.case_no });
});

// A read of one case by its unique case number (the same index Tongban's look-up uses).
app.get<{ Querystring: { caseNo: string } }>('/bare/case-status', async (req, reply) => {
  const r = await pool.query(
    'SELECT case_no, status, submitted_at, accepted_at, concluded_at FROM license_case WHERE case_no = $1',
    [req.query.caseNo],
  );
  if (!r.rows[0]) return reply.status(404).send({ error: 'not found' });
  return r.rows[0] as unknown;
});

const shutdown = () => {
  app.close().then(
    () => pool.end().then(() => process.exit(0)),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT ?? 3998), host: '127.0.0.1' });
