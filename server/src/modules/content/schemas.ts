import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import {
  articleStatuses,
  audiences,
  channelCodes,
  CONTENT_LIMITS,
  internalChannels,
  ownerKinds,
  publicChannels,
  type Channel,
} from './model.js';

const channel = z.enum(channelCodes).meta({ description: '栏目 channel code (GET /api/content/channels)' });
const publicChannel = z.enum(publicChannels as [Channel, ...Channel[]]);
const internalChannel = z.enum(internalChannels as [Channel, ...Channel[]]);
const page = z.coerce.number().int().min(1).max(10_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(50).default(10);

const title = z.string().trim().min(1).max(CONTENT_LIMITS.titleChars).meta({ description: '标题 title' });
const body = z
  .string()
  .max(CONTENT_LIMITS.bodyChars)
  .meta({ description: '正文：纯文本，空行分段，不含 HTML plain text, paragraphs separated by blank lines' });
const url = z
  .string()
  .trim()
  .max(CONTENT_LIMITS.urlChars)
  .nullable()
  .meta({ description: '网址 (相关链接 only) http(s) address of a related link' });
const owner = z
  .strictObject({ kind: z.enum(ownerKinds), id: z.uuid().nullable() })
  .meta({ description: '维护单位 the unit that keeps it current: the centre (id null), a department or a window' });

export const channelsSchema = z.array(
  z.object({ code: channel, zh: z.string(), en: z.string(), visibility: z.enum(['public', 'internal']) }),
);

export const publicListQuery = z.strictObject({
  centre: z
    .string()
    .regex(/^([0-9a-fA-F-]{36}|\d{6,12})$/)
    .optional()
    .meta({ description: '中心 id 或行政区划代码 centre id or division code; default the site’s centre' }),
  channel: publicChannel.optional(),
  page,
  pageSize,
});

export const internalListQuery = z.strictObject({ channel: internalChannel.optional(), page, pageSize });

export const managedListQuery = z.strictObject({
  channel: channel.optional(),
  status: z.enum(articleStatuses).optional(),
  page,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const createBody = z.strictObject({
  channel,
  title,
  body: body.default(''),
  url: url.optional(),
  audience: z.enum(audiences).optional().meta({ description: '内部栏目：本中心 centre 或全市各中心 city' }),
  owner: owner.optional(),
});

export const updateBody = z.strictObject({
  channel: channel.optional(),
  title: title.optional(),
  body: body.optional(),
  url: url.optional(),
  audience: z.enum(audiences).optional(),
  owner: owner.optional(),
  version: versionField,
});

export const moveBody = z.strictObject({ version: versionField });

const listItem = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  centreName: z.string(),
  channel,
  title: z.string(),
  url: z.string().nullable(),
  ownerName: z.string().meta({ description: '维护单位 the unit that keeps it current' }),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const articleSchema = listItem.extend({
  centreNameEn: z.string().nullable(),
  body: z.string(),
  ownerKind: z.enum(ownerKinds),
});

export const editorSchema = articleSchema.extend({
  status: z.enum(articleStatuses),
  audience: z.enum(audiences).nullable(),
  ownerDepartmentId: z.uuid().nullable(),
  ownerWindowId: z.uuid().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), publish: z.boolean(), withdraw: z.boolean() }),
});

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const publicPageSchema = pageOf(listItem).extend({
  centre: z.object({ id: z.uuid(), name: z.string(), nameEn: z.string().nullable(), divisionCode: z.string() }),
});
export const internalPageSchema = pageOf(listItem.extend({ audience: z.enum(audiences).nullable() }));
export const managedPageSchema = pageOf(editorSchema.omit({ body: true }));

export const unitsSchema = z.object({
  centre: z.object({ id: z.uuid(), name: z.string() }),
  /** Whether the caller may name any unit (a manager) or writes for their own unit only. */
  manager: z.boolean(),
  departments: z.array(z.object({ id: z.uuid(), name: z.string() })),
  windows: z.array(z.object({ id: z.uuid(), number: z.string(), name: z.string() })),
});
