import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError, langFromAcceptLanguage } from '../../platform/errors.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import * as drafts from './drafts.js';
import * as queries from './queries.js';
import {
  applicationBody,
  caseDetailSchema,
  casePage,
  draftBody,
  draftSchema,
  draftUpdateBody,
  idempotencyHeaders,
  intakeBody,
  listQuery,
  notificationsSchema,
  publicStatusSchema,
  transitionBody,
  uploadSchema,
} from './schemas.js';
import { createdCaseDetail } from './detail.js';
import { registerIntake, submitApplication, uploadMaterial } from './submission.js';
import { transition } from './transitions.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['cases 办件'];

function idempotencyKey(headers: { 'idempotency-key'?: string | undefined }): string {
  const key = headers['idempotency-key'];
  if (!key) throw new DomainError('case.idempotency_key_required');
  return key;
}

export const caseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/uploads',
    {
      schema: {
        summary: '上传申报材料 Upload a material (PDF, JPEG, PNG; ≤ 10 MB; type checked by content)',
        tags,
        consumes: ['multipart/form-data'],
        response: { 201: uploadSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new DomainError('request.unsupported_media_type');
      const part = await req.file();
      if (!part) throw new DomainError('file.missing');
      const bytes = await part.toBuffer();
      return reply.status(201).send(await uploadMaterial(ctx, req.actor, metaOf(req), bytes, part.filename));
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        summary: '网上申报 Submit an online application (applicant, or an agent for a resident)',
        tags,
        headers: idempotencyHeaders,
        body: applicationBody,
        response: { 201: caseDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await submitApplication(ctx, req.actor, metaOf(req), req.body, idempotencyKey(req.headers));
      const detail = await createdCaseDetail(ctx, req.actor, created);
      return reply.status(201).send(detail ?? (await queries.caseDetail(ctx, req.actor, created.id)));
    },
  );

  app.post(
    '/api/intake',
    {
      schema: {
        summary: '收件登记 Register a walk-in application at the window',
        tags,
        headers: idempotencyHeaders,
        body: intakeBody,
        response: { 201: caseDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await registerIntake(ctx, req.actor, metaOf(req), req.body, idempotencyKey(req.headers));
      const detail = await createdCaseDetail(ctx, req.actor, created);
      return reply.status(201).send(detail ?? (await queries.caseDetail(ctx, req.actor, created.id)));
    },
  );

  app.get(
    '/api/intake/items',
    {
      schema: {
        summary: '可收件事项 Items this window clerk may take in (own window; township intake of higher items)',
        tags,
        querystring: noQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                centreName: z.string(),
                departmentName: z.string(),
                windowName: z.string(),
                publishedVersionId: z.uuid(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => queries.intakeItemsFor(ctx, req.actor),
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        summary: '办件详情 A case with its steps, history, materials, clock and the actions open to me',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    (req) => queries.caseDetail(ctx, req.actor, req.params.id),
  );

  app.post(
    '/api/cases/:id/transitions',
    {
      schema: {
        summary: '办理 Take an action on a case (accept, supplement, review, decide …) at the version seen',
        tags,
        params: uuidParam,
        body: transitionBody,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (req) => {
      await transition(ctx, req.actor, metaOf(req), req.params.id, req.body);
      return queries.caseDetail(ctx, req.actor, req.params.id);
    },
  );

  app.get(
    '/api/cases/:id/materials/:materialId',
    {
      schema: {
        summary: '材料下载 Download a case material (parties and supervisors in reach)',
        tags,
        params: z.strictObject({ id: z.uuid(), materialId: z.uuid() }),
        querystring: noQuery,
        response: { 200: z.any().meta({ description: 'the file' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      return sendFile(reply, await queries.materialFile(ctx, req.actor, req.params.id, req.params.materialId));
    },
  );

  app.get(
    '/api/workbench/queue',
    {
      schema: {
        summary: '办件队列 The cases of my window, department or centre, by deadline',
        tags,
        querystring: listQuery,
        response: { 200: casePage, ...errorResponses },
      },
    },
    (req) => queries.listCases(ctx, req.actor, req.query),
  );

  app.get(
    '/api/my/cases',
    {
      schema: {
        summary: '我的办件 My cases',
        tags,
        querystring: listQuery,
        response: { 200: casePage, ...errorResponses },
      },
    },
    (req) => {
      if (req.actor?.kind !== 'person') throw new DomainError(req.actor ? 'auth.forbidden' : 'auth.required');
      return queries.listCases(ctx, req.actor, { ...req.query, sort: 'submitted' });
    },
  );

  app.get(
    '/api/my/notifications',
    {
      schema: {
        summary: '消息 My in-app notifications about my cases',
        tags,
        querystring: noQuery,
        response: { 200: notificationsSchema, ...errorResponses },
      },
    },
    (req) => queries.myNotifications(ctx, req.actor, langFromAcceptLanguage(req.headers['accept-language'])),
  );

  app.get(
    '/api/case-status',
    {
      config: {
        rateLimit: { max: Math.max(10, Math.floor(ctx.config.loginRateLimitPerMinute * 3)), timeWindow: 60_000 },
      },
      schema: {
        summary: '办件查询 Public status look-up by case number and query code (no personal data)',
        tags,
        querystring: z.strictObject({
          caseNo: z.string().trim().min(6).max(50),
          queryCode: z.string().trim().min(4).max(16),
        }),
        response: { 200: publicStatusSchema, ...errorResponses },
      },
    },
    (req) => queries.publicStatus(ctx, req.query.caseNo, req.query.queryCode),
  );

  app.get(
    '/api/case-drafts',
    {
      schema: {
        summary: '草稿 My drafts',
        tags,
        querystring: noQuery,
        response: { 200: z.object({ items: z.array(draftSchema) }), ...errorResponses },
      },
    },
    (req) => drafts.listDrafts(ctx, req.actor),
  );
  app.post(
    '/api/case-drafts',
    {
      schema: {
        summary: '保存草稿 Save a new draft',
        tags,
        body: draftBody,
        response: { 201: draftSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await drafts.createDraft(ctx, req.actor, metaOf(req), req.body)),
  );
  app.get(
    '/api/case-drafts/:id',
    {
      schema: {
        summary: '草稿 One draft',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: draftSchema, ...errorResponses },
      },
    },
    (req) => drafts.getDraft(ctx, req.actor, req.params.id),
  );
  app.put(
    '/api/case-drafts/:id',
    {
      schema: {
        summary: '保存草稿 Update a draft at the version seen',
        tags,
        params: uuidParam,
        body: draftUpdateBody,
        response: { 200: draftSchema, ...errorResponses },
      },
    },
    (req) => drafts.saveDraft(ctx, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/api/case-drafts/:id',
    {
      schema: {
        summary: '删除草稿 Delete a draft',
        tags,
        params: uuidParam,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await drafts.deleteDraft(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
