import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { MESSAGE_LIMITS } from './model.js';

const side = z.enum(['applicant', 'office']);
const seq = z.coerce.number().int().min(0).max(1_000_000_000);

export const caseParams = z.strictObject({ id: z.uuid() });

export const conversationQuery = z.strictObject({
  after: seq.optional().meta({ description: '只要此序号之后的消息 messages after this number (catching up)' }),
  before: seq.optional().meta({ description: '此序号之前的消息 older messages, before this number' }),
  limit: z.coerce.number().int().min(1).max(MESSAGE_LIMITS.pageSize).optional(),
});

export const streamQuery = z.strictObject({
  after: seq.optional().meta({ description: '从此序号之后开始推送 resume after this number (Last-Event-ID wins)' }),
});

export const messageBody = z.strictObject({
  text: z
    .string()
    .max(MESSAGE_LIMITS.maxChars)
    .meta({ description: `纯文本，不超过 ${MESSAGE_LIMITS.maxChars} 字 plain text; shown as text, never as markup` }),
  uploadIds: z
    .array(z.uuid())
    .max(MESSAGE_LIMITS.maxAttachments)
    .default([])
    .meta({ description: '附件: ids from POST /api/uploads (≤ 10 MB each, PDF/JPEG/PNG), at most 5' }),
});

export const readBody = z.strictObject({ seq: seq.meta({ description: '已读到此序号 read up to this number' }) });

const readState = z.object({ applicant: z.number().int(), office: z.number().int() });

export const messageSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    side,
    author: z.object({ name: z.string(), party: z.string() }),
    text: z.string(),
    at: z.string(),
    attachments: z.array(
      z.object({ id: z.uuid(), name: z.string(), sizeBytes: z.number().int(), mediaType: z.string(), url: z.string() }),
    ),
    mine: z.boolean(),
  })
  .meta({ id: 'CaseMessage' });

export const conversationSchema = z.object({
  items: z.array(messageSchema),
  lastSeq: z.number().int(),
  readState,
  me: z.object({ side: side.nullable(), canPost: z.boolean() }),
});

export const readResult = z.object({ readState });

export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

// --- ready replies ----------------------------------------------------------------------------

const replyText = z.string().trim().min(1).max(500);
export const readyReplySchema = z.object({ id: z.uuid(), text: z.string(), shared: z.boolean(), version: z.number() });
export const readyRepliesSchema = z.object({ items: z.array(readyReplySchema), builtIn: z.array(z.string()) });
export const readyReplyBody = z.strictObject({
  text: replyText,
  shared: z.boolean().default(false).meta({ description: '本窗口共用 shared with my window (window clerks)' }),
});
export const readyReplyUpdate = z.strictObject({ text: replyText, version: versionField });
export const versionQuery = z.strictObject({ version: z.coerce.number().int().positive() });

// --- preferences ------------------------------------------------------------------------------

export const preferencesSchema = z.object({
  sms: z.boolean(),
  email: z.boolean(),
  emailAddressMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  lang: z.enum(['zh', 'en']),
  messages: z.boolean(),
  version: z.number().int().nullable(),
});

export const preferencesBody = z.strictObject({
  sms: z.boolean(),
  email: z.boolean(),
  emailAddress: z
    .string()
    .trim()
    .max(254)
    .nullable()
    .optional()
    .meta({ description: '新的邮箱地址；不填保留原地址，null 删除 new address; omit to keep, null to remove' }),
  lang: z.enum(['zh', 'en']),
  messages: z.boolean().meta({ description: '窗口发来新消息时提醒 tell me of new messages from the window' }),
  version: z.number().int().positive().nullable(),
});

// --- templates --------------------------------------------------------------------------------

const channel = z.enum(['sms', 'email']);
export const templateParams = z.strictObject({ topic: z.string().regex(/^case\.[a-z_.]{2,60}$/), channel });

const rendered = z.object({ subject: z.string(), body: z.string() });
export const templatesSchema = z.object({
  canEdit: z.boolean(),
  items: z.array(
    z.object({
      topic: z.string(),
      channel,
      future: z.boolean(),
      enabled: z.boolean(),
      subjectZh: z.string(),
      subjectEn: z.string(),
      bodyZh: z.string(),
      bodyEn: z.string(),
      customised: z.boolean(),
      version: z.number().int().nullable(),
      updatedAt: z.string().nullable(),
      preview: z.object({ zh: rendered, en: rendered }),
    }),
  ),
});

export const templateBody = z.strictObject({
  enabled: z.boolean(),
  subjectZh: z.string().max(400),
  subjectEn: z.string().max(400),
  bodyZh: z.string().max(10_000),
  bodyEn: z.string().max(10_000),
  version: z.number().int().positive().nullable().meta({ description: 'null: first edit of a default' }),
});

// --- deliveries -------------------------------------------------------------------------------

export const deliveryQuery = z.strictObject({
  status: z.enum(['pending', 'sending', 'retry', 'sent', 'dead']).optional(),
  channel: channel.optional(),
  caseNo: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const deliveriesSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      channel,
      topic: z.string(),
      caseId: z.string(),
      caseNo: z.string(),
      to: z.string(),
      lang: z.string(),
      subject: z.string(),
      body: z.string(),
      status: z.string(),
      provider: z.string().nullable(),
      attempts: z.number().int(),
      nextAttemptAt: z.string().nullable(),
      lastError: z.string().nullable(),
      sentAt: z.string().nullable(),
      createdAt: z.string(),
      version: z.number().int(),
    }),
  ),
});

export const retryBody = z.strictObject({ version: versionField });
