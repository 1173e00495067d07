import { type Kysely, sql } from 'kysely';
import { hmacSm3Hex } from '../crypto/sm3.js';
import type { AuditRecordTable, Database } from '../db/schema.js';
import type { Actor, RequestMeta } from '../auth/actor.js';
import { canonicalJson } from './canonical-json.js';

export type AuditEntry = {
  action: string;
  outcome?: 'success' | 'denied' | 'failure';
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  /** The resident or enterprise an agent or authorised person acted for. */
  onBehalfOf?: string | null;
  /** For anonymous events (failed logins): the account name that was tried. */
  actorName?: string;
};

export type AuditVerification =
  | { ok: true; records: number }
  | { ok: false; records: number; brokenAtSeq: number; reason: 'hash_mismatch' | 'chain_broken' | 'tail_missing' };

const GENESIS = '0'.repeat(64);

/**
 * The trail is this many independent chains. A chain's head row (audit_chain_head, migration
 * 0017) is locked by a transaction's first record on it and held until the transaction commits
 * (WAL flush included), so one chain would make every audited write in the system wait for the
 * one before it; requests spread over the chains commit side by side. All records of one
 * request go to one chain, so no transaction ever waits for two chains (no lock-order deadlock).
 * 64 rather than 16: with ten pooled connections, 16 chains still left a connection waiting on a
 * chain about a millisecond per record on the payment-callback benchmark.
 */
export const AUDIT_CHAINS = 64;

/** The chain of a request: a stable spread of its id (FNV-1a). */
export function chainOf(requestId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < requestId.length; i += 1) {
    h ^= requestId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % AUDIT_CHAINS;
}

// The chain number is not hashed: records written before there were chains (all on chain 0)
// verify unchanged, and a record moved to another chain breaks both chains' links anyway.
type HashedFields = Omit<AuditRecordTable, 'hash' | 'seq' | 'at' | 'chain'> & { seq: number; at: Date };

function hashOf(key: Buffer, fields: HashedFields): string {
  const { prev_hash, ...rest } = fields;
  return hmacSm3Hex(key, `${prev_hash}|${canonicalJson(rest)}`);
}

type LockedHead = { hash: string | null; seqs: Array<number | string> };

/**
 * Locks the chain's head row to the end of the transaction and reads it, with two sequence numbers
 * (one spare for the transaction's next record), in one round trip. A SELECT … FOR UPDATE that had
 * to wait returns the row as the previous holder committed it, so the new record links to the
 * newest one. Unused spares leave gaps; seq only has to grow along each chain, which it does
 * because nobody else appends to the chain until this transaction ends. A chain's first record
 * adds its head row (no hash yet: the record links to the genesis hash); two first records racing
 * both insert with ON CONFLICT DO NOTHING and then queue on the one row's lock.
 */
async function lockHead(db: Kysely<Database>, chain: number): Promise<LockedHead> {
  const read = () =>
    sql<LockedHead>`
      SELECT h.hash,
             ARRAY(SELECT nextval(pg_get_serial_sequence('audit_record', 'seq')) FROM generate_series(1, 2)) AS seqs
        FROM audit_chain_head h WHERE h.chain = ${chain} FOR UPDATE OF h`.execute(db);
  const first = (await read()).rows[0];
  if (first) return first;
  await sql`INSERT INTO audit_chain_head (chain) VALUES (${chain}) ON CONFLICT DO NOTHING`.execute(db);
  return (await read()).rows[0]!;
}

/**
 * The tamper-evident audit trail (R-NEW-5): each record carries HMAC-SM3(key, previous hash ∥
 * record), so editing or deleting any record breaks the chain from there on. Records are written
 * inside the caller's transaction; the table itself refuses UPDATE and DELETE.
 */
export class AuditTrail {
  private readonly key: Buffer;
  constructor(keyHex: string) {
    this.key = Buffer.from(keyHex, 'hex');
  }

  /**
   * Where each open transaction's chain stands: the chain it holds locked, the hash of its own
   * last record, and sequence numbers already taken. The second record of a transaction (a
   * callback's payment and its case move, say) then costs one statement instead of four: the lock
   * is held to commit, so nobody else can have appended to the chain in between.
   */
  readonly #open = new WeakMap<Kysely<Database>, { chain: number; lastHash: string; spareSeqs: number[] }>();

  async record(db: Kysely<Database>, actor: Actor | null, meta: RequestMeta, entry: AuditEntry): Promise<void> {
    // The chain's lock is transaction-scoped: outside a transaction it would end with the first
    // statement, and the link to the previous record could race.
    if (!db.isTransaction) return this.recordStandalone(db, actor, meta, entry);
    const chain = chainOf(meta.requestId);
    let open = this.#open.get(db);
    if (!open || open.chain !== chain) {
      const row = await lockHead(db, chain);
      open = { chain, lastHash: row.hash ?? GENESIS, spareSeqs: row.seqs.map(Number).sort((a, b) => a - b) };
      this.#open.set(db, open);
    } else if (open.spareSeqs.length === 0) {
      const next = await sql<{ seq: string | number }>`
        SELECT nextval(pg_get_serial_sequence('audit_record', 'seq')) AS seq`.execute(db);
      open.spareSeqs.push(Number(next.rows[0]!.seq));
    }
    const seq = open.spareSeqs.shift()!;
    const acting = actor?.kind === 'staff' ? actor.acting : null;
    const fields: HashedFields = {
      seq,
      // Millisecond precision so the value read back hashes identically.
      at: new Date(Math.floor(Date.now())),
      actor_type: actor ? actor.kind : 'anonymous',
      actor_id: actor ? (actor.kind === 'staff' ? actor.staffId : actor.personId) : null,
      actor_name: actor?.name ?? entry.actorName ?? null,
      acting_role: acting?.role ?? null,
      acting_centre_id: acting?.centreId ?? null,
      acting_department_id: acting?.departmentId ?? null,
      acting_window_id: acting?.windowId ?? null,
      on_behalf_of: entry.onBehalfOf ?? (actor?.kind === 'person' ? actor.enterpriseId : null),
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
      after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
      ip: meta.ip,
      request_id: meta.requestId,
      prev_hash: open.lastHash,
    };
    const hash = hashOf(this.key, fields);
    // The record and the chain's new head in one statement.
    await sql`
      WITH appended AS (
      INSERT INTO audit_record (seq, chain, at, actor_type, actor_id, actor_name, acting_role, acting_centre_id,
        acting_department_id, acting_window_id, on_behalf_of, action, outcome, entity_type, entity_id,
        before, after, ip, request_id, prev_hash, hash)
      OVERRIDING SYSTEM VALUE
      VALUES (${fields.seq}, ${chain}, ${fields.at}, ${fields.actor_type}, ${fields.actor_id}, ${fields.actor_name},
        ${fields.acting_role}, ${fields.acting_centre_id}, ${fields.acting_department_id}, ${fields.acting_window_id},
        ${fields.on_behalf_of}, ${fields.action}, ${fields.outcome}, ${fields.entity_type}, ${fields.entity_id},
        ${JSON.stringify(fields.before)}::jsonb, ${JSON.stringify(fields.after)}::jsonb, ${fields.ip},
        ${fields.request_id}, ${fields.prev_hash}, ${hash})
      RETURNING seq)
      UPDATE audit_chain_head SET seq = (SELECT seq FROM appended), hash = ${hash} WHERE chain = ${chain}`.execute(db);
    open.lastHash = hash;
  }

  /** Records a security event in its own transaction, for requests whose own work is refused. */
  async recordStandalone(db: Kysely<Database>, actor: Actor | null, meta: RequestMeta, entry: AuditEntry) {
    await db.transaction().execute((trx) => this.record(trx, actor, meta, entry));
  }

  /**
   * Walks every chain in order and reports the first record that does not verify, or a chain whose
   * newest records are gone (its head names a record the walk never reached). The heads are read
   * first: a record appended during the walk lies beyond them and is checked like any other.
   */
  async verify(db: Kysely<Database>): Promise<AuditVerification> {
    const heads = new Map(
      (await db.selectFrom('audit_chain_head').selectAll().where('seq', 'is not', null).execute()).map((h) => [
        h.chain,
        h,
      ]),
    );
    const recorded = await db.selectFrom('audit_record').select('chain').distinct().execute();
    const chains = [...new Set([...recorded.map((r) => r.chain), ...heads.keys()])].sort((a, b) => a - b);
    let count = 0;
    for (const chain of chains) {
      const head = heads.get(chain);
      let reachedHead = !head;
      let prev = GENESIS;
      let after = -1;
      for (;;) {
        const batch = await db
          .selectFrom('audit_record')
          .selectAll()
          .where('chain', '=', chain)
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(1000)
          .execute();
        if (batch.length === 0) break;
        for (const row of batch) {
          count += 1;
          if (row.prev_hash !== prev)
            return { ok: false, records: count, brokenAtSeq: row.seq, reason: 'chain_broken' };
          const { hash, chain: _chain, ...fields } = row;
          if (hashOf(this.key, { ...fields, at: new Date(row.at) }) !== hash) {
            return { ok: false, records: count, brokenAtSeq: row.seq, reason: 'hash_mismatch' };
          }
          if (head && Number(row.seq) === Number(head.seq)) reachedHead = row.hash === head.hash;
          prev = hash;
          after = row.seq;
        }
      }
      if (!reachedHead) return { ok: false, records: count, brokenAtSeq: Number(head!.seq), reason: 'tail_missing' };
    }
    return { ok: true, records: count };
  }
}
