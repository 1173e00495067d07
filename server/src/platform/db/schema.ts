import type { ColumnType, Generated } from 'kysely';

/**
 * The database as Kysely sees it. One interface per table; migrations are the source of truth
 * and the schema test checks they agree. Contexts add their tables here as they land.
 */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface StoredFileTable {
  sha256: string;
  size_bytes: number;
  media_type: string;
  created_at: Generated<Date>;
}

export interface Database {
  stored_file: StoredFileTable;
}
