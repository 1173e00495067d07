import { z } from 'zod';
import { caseStatuses } from '../cases/model.js';
import { EXCHANGE_LIMITS, importColumns } from './model.js';

const day = z.iso.date().meta({ description: 'YYYY-MM-DD (China date)' });

export const feedQuery = z.strictObject({
  updatedSince: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: '首次读取：从此时间起变更的办件 first read: cases changed at or after this instant' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: '上一页返回的 nextCursor（优先于 updatedSince）the previous page’s nextCursor' }),
  limit: z.coerce.number().int().min(1).max(EXCHANGE_LIMITS.feedMax).default(EXCHANGE_LIMITS.feedDefault),
});

const at = z.string().nullable();

export const feedItemSchema = z.object({
  id: z.uuid(),
  caseNo: z.string(),
  item: z.object({ code: z.string(), name: z.string() }),
  centre: z.object({ id: z.uuid(), name: z.string(), divisionCode: z.string() }),
  window: z.object({ number: z.string(), name: z.string() }),
  channel: z.enum(['online', 'window', 'agent']),
  status: z.enum(caseStatuses),
  receivedAt: z.string(),
  acceptedAt: at,
  decidedAt: at,
  concludedAt: at,
  dueAt: at,
  applicant: z.object({
    kind: z.enum(['person', 'enterprise']),
    name: z.string(),
    certificateNo: z.string().meta({ description: '居民身份证号码或统一社会信用代码（完整）full number' }),
  }),
  decision: z
    .object({ outcome: z.enum(['grant', 'deny']), reasons: z.string(), validUntil: z.string().nullable() })
    .nullable(),
  certificateNo: z.string().nullable(),
  noticeNos: z.array(z.string()),
  steps: z.array(
    z.object({
      seq: z.number().int(),
      name: z.string(),
      role: z.string(),
      status: z.enum(['pending', 'active', 'done']),
      startedAt: at,
      completedAt: at,
      opinion: z.string().nullable(),
      actorName: z.string().nullable(),
    }),
  ),
  changedAt: z.string().meta({ description: '最后变更时间（微秒）last change, microseconds' }),
  version: z.number().int(),
});

export const feedPageSchema = z.object({
  items: z.array(feedItemSchema),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: '下次请求带上；读完时不变，稍后轮询即得新变更 pass it back; at the end poll with it later' }),
  hasMore: z.boolean(),
});

export const exportQuery = z.strictObject({
  from: day,
  to: day,
  status: z.enum(caseStatuses).optional(),
});

export const importQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: 只校验不写入 validate only, write nothing' }),
});

const problemSchema = z.object({
  row: z.number().int().meta({ description: '行号（标题为第 1 行）row as a spreadsheet numbers it' }),
  field: z.enum([...(Object.keys(importColumns) as Array<keyof typeof importColumns>), 'file']),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.number().int(),
  valid: z.number().int(),
  problems: z.array(problemSchema),
  created: z.number().int(),
  existing: z.number().int().meta({ description: '已导入过（按中心与原办件编号）already imported before' }),
});

export const legacyQuery = z.strictObject({
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const legacyPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      legacyNo: z.string(),
      itemCode: z.string(),
      itemName: z.string(),
      centreName: z.string(),
      applicantKind: z.enum(['person', 'enterprise']),
      applicantName: z.string(),
      certificateNoMasked: z.string(),
      receivedOn: z.string(),
      decidedOn: z.string().nullable(),
      outcome: z.enum(['grant', 'deny']).nullable(),
      licenceNo: z.string().nullable(),
      importedAt: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
