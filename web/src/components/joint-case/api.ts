// The joint-case API (server: modules/joint/routes.ts, schemas.ts).
import { apiPost } from '../../api/client';

export type Stage = 'acceptance' | 'inspection_review' | 'started' | 'completed' | 'closed';
export type SubStatus = 'waiting' | 'notified' | 'in_review' | 'decided' | 'removed';
export type Opinion = {
  position: 'agree' | 'disagree';
  text: string;
  by: string;
  at: string;
  deemed: 'absent' | 'silent' | null;
};

export type Department = {
  subCaseId: string;
  departmentId: string;
  departmentName: string;
  windowId: string | null;
  windowName: string;
  status: SubStatus;
  limitDays: number;
  notifiedAt: string | null;
  startedAt: string | null;
  dueAt: string | null;
  silentOverdue: boolean;
  deemable: boolean;
  opinion: Opinion | null;
  decision: { outcome: 'grant' | 'deny'; reasons: string; by: string; at: string; deemed: boolean } | null;
  addedStage: Stage;
  addedAt: string;
  removedStage: Stage | null;
  removedAt: string | null;
};

export type JointCase = {
  id: string;
  caseId: string;
  centreId: string;
  caseNo: string;
  itemName: string;
  caseStatus: string;
  stage: Stage;
  stageIndex: number;
  version: number;
  lastSeq: number;
  lead: {
    departmentId: string;
    departmentName: string;
    windowId: string;
    windowName: string;
    decision: { outcome: string; reasons: string } | null;
  };
  clock: {
    acceptedAt: string | null;
    limitDays: number;
    extensionDays: number;
    dueAt: string | null;
    overdue: boolean;
  };
  departments: Department[];
  inspection: {
    date: string;
    place: string;
    participants: Array<{ name: string; departmentId: string | null }>;
    findings: string;
    photos: Array<{ sha256: string; fileName: string }>;
    recordedBy: string;
  } | null;
  meeting: {
    heldAt: string;
    place: string;
    conclusion: string;
    lead: { position: 'agree' | 'disagree'; text: string };
    attendance: Array<{ subCaseId: string; departmentId: string; attended: boolean; opinion: Opinion }>;
    recordedBy: string;
  } | null;
  extension: { days: number; reason: string; approvedBy: string; approvalRef: string | null } | null;
  materials: Array<{ materialKey: string; name: string; fileName: string; state: string; sha256: string }>;
  leadSteps: Array<{ seq: number; name: string; status: string; opinion: string | null; actorName: string | null }>;
  events: Array<{
    seq: number;
    kind: string;
    at: string;
    actorName: string;
    subCaseId: string | null;
    departmentName: string | null;
    data: Record<string, unknown>;
  }>;
  notices: Array<{ id: string; type: string; docNo: string; issuedAt: string; sha256: string }>;
  settings: { deemSilentAgreement: boolean };
  me: { lead: boolean; subCaseIds: string[]; applicant: boolean };
  abilities: { lead: string[]; bySubCase: Record<string, string[]> };
};

export const jointOfCasePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/joint`;
/** A photo, material or joint notice of the joint case, for every participant. */
export const filePath = (id: string, sha256: string) => `/api/joint-cases/${encodeURIComponent(id)}/files/${sha256}`;
export const streamPath = (id: string) => `/api/joint-cases/${encodeURIComponent(id)}/stream`;

/** A lead action (`inspection`, `meeting`, `start`, …) or a sub-case move (`sub-cases/:id/decision`). */
export const postJoint = (j: { id: string; version: number }, path: string, body: Record<string, unknown> = {}) =>
  apiPost<JointCase>(`/api/joint-cases/${encodeURIComponent(j.id)}/${path}`, { version: j.version, ...body });
