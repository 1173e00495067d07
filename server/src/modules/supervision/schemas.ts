import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { caseStatuses } from '../cases/model.js';
import { URGE_LIMITS, urgeFilters } from './model.js';

export const urgeBody = z.strictObject({
  note: z
    .string()
    .trim()
    .min(1)
    .max(URGE_LIMITS.noteChars)
    .meta({ description: `督办意见，不超过 ${URGE_LIMITS.noteChars} 字 what the supervisor asks of the window` }),
  replyDays: z
    .number()
    .int()
    .min(URGE_LIMITS.minDays)
    .max(URGE_LIMITS.maxDays)
    .default(URGE_LIMITS.defaultDays)
    .meta({ description: '回复时限（工作日，1–5，默认 2）reply time limit in working days' }),
});

export const replyBody = z.strictObject({
  reply: z
    .string()
    .trim()
    .min(1)
    .max(URGE_LIMITS.replyChars)
    .meta({ description: `督办回复，不超过 ${URGE_LIMITS.replyChars} 字 the window's reply` }),
  version: versionField,
});

export const listQuery = z.strictObject({
  filter: z.enum(urgeFilters).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const urgeSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  note: z.string(),
  replyDays: z.number().int(),
  urgedAt: z.string(),
  urgedBy: z.string(),
  urgedByCentre: z.string(),
  replyDue: z.string(),
  status: z.enum(['open', 'replied']),
  overdue: z.boolean(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  repliedBy: z.string().nullable(),
  repliedLate: z.boolean(),
  version: z.number().int(),
});

export const caseUrgesSchema = z.object({
  items: z.array(urgeSchema),
  canUrge: z.boolean(),
  canReply: z.boolean(),
  defaultReplyDays: z.number().int(),
});

export const urgePageSchema = z.object({
  items: z.array(
    urgeSchema.extend({
      caseNo: z.string(),
      caseStatus: z.enum(caseStatuses),
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

const counts = {
  openCases: z.number().int(),
  yellowCards: z.number().int().meta({ description: '黄牌：临近时限 warn_at ≤ now ≤ due_at' }),
  redCards: z.number().int().meta({ description: '红牌：已超时限 due_at < now' }),
  openUrges: z.number().int(),
  overdueUrges: z.number().int(),
};

export const windowsSchema = z.object({
  rows: z.array(
    z.object({
      windowId: z.uuid(),
      windowNumber: z.string(),
      windowName: z.string(),
      centreId: z.uuid(),
      centreName: z.string(),
      centreNameEn: z.string().nullable(),
      ...counts,
    }),
  ),
  total: z.object(counts),
});
