import { isOverdue, totalOf } from './model.js';
import type { UrgeListRow, UrgeRow, WindowCountRow } from './store.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An urge as every reader sees it (web/src/api/urges.ts has the same shape). */
export function urgeView(row: UrgeRow, now: Date) {
  return {
    id: row.id,
    caseId: row.case_id,
    note: row.note,
    replyDays: row.reply_days,
    urgedAt: row.urged_at.toISOString(),
    urgedBy: row.urged_by_name,
    urgedByCentre: row.urged_by_centre_name,
    replyDue: row.reply_due.toISOString(),
    status: row.replied_at === null ? ('open' as const) : ('replied' as const),
    overdue: isOverdue(row, now),
    reply: row.reply,
    repliedAt: iso(row.replied_at),
    repliedBy: row.replied_by_name,
    repliedLate: row.replied_late,
    version: row.version,
  };
}

export type UrgeView = ReturnType<typeof urgeView>;

export const urgeListItemView = (row: UrgeListRow, now: Date) => ({
  ...urgeView(row, now),
  caseNo: row.case_no,
  caseStatus: row.case_status,
  itemName: row.item_name,
  itemNameEn: row.item_name_en,
  windowNumber: row.window_number,
  windowName: row.window_name,
  centreName: row.centre_name,
});

/** The per-window table and its totals line. */
export function windowsView(rows: readonly WindowCountRow[]) {
  const out = rows.map((r) => ({
    windowId: r.window_id,
    windowNumber: r.window_number,
    windowName: r.window_name,
    centreId: r.centre_id,
    centreName: r.centre_name,
    centreNameEn: r.centre_name_en,
    openCases: r.open_cases,
    yellowCards: r.yellow_cards,
    redCards: r.red_cards,
    openUrges: r.open_urges,
    overdueUrges: r.overdue_urges,
  }));
  return { rows: out, total: totalOf(out) };
}
