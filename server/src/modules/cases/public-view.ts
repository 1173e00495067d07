/**
 * What the public look-up (R-WEB-2 portal, R-KIO-3 kiosk) tells whoever holds a receipt's case
 * number and query code: where the case is and how it got there — never who moved it or why.
 * Pure rules; queries.ts reads the rows and store.ts holds the SQL.
 */
import { terminalStatuses, type CaseStatus } from './model.js';

/**
 * The moves the look-up lists. An extension's request and its answer are the officers' own
 * deliberation (a refused one changes nothing the applicant sees); the look-up's deadline already
 * shows an approved one. Anything not named here (a move added later) stays out until someone
 * decides it may be shown.
 */
export const publicMoves = [
  'submit',
  'intake',
  'pass_up',
  'accept',
  'reject',
  'request_supplement',
  'supplement',
  'review',
  'start_special',
  'end_special',
  'decide',
  'issue_certificate',
  'conclude',
  'withdraw',
  'confirm_tolerated',
  'revoke_acceptance',
  'fees_priced',
  'fees_paid',
] as const;

/** The look-up lists this many moves, the latest; a case with more is rare and the rest is old. */
export const PUBLIC_HISTORY_LIMIT = 50;

/**
 * The step(s) whose turn it is, as one line (parallel steps side by side). A withdrawal or
 * rejection leaves its step active in the table, so an ended case has no stage.
 */
export function currentStage(status: CaseStatus, activeStepNames: readonly string[]): string | null {
  if (terminalStatuses.includes(status)) return null;
  return activeStepNames.join('、') || null;
}

export type PublicMove = (typeof publicMoves)[number];

type MoveRow = { at: Date; action: string; to_status: string };

/**
 * The moves in time order, as the look-up shows them; the store reads them newest first. The
 * columns are text: the store read only `publicMoves`, and every move writes a case status.
 */
export const publicHistory = (newestFirst: readonly MoveRow[]) =>
  newestFirst.toReversed().map((e) => ({
    at: e.at.toISOString(),
    action: e.action as PublicMove,
    status: e.to_status as CaseStatus,
  }));
