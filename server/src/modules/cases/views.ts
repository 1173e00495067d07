import type { ClockPause, TimeLimit } from '../../platform/working-time/index.js';
import type { ItemDefinition } from '../catalogue/definition.js';
import { maskName } from '../identity/model/masking.js';
import { caseClock, stepClock, type ClockRules, type ClockView } from './clock.js';
import type { HeldAction } from './action-holds.js';
import type { CaseAction, CaseFacts } from './model.js';
import type { CaseRow, ClockColumns, ListRow, StepRow } from './store.js';
import type * as store from './store.js';

type PauseRow = Awaited<ReturnType<typeof store.listPauses>>[number];
type EventRow = Awaited<ReturnType<typeof store.listEvents>>[number];
type MaterialRow = Awaited<ReturnType<typeof store.listMaterials>>[number];

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const pausesOf = (rows: readonly Pick<PauseRow, 'started_at' | 'ended_at'>[]): ClockPause[] =>
  rows.map((p) => ({ from: p.started_at, to: p.ended_at }));

export const toleranceOpen = (row: Pick<CaseRow, 'tolerated'>) => row.tolerated.length > 0;

/** The facts the state machine needs, from the rows. */
export function factsOf(row: CaseRow, steps: readonly StepRow[], now: Date): CaseFacts {
  return {
    status: row.status,
    steps: steps.map((s) => ({ seq: s.seq, role: s.role, stepKey: s.step_key, status: s.status })),
    toleranceOpen: toleranceOpen(row),
    toleranceDuePassed: !!row.tolerance_due && now > row.tolerance_due,
    extension: row.extension ? { approved: row.extension.approved } : null,
  };
}

export function clockOf(rules: ClockRules, row: ClockColumns, pauses: readonly ClockPause[], now: Date): ClockView {
  return caseClock(
    rules,
    {
      status: row.status,
      channel: row.channel,
      receivedAt: row.received_at,
      acceptedAt: row.accepted_at,
      legalLimit: row.legal_limit,
      promisedLimit: row.promised_limit,
      pauses,
      extension: row.extension,
      supplementDue: row.supplement_due,
      toleranceDue: row.tolerance_due,
      toleranceOpen: toleranceOpen(row),
      decidedAt: row.decided_at,
      granted: row.decision?.outcome === 'grant',
      intakeCentre: row.intake_centre_id !== null,
    },
    now,
  );
}

type Flag = 'pre_review_overdue' | 'deemed_accepted' | 'tolerance_open' | 'supplement_overdue' | 'step_overdue';

export function flagsOf(row: ClockColumns, clock: ClockView): Flag[] {
  const flags: Flag[] = [];
  if (clock.preReviewOverdue) flags.push('pre_review_overdue');
  if (row.deemed_accepted || clock.deemedAcceptanceDue) flags.push('deemed_accepted');
  if (toleranceOpen(row)) flags.push('tolerance_open');
  if (clock.supplementOverdue) flags.push('supplement_overdue');
  return flags;
}

export type DetailParts = {
  row: CaseRow;
  steps: StepRow[];
  events: EventRow[];
  materials: MaterialRow[];
  pauses: PauseRow[];
  definition: ItemDefinition;
  departmentName: string;
  centreName: string;
  departmentNameEn: string | null;
  centreNameEn: string | null;
  intakeCentreName: string | null;
  applicantName: string;
  agentName: string | null;
  queryCode: string;
  allowedActions: CaseAction[];
  /** Moves the state machine allows that another context holds back now, and why. */
  heldActions: HeldAction[];
  rules: ClockRules;
  now: Date;
};

/** The whole case as its parties see it (the applicant's, the officers' and the supervisor's). */
export function caseDetailView(p: DetailParts) {
  const { row, rules, now } = p;
  const pauses = pausesOf(p.pauses);
  const clock = clockOf(rules, row, pauses, now);
  return {
    id: row.id,
    caseNo: row.case_no,
    queryCode: p.queryCode,
    itemId: row.item_id,
    itemName: p.definition.name,
    itemNameEn: p.definition.nameEn || null,
    itemVersionId: row.item_version_id,
    departmentName: p.departmentName,
    centreName: p.centreName,
    departmentNameEn: p.departmentNameEn,
    centreNameEn: p.centreNameEn,
    intakeCentreName: p.intakeCentreName,
    channel: row.channel,
    status: row.status,
    applicantName: p.applicantName,
    agentName: p.agentName,
    formData: row.form_data,
    submittedAt: row.submitted_at.toISOString(),
    decision: row.decision
      ? { outcome: row.decision.outcome, reasons: row.decision.reasons, decidedAt: iso(row.decided_at) ?? '' }
      : null,
    certificateNo: row.certificate_no,
    tolerated: row.tolerated,
    materials: p.materials.map((m) => ({
      id: m.id,
      materialKey: m.material_key,
      name: m.name,
      fileName: m.file_name,
      sizeBytes: m.size_bytes,
      mediaType: m.media_type,
      state: m.state,
      uploadedAt: m.uploaded_at.toISOString(),
      downloadUrl: `/api/cases/${row.id}/materials/${m.id}`,
    })),
    requiredMaterials: p.definition.materials.map((m) => ({ key: m.key, name: m.name, requirement: m.requirement })),
    steps: p.steps.map((s) => {
      const sc = stepClock(
        rules,
        { startedAt: s.started_at, completedAt: s.completed_at, limit: s.time_limit },
        pauses,
        now,
      );
      return {
        seq: s.seq,
        key: s.step_key,
        name: s.name,
        role: s.role as 'window_clerk' | 'approver' | 'department_head',
        status: s.status,
        limit: s.time_limit,
        startedAt: iso(s.started_at),
        completedAt: iso(s.completed_at),
        deadline: iso(sc.deadline),
        warning: sc.warning,
        opinion: s.opinion,
        actorName: s.actor_name,
      };
    }),
    events: p.events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      actorName: e.actor_name,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      data: e.data,
    })),
    clock: {
      acceptedAt: iso(row.accepted_at),
      deemedAccepted: row.deemed_accepted,
      legalLimit: row.legal_limit,
      promisedLimit: row.promised_limit,
      legalDeadline: iso(clock.legalDeadline),
      promisedDeadline: iso(clock.promisedDeadline),
      remainingWorkingDays: clock.remainingWorkingDays,
      warning: clock.warning,
      paused: clock.paused,
      extension: row.extension
        ? { days: row.extension.days, reason: row.extension.reason, approved: row.extension.approved }
        : null,
      preReviewDue: iso(clock.preReviewDue),
      preReviewOverdue: clock.preReviewOverdue,
      townshipDeadline: iso(clock.townshipDeadline),
      supplementDue: iso(row.supplement_due),
      toleranceDue: iso(row.tolerance_due),
      certificateDue: iso(clock.certificateDue),
      dueAt: iso(clock.dueAt),
    },
    allowedActions: p.allowedActions,
    heldActions: p.heldActions,
    version: row.version,
  };
}

/** An active step as a queue row reads it (store.activeStepNames). */
export type ActiveStep = { name: string; started_at: Date | null; time_limit: TimeLimit };

/**
 * A step over its own limit warns even while the whole case is on time (DOMAIN.md); its clock
 * stops with the case's (supplement, 听证、检验、检测、专家评审: R-LAW-4), as on the case page.
 */
export function stepOverdueOf(
  rules: ClockRules,
  steps: readonly ActiveStep[],
  pauses: readonly ClockPause[],
  now: Date,
): boolean {
  return steps.some(
    (s) =>
      stepClock(rules, { startedAt: s.started_at, completedAt: null, limit: s.time_limit }, pauses, now).warning ===
      'red',
  );
}

/** A queue or 我的办件 row; names are masked for staff (they open the case to see more). */
export function caseSummaryView(
  row: ListRow,
  rules: ClockRules,
  activeSteps: readonly ActiveStep[],
  pauses: readonly ClockPause[],
  masked: boolean,
  now: Date,
) {
  // The same clock as the case page: with its pauses, or a stopped case would show red here.
  const clock = clockOf(rules, row, pauses, now);
  const name = row.enterprise_name ?? row.person_name ?? '';
  const flags = flagsOf(row, clock);
  if (stepOverdueOf(rules, activeSteps, pauses, now)) flags.push('step_overdue');
  return {
    id: row.id,
    caseNo: row.case_no,
    itemName: row.item_name ?? '',
    applicantName: masked && !row.enterprise_name ? maskName(name) : name,
    channel: row.channel,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    deadline: iso(row.due_at),
    remainingWorkingDays: clock.remainingWorkingDays,
    warning: clock.warning,
    flags,
    activeStep: activeSteps.map((s) => s.name).join('、') || null,
  };
}

const notificationTitles: Record<string, { zh: string; en: string }> = {
  'case.submitted': { zh: '您的申请已提交', en: 'Your application was submitted' },
  'case.pass_up': { zh: '乡镇中心已初审并报送上级', en: 'The township centre passed your case up' },
  'case.accept': { zh: '您的申请已受理', en: 'Your application was accepted' },
  'case.reject': { zh: '您的申请不予受理', en: 'Your application was not accepted' },
  'case.request_supplement': { zh: '请补正材料（一次性告知）', en: 'Please supplement your materials' },
  'case.supplement': { zh: '补正材料已提交', en: 'Supplement submitted' },
  'case.approve_extension': { zh: '办理时限已延长', en: 'The time limit was extended' },
  'case.start_special': { zh: '进入特别程序，时限暂停计算', en: 'Special procedure: the clock is stopped' },
  'case.end_special': { zh: '特别程序结束，恢复计时', en: 'Special procedure ended' },
  'case.decide.grant': { zh: '准予行政许可', en: 'Licence granted' },
  'case.decide.deny': { zh: '不予行政许可', en: 'Licence denied' },
  'case.issue_certificate': { zh: '证照已制发，可领取', en: 'Your certificate is ready' },
  'case.conclude': { zh: '办件已办结', en: 'Case concluded' },
  'case.withdraw': { zh: '申请已撤回', en: 'Application withdrawn' },
  'case.revoke_acceptance': { zh: '容缺受理已撤销', en: 'Tolerant acceptance revoked' },
  'case.message': { zh: '窗口发来新消息', en: 'New message from the window' },
  'case.payment_due': { zh: '请缴纳费用（缴款通知书）', en: 'Fees are due (payment notice)' },
  'case.fees_paid': { zh: '费用已缴清', en: 'Fees paid' },
  'case.joint_start': {
    zh: '联办件已正式启动，各部门并联审查',
    en: 'Your joint case has started: the departments review it side by side',
  },
  'case.joint_extension': { zh: '联办时限已依法延长', en: 'The joint case’s time limit was extended' },
  'case.joint_complete': {
    zh: '各部门均已作出决定，联办件已办结',
    en: 'Every department has decided: the joint case is complete',
  },
  'case.evaluation_answered': {
    zh: '窗口已答复您的评价意见',
    en: 'The window has answered your rating',
  },
  'case.urge': { zh: '中心已督促窗口加快办理您的申请', en: 'The centre has urged the window to speed up your case' },
};

export function notificationTitle(topic: string, lang: 'zh' | 'en'): string {
  return notificationTitles[topic]?.[lang] ?? topic;
}

/** Which events the applicant hears about (in-app now; SMS and e-mail in the messaging issue). */
export const notifiedTopics = new Set(Object.keys(notificationTitles));
