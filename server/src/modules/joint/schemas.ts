import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { JOINT_MAX_EXTENSION_DAYS } from './model.js';

const text = (max: number) => z.string().trim().max(max);
const needed = (max: number) => z.string().trim().min(1).max(max);
const position = z.enum(['agree', 'disagree']).meta({ description: '同意 / 不同意' });
const stage = z.enum(['acceptance', 'inspection_review', 'started', 'completed', 'closed']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const jointParams = z.strictObject({ id: z.uuid() });
export const subCaseParams = z.strictObject({ id: z.uuid(), subCaseId: z.uuid() });
export const caseParams = z.strictObject({ caseId: z.uuid() });
export const centreParams = z.strictObject({ centreId: z.uuid() });
export const versionBody = z.strictObject({ version: versionField });

export const inspectionBody = z.strictObject({
  version: versionField,
  date: day.meta({ description: '踏勘日期' }),
  place: needed(200),
  participants: z
    .array(z.strictObject({ name: needed(40), departmentId: z.uuid().nullable().optional() }))
    .max(40)
    .meta({ description: '参加人员（至少两名工作人员，《行政许可法》第三十四条）' }),
  findings: needed(4000),
  photoUploadIds: z.array(z.uuid()).max(20).default([]).meta({ description: '现场照片: ids from POST /api/uploads' }),
});

export const meetingBody = z.strictObject({
  version: versionField,
  heldAt: day,
  place: needed(200),
  conclusion: needed(4000),
  lead: z.strictObject({ position, text: text(2000) }),
  attendance: z
    .array(
      z.strictObject({
        subCaseId: z.uuid(),
        attended: z.boolean(),
        position: position.optional(),
        text: text(2000).optional(),
      }),
    )
    .max(20)
    .meta({ description: '未列出或未参会的部门视为同意' }),
});

export const startBody = z.strictObject({
  version: versionField,
  limits: z
    .array(z.strictObject({ subCaseId: z.uuid(), days: z.number().int().min(1).max(45) }))
    .max(20)
    .optional()
    .meta({ description: '各协办子件的办理时限（工作日），默认 20' }),
});

export const extensionBody = z.strictObject({
  version: versionField,
  days: z.number().int().min(1).max(JOINT_MAX_EXTENSION_DAYS),
  reason: needed(1000),
  approvedBy: needed(40).meta({ description: '批准延期的本级人民政府负责人' }),
  approvalRef: text(100).optional(),
});

export const addWindowBody = z.strictObject({
  version: versionField,
  windowId: z.uuid(),
  limitDays: z.number().int().min(1).max(45).optional(),
});
export const removeWindowBody = z.strictObject({ version: versionField, windowId: z.uuid(), reason: needed(500) });
export const opinionBody = z.strictObject({ version: versionField, position, text: needed(2000) });
export const stepBody = z.strictObject({ version: versionField, step: needed(60), opinion: needed(2000) });
export const decisionBody = z.strictObject({
  version: versionField,
  outcome: z.enum(['grant', 'deny']),
  reasons: needed(2000),
});
export const settingBody = z.strictObject({ deemSilentAgreement: z.boolean() });
export const settingSchema = z.object({ centreId: z.uuid(), deemSilentAgreement: z.boolean() });

const opinion = z.object({
  position,
  text: z.string(),
  by: z.string(),
  at: z.string(),
  deemed: z.enum(['absent', 'silent']).nullable(),
});
const actions = z.array(z.string());

export const jointViewSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    centreId: z.uuid(),
    caseNo: z.string(),
    itemName: z.string(),
    caseStatus: z.string(),
    stage,
    stageIndex: z.number().int(),
    version: z.number().int(),
    lastSeq: z.number().int(),
    lead: z.object({
      departmentId: z.uuid(),
      departmentName: z.string(),
      windowId: z.uuid(),
      windowName: z.string(),
      decision: z.object({ outcome: z.string(), reasons: z.string() }).nullable(),
    }),
    clock: z.object({
      acceptedAt: z.string().nullable(),
      limitDays: z.number().int(),
      extensionDays: z.number().int(),
      dueAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
    departments: z.array(
      z.object({
        subCaseId: z.uuid(),
        departmentId: z.uuid(),
        departmentName: z.string(),
        windowId: z.uuid().nullable(),
        windowName: z.string(),
        status: z.enum(['waiting', 'notified', 'in_review', 'decided', 'removed']),
        limitDays: z.number().int(),
        notifiedAt: z.string().nullable(),
        startedAt: z.string().nullable(),
        dueAt: z.string().nullable(),
        silentOverdue: z.boolean(),
        deemable: z.boolean(),
        opinion: opinion.nullable(),
        decision: z
          .object({
            outcome: z.enum(['grant', 'deny']),
            reasons: z.string(),
            by: z.string(),
            at: z.string(),
            deemed: z.boolean(),
          })
          .nullable(),
        addedStage: stage,
        addedAt: z.string(),
        removedStage: stage.nullable(),
        removedAt: z.string().nullable(),
      }),
    ),
    inspection: z
      .object({
        date: z.string(),
        place: z.string(),
        participants: z.array(z.object({ name: z.string(), departmentId: z.string().nullable() })),
        findings: z.string(),
        photos: z.array(z.object({ sha256: z.string(), fileName: z.string() })),
        recordedBy: z.string(),
        recordedAt: z.string(),
      })
      .nullable(),
    meeting: z
      .object({
        heldAt: z.string(),
        place: z.string(),
        conclusion: z.string(),
        lead: z.object({ position, text: z.string() }),
        attendance: z.array(
          z.object({ subCaseId: z.string(), departmentId: z.string(), attended: z.boolean(), opinion }),
        ),
        recordedBy: z.string(),
        recordedAt: z.string(),
      })
      .nullable(),
    extension: z
      .object({
        days: z.number().int(),
        reason: z.string(),
        approvedBy: z.string(),
        approvalRef: z.string().nullable(),
        recordedBy: z.string(),
        recordedAt: z.string(),
      })
      .nullable(),
    materials: z.array(
      z.object({
        materialKey: z.string(),
        name: z.string(),
        fileName: z.string(),
        state: z.string(),
        sha256: z.string(),
      }),
    ),
    leadSteps: z.array(
      z.object({
        seq: z.number().int(),
        name: z.string(),
        status: z.string(),
        opinion: z.string().nullable(),
        actorName: z.string().nullable(),
        completedAt: z.string().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        seq: z.number().int(),
        kind: z.string(),
        at: z.string(),
        actorName: z.string(),
        subCaseId: z.string().nullable(),
        departmentName: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
    notices: z.array(
      z.object({ id: z.uuid(), type: z.string(), docNo: z.string(), issuedAt: z.string(), sha256: z.string() }),
    ),
    settings: z.object({ deemSilentAgreement: z.boolean() }),
    me: z.object({ lead: z.boolean(), subCaseIds: z.array(z.string()), applicant: z.boolean() }),
    abilities: z.object({ lead: actions, bySubCase: z.record(z.string(), actions) }),
  })
  .meta({ id: 'JointCase' });

export const jointListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      caseId: z.uuid(),
      caseNo: z.string(),
      itemName: z.string(),
      stage,
      role: z.enum(['lead', 'co']),
      updatedAt: z.string(),
    }),
  ),
});

export const fileParams = z.strictObject({ id: z.uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
