/**
 * 督办 (R-SUP-1) and the cards per window (R-NEW-3, R-SUP-3): the rules, as pure data and
 * functions. A supervisor over the deciding centre urges an open case with a note and a reply time
 * limit of a few working days; the case's window replies. Nothing here reads the database or the clock.
 */
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';
import { terminalStatuses, type CaseParty, type CaseStatus } from '../cases/model.js';

export const URGE_LIMITS = { noteChars: 500, replyChars: 1000, minDays: 1, maxDays: 5, defaultDays: 2 } as const;

/** A case can be urged while it is still being handled: not 办结, 不予受理, withdrawn or revoked. */
export const isUrgeable = (status: CaseStatus) => !terminalStatuses.includes(status);

/**
 * When the window's reply to an urge given at `urgedAt` is due: the close of the n-th working day
 * after it, on the deciding centre's calendar (the day of the urge is not counted, as with every
 * limit in working days).
 */
export const replyDue = (cal: WorkCalendar, urgedAt: Date, days: number) => addWorkingDays(cal, urgedAt, days);

/** Who answers for the case's handling: the window's clerk, the department's approver or head. */
const replyingParties: readonly CaseParty[] = ['window_clerk', 'approver', 'department_head'];

export const mayReply = (parties: readonly CaseParty[]) => parties.some((p) => replyingParties.includes(p));

/** Waiting for the window past its due time. A replied urge is never overdue, however late it was. */
export const isOverdue = (urge: { replied_at: Date | null; reply_due: Date }, now: Date) =>
  urge.replied_at === null && now.getTime() > urge.reply_due.getTime();

/** A reply after the due time stays marked late. */
export const isLate = (due: Date, repliedAt: Date) => repliedAt.getTime() > due.getTime();

export const urgeFilters = ['open', 'replied', 'overdue', 'all'] as const;
export type UrgeFilter = (typeof urgeFilters)[number];

export type WindowCounts = {
  openCases: number;
  yellowCards: number;
  redCards: number;
  openUrges: number;
  overdueUrges: number;
};

/** The totals line of the per-window table. */
export const totalOf = (rows: readonly WindowCounts[]): WindowCounts =>
  rows.reduce<WindowCounts>(
    (t, r) => ({
      openCases: t.openCases + r.openCases,
      yellowCards: t.yellowCards + r.yellowCards,
      redCards: t.redCards + r.redCards,
      openUrges: t.openUrges + r.openUrges,
      overdueUrges: t.overdueUrges + r.overdueUrges,
    }),
    { openCases: 0, yellowCards: 0, redCards: 0, openUrges: 0, overdueUrges: 0 },
  );
