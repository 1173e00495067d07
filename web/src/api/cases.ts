// The case lifecycle as the web app sees it: applications, drafts, uploads, the workbench queue
// and the transitions. The shapes mirror server/src/modules/cases/views.ts (written twice until
// a client is generated from the OpenAPI document).
import { currentLang, langTag } from '../i18n';
import { apiDelete, apiGet, apiPost, apiPut, getCsrfToken, ApiError } from './client';

export type CaseStatus =
  | 'submitted' // 待预审 / 待受理
  | 'township_review' // 乡镇初审 (before passing up, Art. 43)
  | 'supplement' // 待补正
  | 'rejected' // 不予受理
  | 'in_review' // 审查中
  | 'special_procedure' // 特别程序 (clock stopped)
  | 'granted' // 准予许可, certificate to issue
  | 'denied' // 不予许可
  | 'concluded' // 办结
  | 'withdrawn' // 撤回
  | 'revoked'; // 容缺受理撤销

export type CaseAction =
  | 'accept'
  | 'reject'
  | 'request_supplement'
  | 'supplement'
  | 'pass_up'
  | 'review'
  | 'request_extension'
  | 'approve_extension'
  | 'start_special'
  | 'end_special'
  | 'decide'
  | 'issue_certificate'
  | 'conclude'
  | 'withdraw'
  | 'confirm_tolerated'
  | 'revoke_acceptance';

export type Warning = 'none' | 'yellow' | 'red';
export type Limit = {
  value: number;
  unit: 'working_days' | 'working_hours' | 'working_minutes' | 'natural_days';
  explanation: string;
};

export type MaterialRef = { materialKey: string; uploadId: string };

export type Upload = { uploadId: string; name: string; sizeBytes: number; mediaType: string; sha256: string };

export type CaseMaterial = {
  id: string;
  materialKey: string;
  name: string;
  fileName: string;
  sizeBytes: number;
  mediaType: string;
  state: 'received' | 'faulty' | 'superseded';
  uploadedAt: string;
  /** GET this URL to download (scope-checked on the server). */
  downloadUrl: string;
};

export type CaseEvent = {
  id: string;
  at: string;
  action: string; // a CaseAction, or 'submit' / 'intake'
  actorName: string;
  fromStatus: string | null;
  toStatus: string;
  /** Free text the officer or applicant entered (opinion, reasons, note). */
  note: string | null;
  /** Action-specific data: supplement list, special procedure, extension, decision. */
  data: Record<string, unknown>;
};

export type CaseClock = {
  acceptedAt: string | null;
  deemedAccepted: boolean;
  legalLimit: Limit;
  promisedLimit: Limit;
  legalDeadline: string | null; // null before acceptance or while the clock is stopped
  promisedDeadline: string | null;
  remainingWorkingDays: number | null; // against the promised limit; negative when overdue
  warning: Warning;
  paused: boolean;
  extension: { days: number; reason: string; approved: boolean } | null;
  /** Online applications: pre-review due (one working day by default) and whether it is overdue. */
  preReviewDue: string | null;
  preReviewOverdue: boolean;
  /** Township review before passing up (Art. 43, 20 working days). */
  townshipDeadline: string | null;
  supplementDue: string | null;
  toleranceDue: string | null;
  certificateDue: string | null; // Art. 44: 10 working days from the grant
  /** The deadline that governs now: pre-review / 5-day answer / township / promised / certificate. */
  dueAt: string | null;
};

export type CaseStep = {
  seq: number;
  key: string;
  name: string;
  role: 'window_clerk' | 'approver' | 'department_head';
  status: 'pending' | 'active' | 'done';
  limit: Limit;
  startedAt: string | null;
  completedAt: string | null;
  deadline: string | null;
  warning: Warning;
  opinion: string | null;
  actorName: string | null;
};

export type CaseDetail = {
  id: string;
  caseNo: string;
  /** Shown to the applicant and to the officers who print the acceptance notice. */
  queryCode: string;
  itemId: string;
  itemName: string;
  itemVersionId: string;
  departmentName: string;
  centreName: string;
  /** English names where the data has them (shown through localName on English pages). */
  itemNameEn: string | null;
  departmentNameEn: string | null;
  centreNameEn: string | null;
  intakeCentreName: string | null; // set when a township took it in
  channel: 'online' | 'window' | 'agent';
  status: CaseStatus;
  applicantName: string; // masked for staff lists, full for the applicant
  agentName: string | null;
  formData: Record<string, unknown>;
  submittedAt: string;
  decision: { outcome: 'grant' | 'deny'; reasons: string; decidedAt: string } | null;
  certificateNo: string | null;
  tolerated: string[]; // material keys accepted as missing (容缺)
  materials: CaseMaterial[];
  /** The item's listed materials, so a UI can show which are missing. */
  requiredMaterials: Array<{ key: string; name: string; requirement: 'required' | 'optional' | 'tolerable' }>;
  steps: CaseStep[];
  events: CaseEvent[];
  clock: CaseClock;
  /** What the current user may do now; the server enforces the same rules. */
  allowedActions: CaseAction[];
  /** Moves the rules allow that wait on something else now (fees, a joint case), with the reason's code. */
  heldActions: Array<{ action: CaseAction; code: string; details: unknown }>;
  version: number;
};

export type CaseSummary = {
  id: string;
  caseNo: string;
  itemName: string;
  applicantName: string; // masked for staff
  channel: 'online' | 'window' | 'agent';
  status: CaseStatus;
  submittedAt: string;
  deadline: string | null; // promised deadline, or the pre-review / township deadline before acceptance
  remainingWorkingDays: number | null;
  warning: Warning;
  flags: Array<'pre_review_overdue' | 'deemed_accepted' | 'tolerance_open' | 'supplement_overdue' | 'step_overdue'>;
  activeStep: string | null;
  /** Moves that wait on something else now (the joint case, the fees), with the reason's code. */
  held: Array<{ action: CaseAction; code: string }>;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Draft = {
  id: string;
  itemId: string;
  itemName: string;
  forPersonId: string | null; // an agent's draft for a resident
  formData: Record<string, unknown>;
  materials: Array<MaterialRef & { name: string; fileName: string; sizeBytes: number }>;
  updatedAt: string;
  version: number;
};

export type Notification = {
  id: string;
  caseId: string;
  caseNo: string;
  event: string; // e.g. case.accepted, case.supplement_requested
  title: string; // Chinese/English by Accept-Language
  at: string;
};

export type PublicMove = { at: string; action: string; status: CaseStatus };

export type PublicStatus = {
  caseNo: string;
  itemName: string;
  departmentName: string;
  itemNameEn: string | null;
  departmentNameEn: string | null;
  status: CaseStatus;
  submittedAt: string;
  acceptedAt: string | null;
  deadline: string | null;
  concludedAt: string | null;
  /** 当前环节: the process step(s) whose turn it is (names as the item defines them), null when none. */
  currentStage: string | null;
  /** A supplement or special procedure is under way: the time limit does not run. */
  clockStopped: boolean;
  /** 办理过程: the case's moves, oldest first (the last 50) — never who made them or why. */
  history: PublicMove[];
  /**
   * 好差评 through the look-up (the kiosk's electronic vote): whether the case has ended and may be
   * rated with this number and code, and the level it was given (null while not rated).
   */
  evaluation: { rateable: boolean; level: 1 | 2 | 3 | 4 | 5 | null };
};

export type ApplicationInput = {
  itemId: string;
  formData: Record<string, unknown>;
  materials: MaterialRef[];
  draftId?: string;
  /** An agent applying for a resident they hold an authorisation for. */
  forPersonId?: string;
};

export type IntakeInput = {
  itemId: string;
  applicant: { name: string; idNumber: string; mobile?: string };
  formData: Record<string, unknown>;
  materials: MaterialRef[];
};

/** Body of POST /api/cases/:id/transitions; `version` is the case version the user looked at. */
export type TransitionInput =
  | { action: 'accept'; version: number; tolerated?: string[]; toleranceDays?: number; note?: string }
  | { action: 'reject'; version: number; reasons: string; competentOrgan?: string }
  | {
      action: 'request_supplement';
      version: number;
      items: Array<{ materialKey: string | null; problem: string }>;
      note?: string;
      dueDays?: number;
    }
  | {
      action: 'supplement';
      version: number;
      materials: MaterialRef[];
      formData?: Record<string, unknown>;
      note?: string;
    }
  | { action: 'pass_up'; version: number; opinion: string }
  | { action: 'review'; version: number; outcome: 'agree' | 'send_back'; opinion: string }
  | { action: 'request_extension'; version: number; days: number; reason: string }
  | { action: 'approve_extension'; version: number; approve: boolean; note?: string }
  | {
      action: 'start_special';
      version: number;
      kind: 'hearing' | 'inspection' | 'testing' | 'quarantine' | 'appraisal' | 'expert_review' | 'site_survey';
      expectedDays: number;
      reason: string;
    }
  | { action: 'end_special'; version: number; result: string }
  | {
      action: 'decide';
      version: number;
      outcome: 'grant' | 'deny';
      reasons: string;
      validUntil?: string; // YYYY-MM-DD, grants only
    }
  | { action: 'issue_certificate'; version: number; certificateNo?: string }
  | { action: 'conclude'; version: number; note?: string }
  | { action: 'withdraw'; version: number; reason: string }
  | { action: 'confirm_tolerated'; version: number; materials?: MaterialRef[] }
  | { action: 'revoke_acceptance'; version: number; reason: string };

export type QueueQuery = {
  view?: 'todo' | 'all' | 'done'; // todo: cases waiting for the current user's role
  status?: CaseStatus;
  warning?: Warning;
  q?: string; // case number or item name
  sort?: 'deadline' | 'submitted';
  page?: number;
  pageSize?: number;
};

const qs = (query: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** A fresh key per submission attempt; the UI keeps it across retries of the same attempt. */
export const newIdempotencyKey = () => crypto.randomUUID();

export const submitApplication = (input: ApplicationInput, idempotencyKey: string) =>
  apiPost<CaseDetail>('/api/cases', input, { headers: { 'idempotency-key': idempotencyKey } });
export const registerIntake = (input: IntakeInput, idempotencyKey: string) =>
  apiPost<CaseDetail>('/api/intake', input, { headers: { 'idempotency-key': idempotencyKey } });
export const getCase = (id: string, signal?: AbortSignal) =>
  apiGet<CaseDetail>(`/api/cases/${id}`, signal ? { signal } : {});
export const transition = (id: string, input: TransitionInput) =>
  apiPost<CaseDetail>(`/api/cases/${id}/transitions`, input);
export const myCases = (page = 1, view: 'todo' | 'all' | 'done' = 'all') =>
  apiGet<Page<CaseSummary>>(`/api/my/cases${qs({ page, view })}`);
export const myNotifications = () => apiGet<{ items: Notification[] }>('/api/my/notifications');
export const queue = (query: QueueQuery, signal?: AbortSignal) =>
  apiGet<Page<CaseSummary>>(`/api/workbench/queue${qs(query)}`, signal ? { signal } : {});
export const publicStatus = (caseNo: string, queryCode: string) =>
  apiGet<PublicStatus>(`/api/case-status${qs({ caseNo, queryCode })}`);

export const listDrafts = () => apiGet<{ items: Draft[] }>('/api/case-drafts');
export const getDraft = (id: string) => apiGet<Draft>(`/api/case-drafts/${id}`);
export const createDraft = (input: {
  itemId: string;
  formData: Record<string, unknown>;
  materials: MaterialRef[];
  forPersonId?: string;
}) => apiPost<Draft>('/api/case-drafts', input);
export const saveDraft = (
  id: string,
  input: { formData: Record<string, unknown>; materials: MaterialRef[]; version: number },
) => apiPut<Draft>(`/api/case-drafts/${id}`, input);
export const deleteDraft = (id: string) => apiDelete(`/api/case-drafts/${id}`);

/**
 * Uploads one file (multipart field `file`) with progress, for slow island connections. The server
 * checks the type by content and the size, stores it content-addressed and returns an upload id
 * that a draft, an application or a supplement then refers to.
 */
export function uploadFile(file: File, onProgress?: (fraction: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept-language', langTag(currentLang()));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) return resolve(body as Upload);
      const err = (body as { error?: { code: string; message: string; details?: unknown } } | undefined)?.error;
      reject(
        new ApiError(
          xhr.status,
          err?.code ?? 'response.unexpected',
          err?.message ?? xhr.statusText,
          err?.details ?? null,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.unavailable', 'network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
