import type { Generated } from 'kysely';

/**
 * The audit trail's tables (platform/audit), part of the one `Database` type in schema.ts.
 * Standalone (no import from schema.ts), so there is no cycle.
 */
export interface AuditRecordTable {
  seq: Generated<number>;
  /** Which of the trail's independent chains (platform/audit, migration 0014). */
  chain: Generated<number>;
  at: Generated<Date>;
  actor_type: 'staff' | 'person' | 'anonymous' | 'system';
  actor_id: string | null;
  actor_name: string | null;
  acting_role: string | null;
  acting_centre_id: string | null;
  acting_department_id: string | null;
  acting_window_id: string | null;
  on_behalf_of: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  entity_type: string | null;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Each audit chain's newest record (migration 0017): locked and read to append, checked by verify. */
export interface AuditChainHeadTable {
  chain: number;
  seq: number | null;
  hash: string | null;
}

export interface AuditTables {
  audit_record: AuditRecordTable;
  audit_chain_head: AuditChainHeadTable;
}
