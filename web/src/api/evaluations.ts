import { apiGet, apiPost } from './client';

/**
 * 好差评 (R-NEW-1, R-KIO-3): one rating per case, five levels, by the applicant once the case has
 * ended (办结 or 不予受理); a poor rating (level 1 or 2) opens a follow-up that the case's window
 * answers within ten working days and a supervisor closes or sends back. Server:
 * modules/evaluation (views.ts has the same shapes).
 */

/** 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
export type EvaluationLevel = 1 | 2 | 3 | 4 | 5;

/** Why a rating is poor (chosen by the applicant; at least one reason or a comment for level 1–2). */
export const evaluationReasons = ['attitude', 'efficiency', 'guidance', 'materials', 'fees', 'other'] as const;
export type EvaluationReason = (typeof evaluationReasons)[number];

export type FollowUpStatus = 'open' | 'answered' | 'closed';

export type FollowUp = {
  /** open: waiting for the window's answer (again, after a supervisor sent it back); answered: waiting for the supervisor; closed. */
  status: FollowUpStatus;
  /** Ten working days after the rating, on the deciding centre's calendar. */
  dueAt: string;
  /** Still open or answered after dueAt (an answer given late stays marked late: `answeredLate`). */
  overdue: boolean;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answeredLate: boolean;
  /** The supervisor's note when closing or sending back. */
  reviewNote: string | null;
  closedAt: string | null;
  closedBy: string | null;
  /** How many times a supervisor sent the answer back. */
  returns: number;
};

export type Evaluation = {
  caseId: string;
  caseNo: string;
  level: EvaluationLevel;
  poor: boolean;
  comment: string;
  reasons: EvaluationReason[];
  channel: 'web' | 'kiosk';
  ratedAt: string;
  followUp: FollowUp | null;
  version: number;
};

/** GET /api/cases/:id/evaluation (the case's readers). */
export type CaseEvaluation = {
  evaluation: Evaluation | null;
  /** The applicant, on an ended case not yet rated. */
  canRate: boolean;
  /** The case's window clerk or its department head, while the follow-up is open. */
  canAnswer: boolean;
  /** A supervisor in reach, while the follow-up is answered. */
  canReview: boolean;
};

export type RateInput = { level: EvaluationLevel; comment?: string; reasons?: EvaluationReason[] };

/** One row of GET /api/evaluations (staff, in scope: a clerk's window, a head's department, a supervisor's centres). */
export type EvaluationListItem = Evaluation & {
  itemName: string;
  itemNameEn: string | null;
  windowNumber: string;
  windowName: string;
  centreName: string;
};

export type EvaluationQuery = {
  /** 'all' ratings, 'poor' ones, or follow-ups in one state. */
  filter?: 'all' | 'poor' | 'open' | 'answered' | 'closed' | 'overdue';
  page?: number;
  pageSize?: number;
};

export type EvaluationPage = { items: EvaluationListItem[]; total: number; page: number; pageSize: number };

/** GET /api/evaluations/summary: per window in scope, for the supervisor's screen (R-SUP-4 by window). */
export type EvaluationSummaryRow = {
  windowId: string;
  windowNumber: string;
  windowName: string;
  centreName: string;
  /** counts[0] is level 1 (非常不满意) … counts[4] is level 5 (非常满意). */
  counts: [number, number, number, number, number];
  total: number;
  /** Share of ratings at level 3 or above, 0–1; null when there are none. */
  satisfaction: number | null;
  openFollowUps: number;
  overdueFollowUps: number;
};
export type EvaluationSummary = {
  rows: EvaluationSummaryRow[];
  overall: Omit<EvaluationSummaryRow, 'windowId' | 'windowNumber' | 'windowName' | 'centreName'>;
};

const qs = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const caseEvaluation = (caseId: string) => apiGet<CaseEvaluation>(`/api/cases/${caseId}/evaluation`);

/** The applicant rates their case (201; 409 evaluation.already_rated, 409 evaluation.not_ended). */
export const rateCase = (caseId: string, input: RateInput) =>
  apiPost<Evaluation>(`/api/cases/${caseId}/evaluation`, input);

/**
 * The kiosk's vote (electronic voting, R-KIO-3): by case number and query code, no login. The same
 * 404 case.lookup_failed as the look-up for a wrong pair; rate-limited like it.
 */
export const rateByCode = (input: RateInput & { caseNo: string; queryCode: string }) =>
  apiPost<{ level: EvaluationLevel; ratedAt: string }>('/api/case-status/evaluation', input);

export const listEvaluations = (q: EvaluationQuery = {}) => apiGet<EvaluationPage>(`/api/evaluations${qs(q)}`);

export const evaluationSummary = () => apiGet<EvaluationSummary>('/api/evaluations/summary');

/** The window answers a poor rating's follow-up (整改/回访 说明, 5–2,000 characters). */
export const answerFollowUp = (caseId: string, input: { answer: string; version: number }) =>
  apiPost<Evaluation>(`/api/evaluations/${caseId}/answer`, input);

/** A supervisor closes the follow-up, or sends the answer back to the window (`accept: false`, a note required). */
export const reviewFollowUp = (caseId: string, input: { accept: boolean; note: string; version: number }) =>
  apiPost<Evaluation>(`/api/evaluations/${caseId}/review`, input);
