import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { noticeTypes, templateSchema } from './model.js';
import * as notices from './service.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['notices 文书'];
const pdfResponse = z.any().meta({ description: 'PDF' });
const templateParams = z.strictObject({ centreId: z.uuid(), type: z.enum(noticeTypes) });
const publicLimit = (ctx: AppContext) => ({
  rateLimit: { max: Math.max(10, Math.floor(ctx.config.loginRateLimitPerMinute * 3)), timeWindow: 60_000 },
});
const templateView = z.object({
  type: z.enum(noticeTypes),
  version: z.number().int(),
  template: templateSchema,
  isDefault: z.boolean(),
  history: z.array(z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.string() })),
});

const sendPdf = (
  reply: FastifyReply,
  bytes: Buffer,
  fileName: string,
  disposition: 'inline' | 'attachment' = 'inline',
) => sendFile(reply, { bytes, fileName, mediaType: 'application/pdf', disposition });

export const noticeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  notices.registerNoticeIssuing();

  app.get(
    '/api/cases/:id/notices',
    {
      schema: {
        summary: '办件文书 The notices issued on a case (numbered, signed)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                type: z.enum(noticeTypes),
                title: z.string(),
                docNo: z.string(),
                issuedAt: z.string(),
                issuedBy: z.string(),
                sm3: z.string(),
                downloadUrl: z.string(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => notices.caseNotices(ctx, req.actor, req.params.id),
  );

  app.get(
    '/api/notices/:id/pdf',
    {
      schema: {
        summary: '打印/下载文书 A notice’s PDF (case parties and supervisors in reach)',
        tags,
        params: uuidParam,
        querystring: z.strictObject({ download: z.enum(['1']).optional() }),
        response: { 200: pdfResponse, ...errorResponses },
      },
    },
    async (req, reply) => {
      const f = await notices.noticePdf(ctx, req.actor, req.params.id);
      return sendPdf(reply, f.bytes, f.fileName, req.query.download ? 'attachment' : 'inline');
    },
  );

  app.get(
    '/api/verify/certificates/:code',
    {
      config: publicLimit(ctx),
      schema: {
        summary: '证照核验 Public verification of a certificate by its code (QR)',
        tags,
        params: z.strictObject({
          code: z
            .string()
            .trim()
            .min(6)
            .max(20)
            .regex(/^[0-9A-Za-z]+$/),
        }),
        querystring: noQuery,
        response: {
          200: z.object({
            certificateNo: z.string(),
            certificateType: z.string(),
            holderName: z.string(),
            itemName: z.string(),
            issuer: z.string(),
            validFrom: z.string(),
            validUntil: z.string().nullable(),
            docNo: z.string(),
            status: z.enum(['valid', 'expired', 'revoked']),
            authentic: z.boolean(),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => notices.verifyCertificate(ctx, req.params.code),
  );

  app.post(
    '/api/verify/documents',
    {
      config: publicLimit(ctx),
      schema: {
        summary: '文书核验 Is this PDF a notice we issued, unchanged?',
        tags,
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            authentic: z.boolean(),
            sm3: z.string(),
            docNo: z.string().optional(),
            title: z.string().optional(),
            issuedAt: z.string().optional(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw new DomainError('request.unsupported_media_type');
      const part = await req.file();
      if (!part) throw new DomainError('file.missing');
      return notices.verifyDocument(ctx, await part.toBuffer());
    },
  );

  app.get(
    '/api/announcements',
    {
      schema: {
        summary: '许可公示 Grant decisions as the law publishes them (Art. 40)',
        tags,
        querystring: z.strictObject({
          q: z.string().trim().max(50).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          page: z.coerce.number().int().min(1).max(10000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(
              z.object({
                certificateNo: z.string(),
                certificateType: z.string(),
                holderName: z.string(),
                itemName: z.string(),
                issuer: z.string(),
                decidedOn: z.string(),
                validUntil: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => notices.announcementList(ctx, req.query),
  );

  app.get(
    '/api/centres/:centreId/notice-templates/:type',
    {
      schema: {
        summary: '文书模板 The centre’s current template for a notice type, with its history',
        tags,
        params: templateParams,
        querystring: noQuery,
        response: { 200: templateView, ...errorResponses },
      },
    },
    (req) => notices.getTemplate(ctx, req.actor, req.params.centreId, req.params.type),
  );

  app.put(
    '/api/centres/:centreId/notice-templates/:type',
    {
      schema: {
        summary: '保存文书模板 Save a new version of a template (supervisors)',
        tags,
        params: templateParams,
        body: z.strictObject({ template: templateSchema, version: z.number().int().min(0) }),
        response: { 200: templateView, ...errorResponses },
      },
    },
    (req) => notices.saveTemplate(ctx, req.actor, metaOf(req), req.params.centreId, req.params.type, req.body),
  );

  app.post(
    '/api/centres/:centreId/notice-templates/:type/preview',
    {
      schema: {
        summary: '模板预览 Render a template with a real case (unnumbered)',
        tags,
        params: templateParams,
        body: z.strictObject({ template: templateSchema, caseId: z.uuid() }),
        response: { 200: pdfResponse, ...errorResponses },
      },
    },
    async (req, reply) =>
      sendPdf(
        reply,
        await notices.previewTemplate(ctx, req.actor, metaOf(req), req.params.centreId, req.params.type, req.body),
        'preview.pdf',
      ),
  );
};
