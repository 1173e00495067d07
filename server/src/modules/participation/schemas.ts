import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { MESSAGE_LIMITS, messageKinds } from './model.js';

const kind = z.enum(messageKinds).meta({
  description:
    'consult 咨询, complaint 投诉, mailbox 主任信箱, suggestion 建议, feedback 问题反馈 (logged-in users only)',
});
const status = z.enum(['open', 'answered', 'published', 'closed']);

export const submitBody = z.strictObject({
  kind,
  centreId: z.uuid().meta({ description: '所留言的中心 the centre addressed' }),
  windowId: z.uuid().optional().meta({ description: '咨询的窗口 the window a consultation is about' }),
  itemId: z.uuid().optional().meta({ description: '咨询的事项 the licence item a consultation is about' }),
  caseNo: z.string().trim().max(50).optional().meta({ description: '相关办件编号 a related case number' }),
  subject: z.string().trim().min(1).max(MESSAGE_LIMITS.subjectChars),
  body: z
    .string()
    .trim()
    .min(1)
    .max(MESSAGE_LIMITS.bodyChars)
    .meta({ description: `内容，不超过 ${MESSAGE_LIMITS.bodyChars} 字 (plain text)` }),
  name: z.string().trim().max(MESSAGE_LIMITS.nameChars).optional(),
  phone: z.string().trim().max(30).optional().meta({ description: '联系电话 (required for complaint and mailbox)' }),
  publishConsent: z.boolean().default(false).meta({ description: '同意公开 the writer agrees to publication' }),
});

export const submitResult = z.object({
  messageNo: z.string(),
  queryCode: z.string().meta({ description: '查询码, shown once: keep it to look the answer up' }),
  kind,
  dueAt: z.string(),
});

export const lookupBody = z.strictObject({
  messageNo: z.string().trim().min(6).max(40),
  queryCode: z.string().trim().min(4).max(16),
});

const common = {
  messageNo: z.string(),
  kind,
  centreId: z.uuid(),
  centreName: z.string(),
  windowNumber: z.string().nullable(),
  windowName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  status,
  createdAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
};

export const lookupSchema = z.object({
  ...common,
  writerName: z.string(),
  phone: z.string().nullable(),
  publishConsent: z.boolean(),
});

export const staffMessageSchema = z.object({
  ...common,
  id: z.uuid(),
  routedTo: z.enum(['window', 'supervisor', 'centre', 'admin']),
  windowId: z.uuid().nullable(),
  itemId: z.uuid().nullable(),
  caseNo: z.string().nullable(),
  writerName: z.string(),
  phone: z.string().nullable(),
  publishConsent: z.boolean(),
  loggedIn: z.boolean(),
  fromStaff: z.boolean(),
  answeredBy: z.string().nullable(),
  answeredLate: z.boolean(),
  reassigned: z.number().int(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  closeNote: z.string().nullable(),
  can: z.object({ answer: z.boolean(), reassign: z.boolean(), publish: z.boolean(), close: z.boolean() }),
  version: z.number().int(),
});

const paging = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const inboxQuery = z.strictObject({
  filter: z.enum(['pending', 'answered', 'overdue', 'published', 'closed', 'all']).default('pending').meta({
    description: 'pending 待答复, answered 已答复, overdue 超期, published 已公开, closed 已关闭, all 全部',
  }),
  kind: kind.optional(),
  ...paging,
});

export const inboxSchema = z.object({
  items: z.array(staffMessageSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const countsSchema = z.object({
  pending: z.number().int(),
  overdue: z.number().int(),
  answered: z.number().int(),
});

export const publishedQuery = z.strictObject({
  centreId: z.uuid().optional().meta({ description: 'this centre and the centres below it' }),
  kind: z.enum(['consult', 'complaint', 'mailbox', 'suggestion']).optional(),
  ...paging,
});

export const publishedSchema = z.object({
  items: z.array(
    z.object({
      messageNo: z.string(),
      kind,
      centreName: z.string(),
      windowNumber: z.string().nullable(),
      windowName: z.string().nullable(),
      subject: z.string(),
      body: z.string(),
      answer: z.string(),
      createdAt: z.string(),
      answeredAt: z.string().nullable(),
      publishedAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const contactsSchema = z.object({
  centreId: z.uuid(),
  centreName: z.string(),
  complaintTelephone: z.string().nullable().meta({ description: '投诉电话: the centre’s published telephone' }),
  address: z.string().nullable(),
  windows: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      name: z.string(),
      departmentName: z.string(),
      floor: z.number().int(),
      telephone: z.string().nullable(),
    }),
  ),
});

export const answerBody = z.strictObject({
  answer: z.string().trim().min(MESSAGE_LIMITS.answerMin).max(MESSAGE_LIMITS.bodyChars),
  version: versionField,
});

export const reassignBody = z.strictObject({
  windowId: z.uuid().meta({ description: '改派到本中心的另一窗口 another window of the message’s centre' }),
  version: versionField,
});

export const publishBody = z.strictObject({ version: versionField });

export const closeBody = z.strictObject({
  note: z.string().trim().min(1).max(MESSAGE_LIMITS.noteChars).meta({ description: '不公开的原因 why it is closed' }),
  version: versionField,
});
