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
  | { ok: false; records: number; brokenAtSeq: number; reason: 'hash_mismatch' | 'chain_broken' };

const GENESIS = '0'.repeat(64);
// With the chain's number, serialises appends to one chain so each record links to the one
// committed before it on that chain.
const CHAIN_LOCK = 0x7467_6175; // "tgau"

/**
 * The trail is this many independent chains. A record's lock is held until its transaction
 * commits (WAL flush included), so one chain would make every audited write in the system wait
 * for the one before it; requests spread over the chains commit side by side. All records of one
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
      // Its own statement: under READ COMMITTED the next statement's snapshot is taken after the
      // lock is granted, so it sees the record the previous holder committed.
      await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK}, ${chain})`.execute(db);
      // The chain's head and two sequence numbers (one spare for the transaction's next record)
      // in one round trip. Unused spares leave gaps; seq only has to grow along each chain,
      // which it does because nobody else appends to the chain until this transaction ends.
      const head = await sql<{ hash: string | null; seqs: Array<number | string> }>`
        SELECT (SELECT hash FROM audit_record WHERE chain = ${chain} ORDER BY seq DESC LIMIT 1) AS hash,
               ARRAY(SELECT nextval(pg_get_serial_sequence('audit_record', 'seq')) FROM generate_series(1, 2)) AS seqs`.execute(
        db,
      );
      const row = head.rows[0]!;
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
    await sql`
      INSERT INTO audit_record (seq, chain, at, actor_type, actor_id, actor_name, acting_role, acting_centre_id,
        acting_department_id, acting_window_id, on_behalf_of, action, outcome, entity_type, entity_id,
        before, after, ip, request_id, prev_hash, hash)
      OVERRIDING SYSTEM VALUE
      VALUES (${fields.seq}, ${chain}, ${fields.at}, ${fields.actor_type}, ${fields.actor_id}, ${fields.actor_name},
        ${fields.acting_role}, ${fields.acting_centre_id}, ${fields.acting_department_id}, ${fields.acting_window_id},
        ${fields.on_behalf_of}, ${fields.action}, ${fields.outcome}, ${fields.entity_type}, ${fields.entity_id},
        ${JSON.stringify(fields.before)}::jsonb, ${JSON.stringify(fields.after)}::jsonb, ${fields.ip},
        ${fields.request_id}, ${fields.prev_hash}, ${hash})`.execute(db);
    open.lastHash = hash;
  }

  /** Records a security event in its own transaction, for requests whose own work is refused. */
  async recordStandalone(db: Kysely<Database>, actor: Actor | null, meta: RequestMeta, entry: AuditEntry) {
    await db.transaction().execute((trx) => this.record(trx, actor, meta, entry));
  }

  /** Walks every chain in order and reports the first record that does not verify. */
  async verify(db: Kysely<Database>): Promise<AuditVerification> {
    const chains = await db.selectFrom('audit_record').select('chain').distinct().orderBy('chain').execute();
    let count = 0;
    for (const { chain } of chains) {
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
          prev = hash;
          after = row.seq;
        }
      }
    }
    return { ok: true, records: count };
  }
}
