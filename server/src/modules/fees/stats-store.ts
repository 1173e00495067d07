import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export const statDimensions = ['item', 'window', 'department', 'mode', 'day', 'month'] as const;
export type StatDimension = (typeof statDimensions)[number];

/**
 * The grouping key, Chinese label and English name (null where none exists) per dimension; periods
 * are China dates. A window's English name comes from its department (with its number).
 */
const dims: Record<StatDimension, { key: string; label: string; nameEn: string; windowNo: string }> = {
  item: {
    key: 'p.item_id::text',
    label: 'max(iv.name)',
    nameEn: "max(nullif(iv.definition->>'nameEn', ''))",
    windowNo: 'NULL',
  },
  window: { key: 'p.window_id::text', label: 'max(w.name)', nameEn: 'max(wd.name_en)', windowNo: 'max(w.number)' },
  department: { key: 'p.department_id::text', label: 'max(d.name)', nameEn: 'max(d.name_en)', windowNo: 'NULL' },
  mode: { key: 'p.payment_mode', label: 'p.payment_mode', nameEn: 'NULL', windowNo: 'NULL' },
  day: {
    key: "to_char(p.paid_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD')",
    label: "to_char(p.paid_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD')",
    nameEn: 'NULL',
    windowNo: 'NULL',
  },
  month: {
    key: "to_char(p.paid_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM')",
    label: "to_char(p.paid_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM')",
    nameEn: 'NULL',
    windowNo: 'NULL',
  },
};

export type StatRow = {
  key: string;
  label: string;
  nameEn: string | null;
  windowNo: string | null;
  payments: number;
  amountFen: number;
  refundedFen: number;
};

/**
 * Fee totals of the centres under a path (R-SUP-3), for one dimension. Paid money counts; refunded
 * payments count separately; voided ones (a counter mistake) never counted.
 */
export async function feeStats(
  db: Kysely<Database>,
  f: { centrePath: string; from: Date; to: Date; by: StatDimension },
): Promise<StatRow[]> {
  const d = dims[f.by];
  const r = await sql<StatRow>`
    SELECT ${sql.raw(d.key)} AS key, ${sql.raw(d.label)} AS label, ${sql.raw(d.nameEn)} AS "nameEn",
      ${sql.raw(d.windowNo)} AS "windowNo",
      count(*) FILTER (WHERE p.status = 'paid')::int AS payments,
      coalesce(sum(p.amount_fen) FILTER (WHERE p.status = 'paid'), 0)::bigint AS "amountFen",
      coalesce(sum(p.amount_fen) FILTER (WHERE p.status = 'refunded'), 0)::bigint AS "refundedFen"
    FROM fee_payment p
    JOIN centre c ON c.id = p.centre_id
    JOIN service_window w ON w.id = p.window_id
    JOIN department wd ON wd.id = w.department_id
    JOIN department d ON d.id = p.department_id
    JOIN license_case lc ON lc.id = p.case_id
    JOIN item_version iv ON iv.id = lc.item_version_id
    WHERE c.path LIKE ${`${f.centrePath}%`} AND p.paid_at >= ${f.from} AND p.paid_at < ${f.to}
      AND p.status <> 'voided'
    GROUP BY 1
    ORDER BY 1`.execute(db);
  return r.rows.map((x) => ({ ...x, amountFen: Number(x.amountFen), refundedFen: Number(x.refundedFen) }));
}
