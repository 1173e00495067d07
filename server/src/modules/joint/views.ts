/**
 * The joint case as every participant sees it (R-APP-8: all opinions, steps and material states;
 * R-APP-7: the applicant sees one case with each department's progress). Pure: rows and "now" in.
 */
import type { JointStage } from '../../platform/db/schema-joint.js';
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';
import type { Summary } from './change.js';
import {
  abilities,
  canDeem,
  isSilentOverdue,
  JOINT_LIMIT_DAYS,
  stageIndex,
  undecided,
  type Participation,
} from './model.js';
import type * as store from './store.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export type ViewInput = {
  joint: store.JointRow;
  summary: Summary;
  subs: store.SubCaseRow[];
  events: store.JointEventRow[];
  materials: Awaited<ReturnType<typeof store.caseMaterials>>;
  steps: Awaited<ReturnType<typeof store.caseSteps>>;
  notices: Awaited<ReturnType<typeof store.jointNotices>>;
  names: { department: Map<string, string>; window: Map<string, string> };
  part: Participation;
  calendar: WorkCalendar;
  deemAllowed: boolean;
  now: Date;
};

/** The overall limit: 45 working days from the lead's acceptance, plus an approved extension. */
export function jointDueAt(calendar: WorkCalendar, acceptedAt: Date | null, extensionDays: number) {
  return acceptedAt ? addWorkingDays(calendar, acceptedAt, JOINT_LIMIT_DAYS + extensionDays) : null;
}

export function jointView(v: ViewInput) {
  const { joint, summary, names, now } = v;
  const extensionDays = joint.extension?.days ?? 0;
  const dueAt = jointDueAt(v.calendar, joint.accepted_at, extensionDays);
  const running = (['acceptance', 'inspection_review', 'started'] as JointStage[]).includes(joint.stage);
  const subDept = new Map(v.subs.map((s) => [s.id, s.department_id]));
  const able = abilities(
    joint.stage,
    v.part,
    v.subs.map((s) => ({ id: s.id, status: s.status })),
    {
      meetingHeld: joint.meeting !== null,
      // Silent overdue windows are deemed to agree at completion where the centre allows it.
      completable: undecided(v.subs).every((s) =>
        canDeem({ status: s.status, dueAt: s.due_at, opinion: s.opinion }, now, v.deemAllowed),
      ),
    },
  );
  return {
    id: joint.id,
    caseId: joint.case_id,
    centreId: joint.centre_id,
    caseNo: summary.case_no,
    itemName: summary.item_name,
    caseStatus: summary.status,
    stage: joint.stage,
    stageIndex: stageIndex(joint.stage, joint.accepted_at),
    version: joint.version,
    lastSeq: joint.last_seq,
    lead: {
      departmentId: joint.lead_department_id,
      departmentName: names.department.get(joint.lead_department_id) ?? '',
      windowId: joint.lead_window_id,
      windowName: names.window.get(joint.lead_window_id) ?? '',
      decision: summary.decision ? { outcome: summary.decision.outcome, reasons: summary.decision.reasons } : null,
    },
    clock: {
      acceptedAt: iso(joint.accepted_at),
      limitDays: JOINT_LIMIT_DAYS,
      extensionDays,
      dueAt: iso(dueAt),
      overdue: running && dueAt !== null && now > dueAt,
    },
    departments: v.subs.map((s) => {
      const facts = { status: s.status, dueAt: s.due_at, opinion: s.opinion };
      return {
        subCaseId: s.id,
        departmentId: s.department_id,
        departmentName: names.department.get(s.department_id) ?? '',
        windowId: s.window_id,
        windowName: s.window_id ? (names.window.get(s.window_id) ?? '') : '',
        status: s.status,
        limitDays: s.limit_days,
        notifiedAt: iso(s.notified_at),
        startedAt: iso(s.started_at),
        dueAt: iso(s.due_at),
        silentOverdue: running && isSilentOverdue(facts, now),
        deemable: running && canDeem(facts, now, v.deemAllowed),
        opinion: s.opinion,
        decision: s.decision,
        addedStage: s.added_stage,
        addedAt: iso(s.added_at)!,
        removedStage: s.removed_stage,
        removedAt: iso(s.removed_at),
      };
    }),
    inspection: joint.inspection,
    meeting: joint.meeting,
    extension: joint.extension,
    materials: v.materials.map((m) => ({
      materialKey: m.material_key,
      name: m.name,
      fileName: m.file_name,
      state: m.state,
      sha256: m.sha256.trim(),
    })),
    leadSteps: v.steps.map((s) => ({
      seq: s.seq,
      name: s.name,
      status: s.status,
      opinion: s.opinion,
      actorName: s.actor_name,
      completedAt: iso(s.completed_at),
    })),
    events: v.events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      at: iso(e.at)!,
      actorName: e.actor_name,
      subCaseId: e.sub_case_id,
      departmentName: e.sub_case_id ? (names.department.get(subDept.get(e.sub_case_id) ?? '') ?? '') : null,
      data: e.data,
    })),
    notices: v.notices.map((n) => ({
      id: n.id,
      type: n.notice_type,
      docNo: n.doc_no,
      issuedAt: iso(n.issued_at)!,
      sha256: n.pdf_sha256.trim(),
    })),
    settings: { deemSilentAgreement: v.deemAllowed },
    me: { lead: v.part.lead, subCaseIds: v.part.coSubCaseIds, applicant: v.part.applicant },
    abilities: { lead: able.lead, bySubCase: able.bySubCase },
  };
}
export type JointView = ReturnType<typeof jointView>;
