import { apiDelete, apiGet, apiPost } from '../../api/client';

/** One message of GET /api/cases/:id/messages (server: modules/messaging/schemas.ts, CaseMessage). */
export type CaseMessage = {
  id: string;
  seq: number;
  side: 'applicant' | 'office';
  author: { name: string; party: string };
  /** Plain text as typed: rendered as text, never as markup. */
  text: string;
  at: string;
  attachments: Array<{ id: string; name: string; sizeBytes: number; mediaType: string; url: string }>;
  mine: boolean;
};

export type ReadState = { applicant: number; office: number };

export type ConversationPage = {
  items: CaseMessage[];
  lastSeq: number;
  readState: ReadState;
  me: { side: 'applicant' | 'office' | null; canPost: boolean };
};

export type ReadyReply = { id: string; text: string; shared: boolean; version: number };

export const MAX_CHARS = 2000;
export const MAX_ATTACHMENTS = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const loadConversation = (caseId: string, query = '', signal?: AbortSignal) =>
  apiGet<ConversationPage>(`${base(caseId)}/messages${query}`, signal ? { signal } : {});

export const sendMessage = (caseId: string, text: string, uploadIds: string[]) =>
  apiPost<CaseMessage>(`${base(caseId)}/messages`, { text, uploadIds });

export const markRead = (caseId: string, seq: number) =>
  apiPost<{ readState: ReadState }>(`${base(caseId)}/messages/read`, { seq });

export const streamUrl = (caseId: string, after: number) => `${base(caseId)}/stream?after=${after}`;

export const loadReadyReplies = () => apiGet<{ items: ReadyReply[]; builtIn: string[] }>('/api/ready-replies');
export const addReadyReply = (text: string, shared: boolean) =>
  apiPost<ReadyReply>('/api/ready-replies', { text, shared });
export const removeReadyReply = (r: ReadyReply) => apiDelete(`/api/ready-replies/${r.id}?version=${r.version}`);
