import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import * as cases from './service.js';

const tags = ['cases 办件'];
const caseSchema = z
  .object({
    id: z.uuid(),
    caseNo: z.string(),
    queryCode: z.string(),
    itemName: z.string(),
    itemVersionId: z.uuid(),
    status: z.string(),
    submittedAt: z.string(),
    steps: z.array(
      z.object({
        seq: z.number().int(),
        key: z.string(),
        name: z.string(),
        role: z.string(),
        status: z.string(),
        limit: z.object({ value: z.number(), unit: z.string(), explanation: z.string() }),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });

export const caseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/cases',
    {
      schema: {
        summary: '网上申报 Submit an online application for an item’s current version',
        tags,
        body: z.strictObject({ itemId: z.uuid(), formData: z.record(z.string(), z.unknown()) }),
        response: { 201: caseSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await cases.submitApplication(ctx, req.actor, metaOf(req), req.body)),
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        summary: '我的办件 One of my cases with its steps',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    (req) => cases.getCase(ctx, req.actor, req.params.id),
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
        response: {
          200: z.object({
            caseNo: z.string(),
            itemName: z.string(),
            departmentName: z.string(),
            status: z.string(),
            submittedAt: z.string(),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => cases.publicStatus(ctx, req.query.caseNo, req.query.queryCode),
  );
};
