import { apiGet, apiPost } from './client';

/**
 * 公众参与 (R-WEB-4) and 问题反馈 (R-OPS-5). Server: modules/participation (views.ts has the same
 * shapes). The public writes without logging in and gets a number and a query code; the window (a
 * consultation about its item), the supervisors (complaints, the director's mailbox, suggestions)
 * or the administrators (problem reports) answer; a supervisor publishes with the writer's consent.
 */
export type MessageKind = 'consult' | 'complaint' | 'mailbox' | 'suggestion' | 'feedback';
export type PublicKind = Exclude<MessageKind, 'feedback'>;
export type MessageStatus = 'open' | 'answered' | 'published' | 'closed';
export type InboxFilter = 'pending' | 'answered' | 'overdue' | 'published' | 'closed' | 'all';

export type SubmitInput = {
  kind: MessageKind;
  centreId: string;
  windowId?: string;
  itemId?: string;
  caseNo?: string;
  subject: string;
  body: string;
  name?: string;
  /** Required for complaint and mailbox. */
  phone?: string;
  publishConsent: boolean;
};

export type Submitted = { messageNo: string; queryCode: string; kind: MessageKind; dueAt: string };

type Common = {
  messageNo: string;
  kind: MessageKind;
  centreId: string;
  centreName: string;
  windowNumber: string | null;
  windowName: string | null;
  subject: string;
  body: string;
  status: MessageStatus;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  answer: string | null;
  answeredAt: string | null;
};

/** The look-up by number and code: the name and phone masked. */
export type LookedUp = Common & { writerName: string; phone: string | null; publishConsent: boolean };

/** A message as its handling staff see it (name and phone in full). */
export type StaffMessage = Common & {
  id: string;
  routedTo: 'window' | 'supervisor' | 'centre' | 'admin';
  windowId: string | null;
  itemId: string | null;
  caseNo: string | null;
  writerName: string;
  phone: string | null;
  publishConsent: boolean;
  loggedIn: boolean;
  fromStaff: boolean;
  answeredBy: string | null;
  answeredLate: boolean;
  reassigned: number;
  endedAt: string | null;
  endedBy: string | null;
  closeNote: string | null;
  can: { answer: boolean; reassign: boolean; publish: boolean; close: boolean };
  version: number;
};

export type InboxPage = { items: StaffMessage[]; total: number; page: number; pageSize: number };
export type InboxCounts = { pending: number; overdue: number; answered: number };

export type PublishedItem = {
  messageNo: string;
  kind: MessageKind;
  centreName: string;
  windowNumber: string | null;
  windowName: string | null;
  subject: string;
  body: string;
  answer: string;
  createdAt: string;
  answeredAt: string | null;
  publishedAt: string | null;
};
export type PublishedPage = { items: PublishedItem[]; total: number; page: number; pageSize: number };

export type CentreContacts = {
  centreId: string;
  centreName: string;
  complaintTelephone: string | null;
  address: string | null;
  windows: Array<{
    id: string;
    number: string;
    name: string;
    departmentName: string;
    floor: number;
    telephone: string | null;
  }>;
};

const qs = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** 201 with the number and code (shown once); 400 participation.phone_required, 401 for feedback without login. */
export const submitMessage = (input: SubmitInput) => apiPost<Submitted>('/api/participation/messages', input);

/** 404 participation.lookup_failed for a wrong pair; 429 when tried too often. */
export const lookupMessage = (messageNo: string, queryCode: string) =>
  apiPost<LookedUp>('/api/participation/lookup', { messageNo, queryCode });

export const publishedPath = (q: { centreId?: string; kind?: PublicKind; page?: number; pageSize?: number }) =>
  `/api/participation/published${qs(q)}`;

export const contactsPath = (centreId: string) => `/api/participation/centres/${centreId}/contacts`;

export const inboxPath = (q: { filter?: InboxFilter; kind?: MessageKind; page?: number; pageSize?: number }) =>
  `/api/participation/inbox${qs(q)}`;

export const inboxCountsPath = '/api/participation/inbox/counts';

export const messageDetail = (id: string) => apiGet<StaffMessage>(`/api/participation/messages/${id}`);

export const answerMessage = (id: string, input: { answer: string; version: number }) =>
  apiPost<StaffMessage>(`/api/participation/messages/${id}/answer`, input);

export const reassignMessage = (id: string, input: { windowId: string; version: number }) =>
  apiPost<StaffMessage>(`/api/participation/messages/${id}/reassign`, input);

export const publishMessage = (id: string, input: { version: number }) =>
  apiPost<StaffMessage>(`/api/participation/messages/${id}/publish`, input);

export const closeMessage = (id: string, input: { note: string; version: number }) =>
  apiPost<StaffMessage>(`/api/participation/messages/${id}/close`, input);
