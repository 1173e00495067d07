/**
 * Joint-case use cases of the lead window (R-APP-7 stages 2–4, R-APP-8, R-LAW-3). Each is one
 * `change`: locked, version-checked, allowed by the stage machine, recorded in one transaction.
 * The co-windows' own moves are in sub-cases.ts; reads in queries.ts.
 */
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { JointInspection, JointMeeting } from '../../platform/db/schema-joint.js';
import { DomainError } from '../../platform/errors.js';
import { addWorkingDays } from '../../platform/working-time/index.js';
import { takeUploads } from '../cases/uploads.js';
import { change, type ChangeCtx, type ChangeResult } from './change.js';
import {
  CC_REPLY_DAYS,
  DEFAULT_SUB_LIMIT_DAYS,
  MIN_INSPECTION_STAFF,
  canDeem,
  meetingOpinion,
  statusOnJoin,
  undecided,
  type AttendanceInput,
} from './model.js';
import * as store from './store.js';

const active = (c: ChangeCtx) => c.subs.filter((s) => s.status !== 'removed');
const iso = (d: Date) => d.toISOString();

export type InspectionInput = {
  version: number;
  date: string;
  place: string;
  participants: Array<{ name: string; departmentId?: string | null | undefined }>;
  findings: string;
  photoUploadIds: string[];
};

export function recordInspection(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: InspectionInput,
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'record_inspection' }, async (c) => {
    const names = new Set(input.participants.map((p) => p.name.trim()).filter(Boolean));
    if (names.size < MIN_INSPECTION_STAFF)
      throw new DomainError('joint.inspection_staff', { participants: names.size });
    const owner = `staff:${c.actor.kind === 'staff' ? c.actor.staffId : ''}`;
    const uploads = await takeUploads(c.trx, owner, input.photoUploadIds, 'photoUploadIds');
    const inspection: JointInspection = {
      date: input.date,
      place: input.place,
      participants: input.participants.map((p) => ({ name: p.name.trim(), departmentId: p.departmentId ?? null })),
      findings: input.findings,
      photos: uploads.map((u) => ({ sha256: u.sha256, fileName: u.file_name })),
      recordedBy: c.actor.name,
      recordedAt: iso(c.now),
    };
    return {
      patch: { inspection: JSON.stringify(inspection) },
      events: [{ kind: 'inspection', data: { date: input.date, place: input.place, participants: names.size } }],
    };
  });
}

export type MeetingInput = {
  version: number;
  heldAt: string;
  place: string;
  conclusion: string;
  lead: { position: 'agree' | 'disagree'; text: string };
  attendance: AttendanceInput[];
};

export function recordMeeting(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: MeetingInput,
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'record_meeting' }, async (c) => {
    const subs = active(c);
    const unknown = input.attendance.filter((a) => !subs.some((s) => s.id === a.subCaseId));
    if (unknown.length)
      throw new DomainError('joint.window_not_in_case', { subCaseIds: unknown.map((u) => u.subCaseId) });
    const at = iso(c.now);
    const attendance: JointMeeting['attendance'] = [];
    for (const s of subs) {
      const entry = input.attendance.find((a) => a.subCaseId === s.id);
      const opinion = meetingOpinion(s, entry, c.actor.name, at);
      if (!opinion)
        throw new DomainError('request.invalid', { field: 'attendance', subCaseId: s.id, missing: 'position' });
      attendance.push({ subCaseId: s.id, departmentId: s.department_id, attended: !!entry?.attended, opinion });
      await store.updateSub(c.trx, s.id, { opinion: JSON.stringify(opinion) });
    }
    const meeting: JointMeeting = {
      heldAt: input.heldAt,
      place: input.place,
      conclusion: input.conclusion,
      lead: input.lead,
      attendance,
      recordedBy: c.actor.name,
      recordedAt: at,
    };
    return {
      patch: { meeting: JSON.stringify(meeting) },
      events: [
        { kind: 'meeting', data: { heldAt: input.heldAt, conclusion: input.conclusion } },
        ...attendance
          .filter((a) => a.opinion.deemed === 'absent')
          .map((a) => ({ kind: 'deemed_agreement', subCaseId: a.subCaseId, data: { reason: 'absent' } })),
      ],
    };
  });
}

function departmentsForNotice(c: ChangeCtx, names: Map<string, string>, done: boolean) {
  return active(c).map((s) => ({
    name: names.get(s.department_id) ?? '',
    role: '协办',
    status: done ? (s.decision?.outcome === 'deny' ? '不予许可' : s.decision?.deemed ? '视为同意' : '准予许可') : '',
    opinion: done ? (s.decision?.reasons ?? '') : (s.opinion?.text ?? ''),
  }));
}

/** Stage 3: the formal start, with the 联办件启动通知书; every sub-case's own clock starts. */
export function startJoint(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; limits?: Array<{ subCaseId: string; days: number }> | undefined },
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'start' }, async (c): Promise<ChangeResult> => {
    if (!c.joint.meeting) throw new DomainError('joint.meeting_required');
    for (const s of active(c)) {
      const days = input.limits?.find((l) => l.subCaseId === s.id)?.days ?? s.limit_days;
      const dueAt = addWorkingDays(c.rules.calendar, c.now, days);
      Object.assign(s, { status: 'in_review', limit_days: days });
      await store.updateSub(c.trx, s.id, { status: 'in_review', started_at: c.now, limit_days: days, due_at: dueAt });
    }
    const names = await store.names(
      c.trx,
      active(c).map((s) => s.department_id),
      [],
    );
    return {
      patch: { stage: 'started', started_at: c.now },
      events: [{ kind: 'started' }],
      notice: { topic: 'joint.start', departments: departmentsForNotice(c, names.department, false) },
      tell: { topic: 'case.joint_start' },
    };
  });
}

/**
 * Stage 4: the 联办件办结通知书, only when every sub-case has decided. Where the centre deems
 * silence agreement, a co-window silent past its limit is deemed to agree here, recorded so.
 */
export function completeJoint(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number },
) {
  return change(
    ctx,
    actor,
    meta,
    id,
    { version: input.version, action: 'complete' },
    async (c): Promise<ChangeResult> => {
      const events: ChangeResult['events'] = [];
      for (const s of undecided(active(c)))
        if (canDeem({ status: s.status, dueAt: s.due_at, opinion: s.opinion }, c.now, c.deemAllowed)) {
          await deemSub(c, s);
          events.push({ kind: 'deemed_agreement', subCaseId: s.id, data: { reason: 'silent' } });
        }
      const pending = undecided(active(c));
      if (pending.length) throw new DomainError('joint.sub_cases_pending', { subCaseIds: pending.map((s) => s.id) });
      const names = await store.names(
        c.trx,
        active(c).map((s) => s.department_id),
        [],
      );
      return {
        patch: { stage: 'completed', completed_at: c.now },
        events: [{ kind: 'completed' }, ...events],
        notice: { topic: 'joint.complete', departments: departmentsForNotice(c, names.department, true) },
        tell: { topic: 'case.joint_complete' },
      };
    },
  );
}

async function deemSub(c: ChangeCtx, s: store.SubCaseRow) {
  const at = iso(c.now);
  if (s.status === 'notified') {
    const opinion = {
      position: 'agree' as const,
      text: '逾期未答复，视为同意',
      by: '系统',
      at,
      deemed: 'silent' as const,
    };
    s.opinion = opinion;
    await store.updateSub(c.trx, s.id, { opinion: JSON.stringify(opinion) });
    return;
  }
  const decision = { outcome: 'grant' as const, reasons: '逾期未作决定，视为同意', by: '系统', at, deemed: true };
  Object.assign(s, { status: 'decided', decision, decided_at: c.now });
  await store.updateSub(c.trx, s.id, { status: 'decided', decision: JSON.stringify(decision), decided_at: c.now });
}

/** DOMAIN.md: a co-window silent past its limit, where the centre allows it, is deemed to agree. */
export function deemAgreement(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  subCaseId: string,
  input: { version: number },
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'deem', subCaseId }, async (c) => {
    const s = c.sub!;
    if (!canDeem({ status: s.status, dueAt: s.due_at, opinion: s.opinion }, c.now, c.deemAllowed))
      throw new DomainError('joint.deem_not_allowed');
    await deemSub(c, s);
    return { patch: {}, events: [{ kind: 'deemed_agreement', subCaseId: s.id, data: { reason: 'silent' } }] };
  });
}

/** Art. 42: 45 days, once extended by 15 with the approval of the government head, recorded. */
export function extendJoint(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; days: number; reason: string; approvedBy: string; approvalRef?: string | undefined },
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'extend' }, async (c) => {
    if (c.joint.extension) throw new DomainError('joint.extension_exists');
    const extension = {
      days: input.days,
      reason: input.reason,
      approvedBy: input.approvedBy,
      approvalRef: input.approvalRef ?? null,
      recordedBy: c.actor.name,
      recordedAt: iso(c.now),
    };
    return {
      patch: { extension: JSON.stringify(extension) },
      events: [{ kind: 'extended', data: { days: input.days, approvedBy: input.approvedBy } }],
      // Art. 42: the applicant is told of the extension and its reason.
      tell: { topic: 'case.joint_extension', data: { days: input.days, reason: input.reason } },
    };
  });
}

/** R-APP-8: a co-window joins at the current stage, with the tasks of that stage. */
export function addWindow(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; windowId: string; limitDays?: number | undefined },
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'add_window' }, async (c) => {
    const window = await store.findWindow(c.trx, input.windowId);
    if (!window) throw new DomainError('joint.window_unknown');
    if (window.department_id === c.joint.lead_department_id) throw new DomainError('joint.window_is_lead');
    if (active(c).some((s) => s.department_id === window.department_id || s.window_id === window.id))
      throw new DomainError('joint.window_already_added');
    const status = statusOnJoin(c.joint.stage);
    const limitDays = input.limitDays ?? DEFAULT_SUB_LIMIT_DAYS;
    const dueAt =
      status === 'notified'
        ? addWorkingDays(c.rules.calendar, c.now, CC_REPLY_DAYS)
        : status === 'in_review'
          ? addWorkingDays(c.rules.calendar, c.now, limitDays)
          : null;
    const sub = await store.insertSub(c.trx, {
      joint_case_id: c.joint.id,
      department_id: window.department_id,
      window_id: window.id,
      status,
      limit_days: limitDays,
      notified_at: status === 'waiting' ? null : c.now,
      started_at: status === 'in_review' ? c.now : null,
      due_at: dueAt,
      added_stage: c.joint.stage,
    });
    return {
      patch: {},
      events: [
        { kind: 'window_added', subCaseId: sub.id, data: { windowId: window.id, stage: c.joint.stage } },
        ...(status === 'waiting'
          ? []
          : [{ kind: 'cc_notice', subCaseId: sub.id, data: { dueAt: dueAt?.toISOString() } }]),
      ],
    };
  });
}

/** R-APP-8: a removed co-window's sub-case stays, marked removed, with all it did. */
export function removeWindow(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; windowId: string; reason: string },
) {
  return change(ctx, actor, meta, id, { version: input.version, action: 'remove_window' }, async (c) => {
    const window = await store.findWindow(c.trx, input.windowId);
    if (input.windowId === c.joint.lead_window_id || window?.department_id === c.joint.lead_department_id)
      throw new DomainError('joint.cannot_remove_lead');
    const sub = active(c).find((s) => s.window_id === input.windowId);
    if (!sub) throw new DomainError('joint.window_not_in_case');
    await store.updateSub(c.trx, sub.id, { status: 'removed', removed_at: c.now, removed_stage: c.joint.stage });
    return {
      patch: {},
      events: [{ kind: 'window_removed', subCaseId: sub.id, data: { windowId: input.windowId, reason: input.reason } }],
    };
  });
}
