import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import { uuidParam, versionField } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { itemDefinitionSchema } from './definition.js';
import * as catalogue from './service.js';
import {
  catalogueEntrySchema,
  guideSchema,
  itemDetail,
  itemDetailSchema,
  itemSummary,
  itemSummarySchema,
} from './views.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['catalogue 事项目录'];
const versionBody = z.strictObject({ version: versionField });

export const itemRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/items',
    {
      schema: {
        summary: '事项维护列表 Items the acting post maintains or reviews',
        tags,
        querystring: noQuery,
        response: { 200: z.array(itemSummarySchema), ...errorResponses },
      },
    },
    async (req) => (await catalogue.listItemsFor(ctx, req.actor, metaOf(req))).map(itemSummary),
  );

  app.post(
    '/api/items',
    {
      schema: {
        summary: '新建事项 Create an item draft for one’s window (window_clerk)',
        tags,
        body: z.strictObject({ definition: itemDefinitionSchema }),
        response: { 201: itemDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(itemDetail(await catalogue.createItem(ctx, req.actor, metaOf(req), req.body.definition))),
  );

  app.get(
    '/api/items/:id',
    {
      schema: {
        summary: '事项草稿 An item’s working draft',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: itemDetailSchema, ...errorResponses },
      },
    },
    async (req) => itemDetail(await catalogue.getItem(ctx, req.actor, metaOf(req), req.params.id)),
  );

  app.put(
    '/api/items/:id/draft',
    {
      schema: {
        summary: '修改事项 Save the draft (owner window only)',
        tags,
        params: uuidParam,
        body: z.strictObject({ version: versionField, definition: itemDefinitionSchema }),
        response: { 200: itemDetailSchema, ...errorResponses },
      },
    },
    async (req) => itemDetail(await catalogue.updateDraft(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/items/:id/submit',
    {
      schema: {
        summary: '提交审核 Submit the draft for publication',
        tags,
        params: uuidParam,
        body: versionBody,
        response: { 200: itemDetailSchema, ...errorResponses },
      },
    },
    async (req) => itemDetail(await catalogue.submitItem(ctx, req.actor, metaOf(req), req.params.id, req.body.version)),
  );

  app.post(
    '/api/items/:id/publish',
    {
      schema: {
        summary: '审核发布 Publish as a new version (supervisor)',
        tags,
        params: uuidParam,
        body: versionBody,
        response: { 200: itemDetailSchema, ...errorResponses },
      },
    },
    async (req) =>
      itemDetail(await catalogue.publishItem(ctx, req.actor, metaOf(req), req.params.id, req.body.version)),
  );

  app.post(
    '/api/items/:id/return',
    {
      schema: {
        summary: '退回修改 Return the draft to the window with a note (supervisor)',
        tags,
        params: uuidParam,
        body: z.strictObject({ version: versionField, note: z.string().trim().min(2).max(500) }),
        response: { 200: itemDetailSchema, ...errorResponses },
      },
    },
    async (req) => itemDetail(await catalogue.returnItem(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/items/:id/history',
    {
      schema: {
        summary: '版本历史 Published versions: who changed what, when',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: {
          200: z.array(
            z.object({
              versionId: z.uuid(),
              versionNo: z.number().int(),
              publishedAt: z.string(),
              publishedBy: z.string().nullable(),
              submittedBy: z.string().nullable(),
              changedFields: z.array(z.string()),
              current: z.boolean(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) =>
      (await catalogue.itemHistory(ctx, req.actor, metaOf(req), req.params.id)).map((v) => ({
        versionId: v.id,
        versionNo: v.version_no,
        publishedAt: v.published_at.toISOString(),
        publishedBy: v.published_by_name,
        submittedBy: v.submitted_by_name,
        changedFields: v.changed_fields,
        current: v.is_current,
      })),
  );

  app.post(
    '/api/items/:id/files',
    {
      schema: {
        summary: '上传表格/示范文本 Upload a blank form or sample text (PDF, DOCX, XLSX, DOC; ≤ 5 MB)',
        tags,
        params: uuidParam,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({ sha256: z.string(), filename: z.string(), mediaType: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new DomainError('request.unsupported_media_type');
      const part = await req.file();
      if (!part) throw new DomainError('file.missing');
      const bytes = await part.toBuffer();
      return reply
        .status(201)
        .send(await catalogue.uploadItemFile(ctx, req.actor, metaOf(req), req.params.id, bytes, part.filename));
    },
  );
};

const guideOf = (g: Awaited<ReturnType<typeof catalogue.guide>>) => ({
  itemId: g.version.item_id,
  versionId: g.version.id,
  versionNo: g.version.version_no,
  publishedAt: g.version.published_at.toISOString(),
  departmentName: g.departmentName,
  centreId: g.version.centre_id,
  centreName: g.centreName,
  departmentNameEn: g.departmentNameEn,
  centreNameEn: g.centreNameEn,
  definition: g.definition,
});

export const publicCatalogueRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/catalogue',
    {
      schema: {
        summary:
          '事项目录与搜索 Public catalogue: by department, audience, theme, level; search in Chinese or pinyin initials',
        tags,
        querystring: z.strictObject({
          q: z.string().trim().max(50).optional(),
          department: z.string().trim().max(100).optional(),
          audience: z.enum(['person', 'enterprise']).optional(),
          theme: z.string().trim().max(40).optional(),
          level: z.enum(['city', 'county', 'township']).optional(),
          centreId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: {
          200: z.object({ total: z.number().int(), items: z.array(catalogueEntrySchema) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const rows = await catalogue.searchCatalogue(ctx, { ...req.query, departmentName: req.query.department });
      return {
        total: rows[0]?.total ?? 0,
        items: rows.map((r) => ({
          itemId: r.item_id,
          versionId: r.id,
          name: r.name,
          nameEn: r.name_en,
          basicCode: r.basic_code,
          departmentName: r.department_name,
          centreName: r.centre_name,
          departmentNameEn: r.department_name_en,
          centreNameEn: r.centre_name_en,
          handlingLevel: r.handling_level,
          audience: r.audience,
          themes: r.themes,
          onlineApplication: r.online_application,
          joint: r.is_joint,
          legalLimit: r.legal_limit as { value: number; unit: 'working_days'; explanation: string },
          promisedLimit: r.promised_limit as { value: number; unit: 'working_days'; explanation: string },
        })),
      };
    },
  );

  app.get(
    '/api/catalogue/facets',
    {
      schema: {
        summary: '目录分类 Departments, themes (life events) and levels with item counts',
        tags,
        querystring: noQuery,
        response: {
          200: z.object({
            departments: z.array(
              z.object({ name: z.string(), nameEn: z.string().nullable(), count: z.number().int() }),
            ),
            themes: z.array(z.object({ name: z.string(), count: z.number().int() })),
            levels: z.array(z.object({ name: z.string(), count: z.number().int() })),
          }),
          ...errorResponses,
        },
      },
    },
    () => catalogue.catalogueFacets(ctx),
  );

  app.get(
    '/api/catalogue/items/:id',
    {
      schema: {
        summary: '办事指南 The published guide of an item (R-LAW-9)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: guideSchema, ...errorResponses },
      },
    },
    async (req) => guideOf(await catalogue.guide(ctx, { itemId: req.params.id })),
  );

  app.get(
    '/api/catalogue/versions/:id',
    {
      schema: {
        summary: '指定版本的办事指南 The guide as published in a given version',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: guideSchema, ...errorResponses },
      },
    },
    async (req) => guideOf(await catalogue.guide(ctx, { versionId: req.params.id })),
  );

  app.get(
    '/api/catalogue/files/:sha256',
    {
      schema: {
        summary: '表格下载 Download a published blank form or sample text',
        tags,
        params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
        querystring: z.strictObject({ filename: z.string().trim().min(1).max(200).optional() }),
        response: { 200: z.any().meta({ description: 'the file' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await catalogue.downloadPublishedFile(ctx, req.params.sha256);
      // Published forms are public and content-addressed: any cache may keep them.
      return sendFile(reply, {
        ...file,
        fileName: req.query.filename ?? 'download',
        cacheControl: 'public, max-age=86400, immutable',
      });
    },
  );
};
