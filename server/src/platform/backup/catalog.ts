import { type QueryExecutorProvider, sql } from 'kysely';
import type { ColumnEntry } from './manifest.js';

/**
 * What the backup reads, discovered from pg_catalog at run time: other contexts add tables in
 * their own migrations, and a backup that listed tables by hand would silently miss them.
 */

// Kysely's migration bookkeeping (see db/migrate.ts). The lock table is transient state; the
// migration table itself is backed up and restored like any other.
export const MIGRATION_TABLE = 'schema_migration';
export const MIGRATION_LOCK_TABLE = 'schema_migration_lock';

// A database or a transaction: the queries here are typed by their own rows, not the schema type.
export type Executor = QueryExecutorProvider;

export type TableInfo = { name: string; columns: ColumnEntry[] };

export type SequenceInfo = {
  name: string;
  /** The column that owns the sequence (serial or identity), if any. */
  owner: { table: string; column: string } | null;
};

/** Double-quotes an identifier the way PostgreSQL's quote_ident would, always. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(name: string): string {
  return `public.${quoteIdent(name)}`;
}

/**
 * Ordinary tables of the public schema (leaf partitions included, partitioned parents excluded
 * so no row is read twice) with their stored columns. Generated columns are left out: they are
 * recomputed on insert and may not be written.
 */
export async function listTables(db: Executor): Promise<TableInfo[]> {
  const rows = await sql<{ table_name: string; column_name: string | null; type: string | null; is_bytea: boolean }>`
    SELECT c.relname AS table_name, a.attname AS column_name,
           format_type(a.atttypid, a.atttypmod) AS type,
           coalesce(a.atttypid = 'bytea'::regtype, false) AS is_bytea
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a
        ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ${MIGRATION_LOCK_TABLE}
     ORDER BY c.relname, a.attnum`.execute(db);
  const tables = new Map<string, TableInfo>();
  for (const r of rows.rows) {
    let t = tables.get(r.table_name);
    if (!t) {
      t = { name: r.table_name, columns: [] };
      tables.set(r.table_name, t);
    }
    if (r.column_name !== null && r.type !== null) {
      t.columns.push({ name: r.column_name, type: r.type, encoding: r.is_bytea ? 'base64' : 'text' });
    }
  }
  return [...tables.values()];
}

/** Every sequence of the public schema, with the column that owns it (serial or identity). */
export async function listSequences(db: Executor): Promise<SequenceInfo[]> {
  const rows = await sql<{ name: string; owner_table: string | null; owner_column: string | null }>`
    SELECT s.relname AS name, t.relname AS owner_table, a.attname AS owner_column
      FROM pg_class s
      JOIN pg_namespace n ON n.oid = s.relnamespace
      LEFT JOIN pg_depend d
        ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
       AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
      LEFT JOIN pg_class t ON t.oid = d.refobjid
      LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE n.nspname = 'public' AND s.relkind = 'S'
     ORDER BY s.relname`.execute(db);
  return rows.rows.map((r) => ({
    name: r.name,
    owner: r.owner_table && r.owner_column ? { table: r.owner_table, column: r.owner_column } : null,
  }));
}

export async function readSequence(db: Executor, name: string): Promise<{ lastValue: string; isCalled: boolean }> {
  const r = await sql<{ last_value: string; is_called: boolean }>`
    SELECT last_value::text AS last_value, is_called FROM ${sql.raw(qualified(name))}`.execute(db);
  const row = r.rows[0];
  if (!row) throw new Error(`sequence ${name} returned no row`);
  return { lastValue: row.last_value, isCalled: row.is_called };
}

/**
 * One row as a JSON array of each column's text form (the type's own output function, exactly
 * what pg_dump writes), bytea as base64. Read back with the type's input function, every type
 * round-trips: timestamptz to the microsecond, numeric to the last digit, bigint beyond 2^53,
 * jsonb (including a JSON `null` as distinct from SQL NULL), arrays, intervals, NaN/infinity.
 * ARRAY[...] rather than json_build_array(): a function takes at most 100 arguments.
 */
export function rowProjection(columns: readonly ColumnEntry[]): string {
  const parts = columns.map((c) =>
    c.encoding === 'base64' ? `encode(${quoteIdent(c.name)}, 'base64')` : `${quoteIdent(c.name)}::text`,
  );
  return `array_to_json(ARRAY[${parts.join(', ')}]::text[])::text`;
}

/** The inverse of rowProjection over `json_array_elements($1) AS e(r)`, cast to the target's types. */
export function rowInsertProjection(columns: readonly ColumnEntry[]): string {
  return columns
    .map((c, i) => (c.encoding === 'base64' ? `decode(e.r->>${i}, 'base64')` : `CAST(e.r->>${i} AS ${c.type})`))
    .join(', ');
}

/**
 * Fixes the text forms so a backup reads the same whatever the server's or session's defaults:
 * ISO dates in UTC, shortest-exact floats, hex bytea inside arrays. SET LOCAL: the transaction only.
 */
export async function setPortableTextFormat(db: Executor): Promise<void> {
  await sql`SET LOCAL TimeZone = 'UTC'`.execute(db);
  await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(db);
  await sql`SET LOCAL IntervalStyle = 'postgres'`.execute(db);
  await sql`SET LOCAL extra_float_digits = 3`.execute(db);
  await sql`SET LOCAL bytea_output = 'hex'`.execute(db);
}

/** The tables, other than the migration bookkeeping, that hold at least one row. */
export async function tablesWithRows(db: Executor): Promise<string[]> {
  const found: string[] = [];
  for (const t of await listTables(db)) {
    if (t.name === MIGRATION_TABLE) continue;
    const r = await sql<{ present: boolean }>`
      SELECT EXISTS (SELECT 1 FROM ONLY ${sql.raw(qualified(t.name))}) AS present`.execute(db);
    if (r.rows[0]?.present) found.push(t.name);
  }
  return found;
}
