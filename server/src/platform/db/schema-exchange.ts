import type { ColumnType, Generated } from 'kysely';

/**
 * 数据交换's table (modules/exchange, migration 0023), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
export type LegacyOutcome = 'grant' | 'deny';

export interface LegacyCaseTable {
  id: Generated<string>;
  centre_id: string;
  legacy_no: string;
  item_id: string;
  item_code: string;
  item_name: string;
  applicant_kind: 'person' | 'enterprise';
  applicant_name: string;
  applicant_cert_enc: string;
  applicant_cert_masked: string;
  applicant_cert_bidx: string;
  /** A calendar date (YYYY-MM-DD), read back as text so no time zone shifts it. */
  received_on: ColumnType<string, string, string>;
  decided_on: ColumnType<string | null, string | null, string | null>;
  outcome: LegacyOutcome | null;
  certificate_no: string | null;
  import_id: string;
  imported_by: string;
  imported_at: Generated<Date>;
}

export interface ExchangeTables {
  legacy_case: LegacyCaseTable;
}
