import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { caseActions, caseStatuses } from './model.js';
import { publicMoves } from './public-view.js';

const limit = z.object({
  value: z.number(),
  unit: z.enum(['working_days', 'working_hours', 'working_minutes', 'natural_days']),
  explanation: z.string(),
});
const warning = z.enum(['none', 'yellow', 'red']);
const text = (max: number) => z.string().trim().min(1).max(max);
const formData = z.record(z.string(), z.unknown());

export const materialRef = z.strictObject({ materialKey: z.string().max(40), uploadId: z.uuid() });
const materialRefs = z.array(materialRef).max(100);

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .trim()
    .min(8)
    .max(100)
    .optional()
    .meta({ description: '幂等键: one per submission attempt; a retry with the same key returns the same case' }),
});

export const applicationBody = z.strictObject({
  itemId: z.uuid(),
  formData,
  materials: materialRefs.default([]),
  draftId: z.uuid().optional(),
  forPersonId: z.uuid().optional().meta({ description: '代办: the resident an agent applies for' }),
});

export const intakeBody = z.strictObject({
  itemId: z.uuid(),
  applicant: z.strictObject({
    name: text(50),
    idNumber: z.string().trim().min(15).max(18),
    mobile: z.string().trim().max(20).optional(),
  }),
  formData,
  materials: materialRefs.default([]),
});

const v = { version: versionField };
export const transitionBody = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('accept'),
      ...v,
      tolerated: z.array(z.string().max(40)).max(60).optional(),
      toleranceDays: z.number().int().min(1).max(60).optional(),
      note: z.string().trim().max(1000).optional(),
    }),
    z.strictObject({
      action: z.literal('reject'),
      ...v,
      reasons: text(2000),
      competentOrgan: z.string().trim().max(200).optional(),
    }),
    z.strictObject({
      action: z.literal('request_supplement'),
      ...v,
      items: z
        .array(z.strictObject({ materialKey: z.string().max(40).nullable(), problem: text(500) }))
        .min(1)
        .max(60),
      note: z.string().trim().max(1000).optional(),
      dueDays: z.number().int().min(1).max(60).optional(),
    }),
    z.strictObject({
      action: z.literal('supplement'),
      ...v,
      materials: materialRefs,
      formData: formData.optional(),
      note: z.string().trim().max(1000).optional(),
    }),
    z.strictObject({ action: z.literal('pass_up'), ...v, opinion: text(2000) }),
    z.strictObject({ action: z.literal('review'), ...v, outcome: z.enum(['agree', 'send_back']), opinion: text(2000) }),
    z.strictObject({
      action: z.literal('request_extension'),
      ...v,
      days: z.number().int().min(1).max(10).meta({ description: 'Art. 42: at most 10 more days, once' }),
      reason: text(1000),
    }),
    z.strictObject({
      action: z.literal('approve_extension'),
      ...v,
      approve: z.boolean(),
      note: z.string().trim().max(1000).optional(),
    }),
    z.strictObject({
      action: z.literal('start_special'),
      ...v,
      kind: z.enum(['hearing', 'inspection', 'testing', 'quarantine', 'appraisal', 'expert_review', 'site_survey']),
      expectedDays: z.number().int().min(1).max(365),
      reason: text(1000),
    }),
    z.strictObject({ action: z.literal('end_special'), ...v, result: text(2000) }),
    z.strictObject({
      action: z.literal('decide'),
      ...v,
      outcome: z.enum(['grant', 'deny']),
      reasons: text(4000),
      validUntil: z.iso.date().optional(),
    }),
    z.strictObject({
      action: z.literal('issue_certificate'),
      ...v,
      certificateNo: z.string().trim().min(1).max(50).optional(),
    }),
    z.strictObject({ action: z.literal('conclude'), ...v, note: z.string().trim().max(1000).optional() }),
    z.strictObject({ action: z.literal('withdraw'), ...v, reason: text(1000) }),
    z.strictObject({ action: z.literal('confirm_tolerated'), ...v, materials: materialRefs.optional() }),
    z.strictObject({ action: z.literal('revoke_acceptance'), ...v, reason: text(1000) }),
  ])
  .meta({ id: 'CaseTransition' });

export const uploadSchema = z
  .object({
    uploadId: z.uuid(),
    name: z.string(),
    sizeBytes: z.number().int(),
    mediaType: z.string(),
    sha256: z.string(),
  })
  .meta({ id: 'CaseUpload' });

export const caseDetailSchema = z
  .object({
    id: z.uuid(),
    caseNo: z.string(),
    queryCode: z.string(),
    itemId: z.uuid(),
    itemName: z.string(),
    /** English names for the English pages; null where none is recorded (the Chinese one is shown). */
    itemNameEn: z.string().nullable(),
    itemVersionId: z.uuid(),
    departmentName: z.string(),
    centreName: z.string(),
    departmentNameEn: z.string().nullable(),
    centreNameEn: z.string().nullable(),
    intakeCentreName: z.string().nullable(),
    channel: z.enum(['online', 'window', 'agent']),
    status: z.enum(caseStatuses),
    applicantName: z.string(),
    agentName: z.string().nullable(),
    formData,
    submittedAt: z.string(),
    decision: z.object({ outcome: z.enum(['grant', 'deny']), reasons: z.string(), decidedAt: z.string() }).nullable(),
    certificateNo: z.string().nullable(),
    tolerated: z.array(z.string()),
    materials: z.array(
      z.object({
        id: z.uuid(),
        materialKey: z.string(),
        name: z.string(),
        fileName: z.string(),
        sizeBytes: z.number().int(),
        mediaType: z.string(),
        state: z.enum(['received', 'faulty', 'superseded']),
        uploadedAt: z.string(),
        downloadUrl: z.string(),
      }),
    ),
    requiredMaterials: z.array(
      z.object({ key: z.string(), name: z.string(), requirement: z.enum(['required', 'optional', 'tolerable']) }),
    ),
    steps: z.array(
      z.object({
        seq: z.number().int(),
        key: z.string(),
        name: z.string(),
        role: z.enum(['window_clerk', 'approver', 'department_head']),
        status: z.enum(['pending', 'active', 'done']),
        limit,
        startedAt: z.string().nullable(),
        completedAt: z.string().nullable(),
        deadline: z.string().nullable(),
        warning,
        opinion: z.string().nullable(),
        actorName: z.string().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.uuid(),
        at: z.string(),
        action: z.string(),
        actorName: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        note: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
    clock: z.object({
      acceptedAt: z.string().nullable(),
      deemedAccepted: z.boolean(),
      legalLimit: limit,
      promisedLimit: limit,
      legalDeadline: z.string().nullable(),
      promisedDeadline: z.string().nullable(),
      remainingWorkingDays: z.number().nullable(),
      warning,
      paused: z.boolean(),
      extension: z.object({ days: z.number(), reason: z.string(), approved: z.boolean() }).nullable(),
      preReviewDue: z.string().nullable(),
      preReviewOverdue: z.boolean(),
      townshipDeadline: z.string().nullable(),
      supplementDue: z.string().nullable(),
      toleranceDue: z.string().nullable(),
      certificateDue: z.string().nullable(),
      dueAt: z.string().nullable().meta({ description: 'the deadline that governs now (queue order, card)' }),
    }),
    allowedActions: z.array(z.enum(caseActions)),
    heldActions: z
      .array(
        z.object({
          action: z.enum(caseActions),
          code: z.string().meta({ description: 'the error catalogue code the move would be refused with' }),
          details: z.unknown(),
        }),
      )
      .meta({ description: 'moves the state machine allows that wait on something else now (fees, a joint case)' }),
    version: z.number().int(),
  })
  .meta({ id: 'CaseDetail' });

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    caseNo: z.string(),
    itemName: z.string(),
    applicantName: z.string(),
    channel: z.enum(['online', 'window', 'agent']),
    status: z.enum(caseStatuses),
    submittedAt: z.string(),
    deadline: z.string().nullable(),
    remainingWorkingDays: z.number().nullable(),
    warning,
    flags: z.array(
      z.enum(['pre_review_overdue', 'deemed_accepted', 'tolerance_open', 'supplement_overdue', 'step_overdue']),
    ),
    activeStep: z.string().nullable(),
    held: z.array(z.object({ action: z.enum(caseActions), code: z.string() })).meta({
      description: 'moves that wait on something else now (the joint case, the fees), with the reason’s code',
    }),
  })
  .meta({ id: 'CaseSummary' });

export const casePage = z.object({
  items: z.array(caseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const listQuery = z.strictObject({
  view: z.enum(['todo', 'all', 'done']).default('all'),
  status: z.enum(caseStatuses).optional(),
  warning: warning.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['deadline', 'submitted']).default('deadline'),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const draftSchema = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    itemName: z.string(),
    forPersonId: z.uuid().nullable(),
    formData,
    materials: z.array(
      z.object({
        materialKey: z.string(),
        uploadId: z.uuid(),
        name: z.string(),
        fileName: z.string(),
        sizeBytes: z.number().int(),
      }),
    ),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseDraft' });

export const draftBody = z.strictObject({
  itemId: z.uuid(),
  formData,
  materials: materialRefs.default([]),
  forPersonId: z.uuid().optional(),
});

export const draftUpdateBody = z.strictObject({ formData, materials: materialRefs, version: versionField });

// A move as the public look-up shows it: when and where to, never who made it or why.
const publicMoveSchema = z.object({ at: z.string(), action: z.enum(publicMoves), status: z.enum(caseStatuses) });

export const publicStatusSchema = z.object({
  caseNo: z.string(),
  itemName: z.string(),
  itemNameEn: z.string().nullable(),
  departmentName: z.string(),
  departmentNameEn: z.string().nullable(),
  status: z.enum(caseStatuses),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  deadline: z.string().nullable(),
  concludedAt: z.string().nullable(),
  currentStage: z
    .string()
    .nullable()
    .meta({ description: '当前环节（办理步骤名称），已终结或无进行中环节时为空 the active step(s), null when none' }),
  clockStopped: z
    .boolean()
    .meta({ description: '补正或特别程序中，办理时限暂停计算 the clock is stopped (supplement, special procedure)' }),
  history: z.array(publicMoveSchema).meta({ description: '办理过程，最近 50 条 the moves, oldest first, the last 50' }),
  // Added by the evaluation context (cases/lookup-additions.ts): the kiosk's vote starts here.
  evaluation: z
    .object({
      rateable: z.boolean().meta({ description: '已办结或不予受理，可凭编号和查询码评价 ended: may be rated here' }),
      level: z
        .number()
        .int()
        .min(1)
        .max(5)
        .nullable()
        .meta({ description: '已评等级 the level given, null while not rated' }),
    })
    .optional(),
});

export const notificationsSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      caseId: z.string(),
      caseNo: z.string(),
      event: z.string(),
      title: z.string(),
      at: z.string(),
    }),
  ),
});
