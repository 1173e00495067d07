import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import type { RequestMeta } from '../auth/actor.js';
import { seedHeads } from '../db/migrations/0017_audit_chain_head.js';
import { AUDIT_CHAINS, chainOf } from './audit-trail.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

const meta = (requestId: string): RequestMeta => ({ ip: '127.0.0.1', requestId, userAgent: null });

/** A request id that falls on `chain`. */
function requestOn(chain: number, prefix: string): string {
  for (let i = 0; ; i += 1) if (chainOf(`${prefix}-${i}`) === chain) return `${prefix}-${i}`;
}

/** `n` records of one request in one transaction, in this file's app or another one's. */
async function write(requestId: string, n = 1, app: TestApp = t) {
  await app.ctx.database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i += 1)
      await app.ctx.audit.record(trx, null, meta(requestId), { action: 'test.audit', entityId: requestId });
  });
}

/** The seqs of one request's records, oldest first. */
const seqsOf = async (db: TestApp['ctx']['database']['db'], requestId: string) =>
  (await db.selectFrom('audit_record').select('seq').where('request_id', '=', requestId).orderBy('seq').execute()).map(
    (r) => Number(r.seq),
  );

/** Removes one record, as someone with the rights to switch the append-only guard off could. */
async function cutRecord(db: TestApp['ctx']['database']['db'], seq: number) {
  await sql`ALTER TABLE audit_record DISABLE TRIGGER audit_record__append_only`.execute(db);
  await sql`DELETE FROM audit_record WHERE seq = ${seq}`.execute(db);
  await sql`ALTER TABLE audit_record ENABLE TRIGGER audit_record__append_only`.execute(db);
}

describe('the audit trail as independent chains (R-NEW-5)', () => {
  it('[R-NEW-5] requests spread over the chains; one request’s records stay on one chain; every chain verifies', async () => {
    const requests = 2 * AUDIT_CHAINS;
    await Promise.all(Array.from({ length: requests }, (_, i) => write(`spread-${i}`, 2)));
    const rows = await t.ctx.database.db
      .selectFrom('audit_record')
      .select(['chain', 'request_id'])
      .where('action', '=', 'test.audit')
      .execute();
    expect(rows).toHaveLength(2 * requests);
    expect(new Set(rows.map((r) => r.chain)).size).toBeGreaterThan(AUDIT_CHAINS / 2);
    for (const r of rows) expect(r.chain).toBe(chainOf(r.request_id!));
    expect(await t.ctx.audit.verify(t.ctx.database.db)).toMatchObject({ ok: true });
  });

  it.skipIf(inject('testDb').mode === 'embedded')(
    '[R-NEW-5] a transaction holding one chain does not hold up a request on another',
    async () => {
      const db = t.ctx.database.db;
      const a = requestOn(1, 'hold');
      const b = requestOn(2, 'pass');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const holding = db.transaction().execute(async (trx) => {
        await t.ctx.audit.record(trx, null, meta(a), { action: 'test.audit.hold' });
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      // Chain 1 is locked until `holding` commits; chain 2 is free.
      await write(b);
      const other = await db.selectFrom('audit_record').select('chain').where('request_id', '=', b).execute();
      expect(other.map((r) => r.chain)).toEqual([2]);
      release();
      await holding;
      expect(await t.ctx.audit.verify(db)).toMatchObject({ ok: true });
    },
  );

  it('[R-NEW-5] a record removed from the middle of a chain breaks that chain', async () => {
    const db = t.ctx.database.db;
    const id = requestOn(5, 'gap');
    await write(id, 3);
    const seqs = await seqsOf(db, id);
    expect(await t.ctx.audit.verify(db)).toMatchObject({ ok: true });
    await cutRecord(db, seqs[1]!);
    expect(await t.ctx.audit.verify(db)).toMatchObject({
      ok: false,
      reason: 'chain_broken',
      brokenAtSeq: seqs[2],
    });
  });

  it('[R-NEW-5] the newest records of a chain removed: no later link shows it, the chain head does', async () => {
    // A database of its own: verify reports only the first broken chain, and the others here stay whole.
    const own = await buildTestApp();
    const db = own.ctx.database.db;
    const id = requestOn(9, 'tail');
    await write(id, 2, own);
    const seqs = await seqsOf(db, id);
    const head = await db.selectFrom('audit_chain_head').selectAll().where('chain', '=', 9).executeTakeFirstOrThrow();
    expect(Number(head.seq)).toBe(seqs[1]);
    expect(await own.ctx.audit.verify(db)).toMatchObject({ ok: true });
    // The tail is cut.
    await cutRecord(db, seqs[1]!);
    expect(await own.ctx.audit.verify(db)).toMatchObject({
      ok: false,
      reason: 'tail_missing',
      brokenAtSeq: seqs[1],
    });
    await own.close();
  });

  it('[R-NEW-5] migration 0017 gives each chain written before it its head, and the next record links on', async () => {
    const own = await buildTestApp();
    const db = own.ctx.database.db;
    const id = requestOn(11, 'seed');
    await write(id, 2, own);
    const before = await db.selectFrom('audit_chain_head').selectAll().orderBy('chain').execute();
    // As a database written before 0017: records, no heads.
    await sql`DELETE FROM audit_chain_head`.execute(db);
    await seedHeads(db as unknown as Kysely<unknown>);
    expect(await db.selectFrom('audit_chain_head').selectAll().orderBy('chain').execute()).toEqual(before);
    await write(id, 2, own);
    expect(await own.ctx.audit.verify(db)).toMatchObject({ ok: true });
    await own.close();
  });
});
