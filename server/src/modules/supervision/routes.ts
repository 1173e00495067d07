import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import {
  caseUrgesSchema,
  listQuery,
  replyBody,
  urgeBody,
  urgePageSchema,
  urgeSchema,
  windowsSchema,
} from './schemas.js';
import * as service from './service.js';

const tags = ['supervision 督办监督'];

/** 督办 (R-SUP-1) and the supervision view of cards per window (R-SUP-3, R-NEW-3). Thin: each route validates and calls the service. */
export const supervisionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/cases/:id/urges',
    {
      schema: {
        summary: '办件督办 The case’s urges and what the caller may do (the case’s readers)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: caseUrgesSchema, ...errorResponses },
      },
    },
    (req) => service.caseUrges(ctx, req.actor, req.params.id),
  );

  app.post(
    '/api/cases/:id/urges',
    {
      schema: {
        summary: '督办 A supervisor over the deciding centre urges an open case, with a reply time limit',
        tags,
        params: uuidParam,
        body: urgeBody,
        response: { 201: urgeSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.urgeCase(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/urges/:id/reply',
    {
      schema: {
        summary: '督办回复 The case’s window clerk, approver or department head replies to an urge',
        tags,
        params: uuidParam,
        body: replyBody,
        response: { 200: urgeSchema, ...errorResponses },
      },
    },
    (req) => service.replyToUrge(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/urges',
    {
      schema: {
        summary: '督办件列表 Urges in the caller’s scope (window, department, or centres in reach)',
        tags,
        querystring: listQuery,
        response: { 200: urgePageSchema, ...errorResponses },
      },
    },
    (req) => service.listUrges(ctx, req.actor, req.query),
  );

  app.get(
    '/api/supervision/windows',
    {
      schema: {
        summary:
          '办件监督 Per window in the supervisor’s reach: open cases, yellow and red cards, open and overdue urges',
        tags,
        querystring: noQuery,
        response: { 200: windowsSchema, ...errorResponses },
      },
    },
    (req) => service.windowSummary(ctx, req.actor),
  );
};
