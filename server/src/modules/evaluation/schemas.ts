import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { EVALUATION_LIMITS, levels, reasons } from './model.js';

const level = z.literal(levels).meta({ description: '5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意' });
const reason = z.enum(reasons);

export const rateBody = z.strictObject({
  level,
  comment: z
    .string()
    .max(EVALUATION_LIMITS.commentChars)
    .optional()
    .meta({ description: `意见，不超过 ${EVALUATION_LIMITS.commentChars} 字 comment (plain text)` }),
  reasons: z
    .array(reason)
    .max(reasons.length)
    .optional()
    .meta({ description: '差评原因 reasons (a poor rating needs a reason or a comment)' }),
});

export const codeRateBody = rateBody.extend({
  caseNo: z.string().trim().min(6).max(50),
  queryCode: z.string().trim().min(4).max(16),
});

export const answerBody = z.strictObject({
  answer: z.string().trim().min(EVALUATION_LIMITS.answerMin).max(EVALUATION_LIMITS.answerChars).meta({
    description: '整改/回访说明 what the window found and did',
  }),
  version: versionField,
});

export const reviewBody = z
  .strictObject({
    accept: z.boolean().meta({ description: 'true 确认办结 close; false 退回重新整改 send back to the window' }),
    note: z.string().trim().max(EVALUATION_LIMITS.noteChars),
    version: versionField,
  })
  // Sending back says why, so the window knows what to do again.
  .refine((b) => b.accept || b.note.length > 0, { path: ['note'], message: 'a note is required to send back' });

export const listQuery = z.strictObject({
  filter: z.enum(['all', 'poor', 'open', 'answered', 'closed', 'overdue']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const followUp = z.object({
  status: z.enum(['open', 'answered', 'closed']),
  dueAt: z.string(),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredLate: z.boolean(),
  reviewNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  returns: z.number().int(),
});

export const evaluationSchema = z.object({
  caseId: z.uuid(),
  caseNo: z.string(),
  level: z.number().int(),
  poor: z.boolean(),
  comment: z.string(),
  reasons: z.array(reason),
  channel: z.enum(['web', 'kiosk']),
  ratedAt: z.string(),
  followUp: followUp.nullable(),
  version: z.number().int(),
});

export const caseEvaluationSchema = z.object({
  evaluation: evaluationSchema.nullable(),
  canRate: z.boolean(),
  canAnswer: z.boolean(),
  canReview: z.boolean(),
});

export const codeRateResult = z.object({ level: z.number().int(), ratedAt: z.string() });

export const evaluationPageSchema = z.object({
  items: z.array(
    evaluationSchema.extend({
      itemName: z.string(),
      itemNameEn: z.string().nullable(),
      windowNumber: z.string(),
      windowName: z.string(),
      centreName: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const counts = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]);
const tally = {
  counts,
  total: z.number().int(),
  satisfaction: z.number().nullable(),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
};

export const summarySchema = z.object({
  rows: z.array(
    z.object({
      windowId: z.uuid(),
      windowNumber: z.string(),
      windowName: z.string(),
      centreName: z.string(),
      ...tally,
    }),
  ),
  overall: z.object(tally),
});
