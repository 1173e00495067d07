import type { CaseStatus } from './cases';
import { apiPost } from './client';

/**
 * 督办 (R-SUP-1) and the supervision view of cards per window (R-SUP-3, R-NEW-3). A supervisor
 * over the deciding centre urges an open case with a note and a reply time limit of 1–5 working
 * days; the case's window clerk, approver or department head replies. Server: modules/supervision
 * (views.ts has the same shapes).
 */

export type Urge = {
  id: string;
  caseId: string;
  note: string;
  replyDays: number;
  urgedAt: string;
  urgedBy: string;
  /** The urging supervisor's centre. */
  urgedByCentre: string;
  /** The close of the replyDays-th working day after the urge, on the deciding centre's calendar. */
  replyDue: string;
  status: 'open' | 'replied';
  /** Still open after replyDue (a late reply stays marked: `repliedLate`). */
  overdue: boolean;
  reply: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
  repliedLate: boolean;
  version: number;
};

/** GET /api/cases/:id/urges (the case's readers). */
export type CaseUrges = {
  items: Urge[];
  /** A supervisor in reach, on an open case without an open urge. */
  canUrge: boolean;
  /** The case's window clerk, approver or department head, while an urge is open. */
  canReply: boolean;
  defaultReplyDays: number;
};

export const URGE_LIMITS = { noteChars: 500, replyChars: 1000, minDays: 1, maxDays: 5 } as const;

export type UrgeFilter = 'open' | 'replied' | 'overdue' | 'all';

/** One row of GET /api/urges (in scope: a clerk's window, a department, a supervisor's centres). */
export type UrgeListItem = Urge & {
  caseNo: string;
  caseStatus: CaseStatus;
  itemName: string;
  itemNameEn: string | null;
  windowNumber: string;
  windowName: string;
  centreName: string;
};

export type UrgePage = { items: UrgeListItem[]; total: number; page: number; pageSize: number };

export type WindowCounts = {
  openCases: number;
  yellowCards: number;
  redCards: number;
  openUrges: number;
  overdueUrges: number;
};

/** GET /api/supervision/windows: the supervisor's windows with anything open, and the totals. */
export type WindowRow = WindowCounts & {
  windowId: string;
  windowNumber: string;
  windowName: string;
  centreId: string;
  centreName: string;
  centreNameEn: string | null;
};
export type WindowSummary = { rows: WindowRow[]; total: WindowCounts };

export const caseUrgesPath = (caseId: string) => `/api/cases/${caseId}/urges`;

export const urgesPath = (q: { filter: UrgeFilter; page?: number; pageSize?: number }) => {
  const p = new URLSearchParams({ filter: q.filter });
  if (q.page && q.page > 1) p.set('page', String(q.page));
  if (q.pageSize) p.set('pageSize', String(q.pageSize));
  return `/api/urges?${p.toString()}`;
};

export const windowSummaryPath = '/api/supervision/windows';

/** 督办 (201; 409 urge.already_open, 409 urge.case_ended). */
export const urgeCase = (caseId: string, input: { note: string; replyDays: number }) =>
  apiPost<Urge>(`/api/cases/${caseId}/urges`, input);

/** 回复 at the version on screen (409 resource.version_conflict or urge.already_replied when someone was first). */
export const replyToUrge = (urgeId: string, input: { reply: string; version: number }) =>
  apiPost<Urge>(`/api/urges/${urgeId}/reply`, input);
