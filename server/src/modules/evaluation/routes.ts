import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { caseParams } from '../messaging/schemas.js';
import {
  answerBody,
  caseEvaluationSchema,
  codeRateBody,
  codeRateResult,
  evaluationPageSchema,
  evaluationSchema,
  listQuery,
  rateBody,
  reviewBody,
  summarySchema,
} from './schemas.js';
import { registerEvaluationHooks } from './lookup.js';
import * as service from './service.js';

const tags = ['evaluation 好差评'];

/** 好差评 (R-NEW-1) and the kiosk's vote (R-KIO-3). Thin: each route validates and calls the service. */
export const evaluationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  registerEvaluationHooks();
  app.get(
    '/api/cases/:id/evaluation',
    {
      schema: {
        summary: '办件评价 The case’s rating and what the caller may do with it (the case’s readers)',
        tags,
        params: caseParams,
        querystring: noQuery,
        response: { 200: caseEvaluationSchema, ...errorResponses },
      },
    },
    (req) => service.caseEvaluation(ctx, req.actor, req.params.id),
  );

  app.post(
    '/api/cases/:id/evaluation',
    {
      schema: {
        summary: '评价 The applicant rates an ended case, once (a poor rating opens a follow-up)',
        tags,
        params: caseParams,
        body: rateBody,
        response: { 201: evaluationSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.rateCase(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/case-status/evaluation',
    {
      // As the look-up it follows: numbers and codes must not be guessable by trying.
      config: {
        rateLimit: { max: Math.max(10, Math.floor(ctx.config.loginRateLimitPerMinute * 3)), timeWindow: 60_000 },
      },
      schema: {
        summary: '触摸屏评价 Rate a case by its number and query code (the hall kiosk; no login)',
        tags,
        body: codeRateBody,
        response: { 201: codeRateResult, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.rateByCode(ctx, metaOf(req), req.body)),
  );

  app.get(
    '/api/evaluations',
    {
      schema: {
        summary: '评价列表 Ratings in the caller’s scope (window, department, or centres in reach)',
        tags,
        querystring: listQuery,
        response: { 200: evaluationPageSchema, ...errorResponses },
      },
    },
    (req) => service.listEvaluations(ctx, req.actor, req.query),
  );

  app.get(
    '/api/evaluations/summary',
    {
      schema: {
        summary: '评价统计 Ratings per window in scope: counts per level, satisfaction, open and overdue follow-ups',
        tags,
        querystring: noQuery,
        response: { 200: summarySchema, ...errorResponses },
      },
    },
    (req) => service.evaluationSummary(ctx, req.actor),
  );

  app.post(
    '/api/evaluations/:id/answer',
    {
      schema: {
        summary: '差评整改 The window answers a poor rating’s follow-up (the case’s window clerk or department head)',
        tags,
        params: caseParams,
        body: answerBody,
        response: { 200: evaluationSchema, ...errorResponses },
      },
    },
    (req) => service.answerFollowUp(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/evaluations/:id/review',
    {
      schema: {
        summary: '核实办结 A supervisor in reach closes the follow-up or sends it back to the window',
        tags,
        params: caseParams,
        body: reviewBody,
        response: { 200: evaluationSchema, ...errorResponses },
      },
    },
    (req) => service.reviewFollowUp(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );
};
