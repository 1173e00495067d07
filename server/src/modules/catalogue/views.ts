import { z } from 'zod';
import { itemDefinitionSchema, timeLimit } from './definition.js';
import type { ItemRow } from './store.js';

export const itemSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(['draft', 'in_review', 'published']),
    centreName: z.string(),
    departmentName: z.string(),
    windowName: z.string(),
    publishedVersionId: z.uuid().nullable(),
    reviewNote: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ItemSummary' });

export const itemDetailSchema = itemSummarySchema
  .omit({ centreName: true, departmentName: true, windowName: true })
  .extend({ centreId: z.uuid(), departmentId: z.uuid(), windowId: z.uuid(), definition: itemDefinitionSchema })
  .meta({ id: 'ItemDetail' });

/** The draft is stored as validated JSON; its name is always a string. */
const draftName = (i: ItemRow): string => {
  const name = (i.draft as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
};

export const itemDetail = (i: ItemRow) => ({
  id: i.id,
  name: draftName(i),
  status: i.status,
  centreId: i.centre_id,
  departmentId: i.department_id,
  windowId: i.window_id,
  publishedVersionId: i.published_version_id,
  reviewNote: i.review_note,
  updatedAt: i.updated_at.toISOString(),
  version: i.version,
  definition: itemDefinitionSchema.parse(i.draft),
});

export const itemSummary = (i: ItemRow & { centre_name: string; department_name: string; window_name: string }) => ({
  id: i.id,
  name: draftName(i),
  status: i.status,
  centreName: i.centre_name,
  departmentName: i.department_name,
  windowName: i.window_name,
  publishedVersionId: i.published_version_id,
  reviewNote: i.review_note,
  updatedAt: i.updated_at.toISOString(),
  version: i.version,
});

export const catalogueEntrySchema = z
  .object({
    itemId: z.uuid(),
    versionId: z.uuid(),
    name: z.string(),
    /** The item's English name where its definition has one (the English pages show it). */
    nameEn: z.string().nullable(),
    basicCode: z.string(),
    departmentName: z.string(),
    centreName: z.string(),
    departmentNameEn: z.string().nullable(),
    centreNameEn: z.string().nullable(),
    handlingLevel: z.string(),
    audience: z.array(z.string()),
    themes: z.array(z.string()),
    onlineApplication: z.boolean(),
    joint: z.boolean(),
    legalLimit: timeLimit,
    promisedLimit: timeLimit,
  })
  .meta({ id: 'CatalogueEntry' });

export const guideSchema = z
  .object({
    itemId: z.uuid(),
    versionId: z.uuid(),
    versionNo: z.number().int(),
    publishedAt: z.string(),
    departmentName: z.string(),
    /** The centre the item is handled at: where a question about it (公众参与 咨询) is addressed. */
    centreId: z.uuid(),
    centreName: z.string(),
    departmentNameEn: z.string().nullable(),
    centreNameEn: z.string().nullable(),
    definition: itemDefinitionSchema,
  })
  .meta({ id: 'Guide' });
