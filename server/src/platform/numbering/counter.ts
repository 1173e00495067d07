import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The next number of a series, taken inside the caller's transaction: the counter row stays
 * locked until that transaction ends, so concurrent takers queue and the series has no gaps and
 * no duplicates (a rolled-back transaction gives its number back). Given the pool instead, it is a
 * statement of its own: unique numbers without holding the row, gaps possible (case numbers).
 */
export async function nextInSeries(trx: Kysely<Database>, series: string): Promise<number> {
  const row = await sql<{ value: number }>`
    INSERT INTO counter (series, value) VALUES (${series}, 1)
    ON CONFLICT (series) DO UPDATE SET value = counter.value + 1
    RETURNING value`.execute(trx);
  return row.rows[0]!.value;
}
