import { isOverdue, isPoor, satisfaction, type Level, type Reason } from './model.js';
import type { EvaluationListRow, EvaluationRow, SummaryRow } from './store.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A rating as every reader sees it (web/src/api/evaluations.ts has the same shape). The rater is
 * never named: staff see what was said of their service, not who said it.
 */
export function evaluationView(row: EvaluationRow, caseNo: string, now: Date) {
  return {
    caseId: row.case_id,
    caseNo,
    level: row.level as Level,
    poor: isPoor(row.level),
    comment: row.comment,
    reasons: row.reasons as Reason[],
    channel: row.channel,
    ratedAt: row.rated_at.toISOString(),
    followUp:
      row.follow_up === null || row.follow_up_due === null
        ? null
        : {
            status: row.follow_up,
            dueAt: row.follow_up_due.toISOString(),
            overdue: isOverdue(row.follow_up, row.follow_up_due, now),
            answer: row.answer,
            answeredAt: iso(row.answered_at),
            answeredBy: row.answered_by_name,
            answeredLate: row.answered_late,
            reviewNote: row.review_note,
            closedAt: iso(row.closed_at),
            closedBy: row.closed_by_name,
            returns: row.returns,
          },
    version: row.version,
  };
}

export type EvaluationView = ReturnType<typeof evaluationView>;

export const listItemView = (row: EvaluationListRow, now: Date) => ({
  ...evaluationView(row, row.case_no, now),
  itemName: row.item_name,
  itemNameEn: row.item_name_en,
  windowNumber: row.window_number,
  windowName: row.window_name,
  centreName: row.centre_name,
});

type Counts = [number, number, number, number, number];

const countsOf = (r: SummaryRow): Counts => [r.level_1, r.level_2, r.level_3, r.level_4, r.level_5];

/** Per window, and the sum of them all. */
export function summaryView(rows: readonly SummaryRow[]) {
  const overallCounts: Counts = [0, 0, 0, 0, 0];
  let open = 0;
  let overdue = 0;
  const out = rows.map((r) => {
    const counts = countsOf(r);
    counts.forEach((n, i) => (overallCounts[i] = (overallCounts[i] ?? 0) + n));
    open += r.open_follow_ups;
    overdue += r.overdue_follow_ups;
    return {
      windowId: r.window_id,
      windowNumber: r.window_number,
      windowName: r.window_name,
      centreName: r.centre_name,
      counts,
      total: counts.reduce((a, b) => a + b, 0),
      satisfaction: satisfaction(counts),
      openFollowUps: r.open_follow_ups,
      overdueFollowUps: r.overdue_follow_ups,
    };
  });
  return {
    rows: out,
    overall: {
      counts: overallCounts,
      total: overallCounts.reduce((a, b) => a + b, 0),
      satisfaction: satisfaction(overallCounts),
      openFollowUps: open,
      overdueFollowUps: overdue,
    },
  };
}
