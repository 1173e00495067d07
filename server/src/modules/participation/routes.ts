import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import {
  answerBody,
  closeBody,
  contactsSchema,
  countsSchema,
  inboxQuery,
  inboxSchema,
  lookupBody,
  lookupSchema,
  publishBody,
  publishedQuery,
  publishedSchema,
  reassignBody,
  staffMessageSchema,
  submitBody,
  submitResult,
} from './schemas.js';
import * as service from './service.js';

const tags = ['participation 公众参与'];

/** 公众参与 (R-WEB-4) and 问题反馈 (R-OPS-5). Thin: each route validates and calls the service. */
export const participationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // As the public case look-up: a number and code must not be guessable by trying, and an
  // anonymous form must not be usable to flood a window's list.
  const publicLimit = {
    rateLimit: { max: Math.max(10, Math.floor(ctx.config.loginRateLimitPerMinute * 3)), timeWindow: 60_000 },
  };

  app.post(
    '/api/participation/messages',
    {
      config: publicLimit,
      schema: {
        summary: '留言 Write to a centre: 咨询, 投诉, 主任信箱, 建议 (no login needed), or 问题反馈 (logged in)',
        tags,
        body: submitBody,
        response: { 201: submitResult, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.submitMessage(ctx, req.actor, metaOf(req), req.body)),
  );

  app.post(
    '/api/participation/lookup',
    {
      config: publicLimit,
      schema: {
        summary: '留言查询 Look a message and its answer up by number and query code (no login)',
        tags,
        body: lookupBody,
        response: { 200: lookupSchema, ...errorResponses },
      },
    },
    (req) => service.lookupMessage(ctx, req.body),
  );

  app.get(
    '/api/participation/published',
    {
      schema: {
        summary: '已公开答复 Published questions and answers, without personal data (public)',
        tags,
        querystring: publishedQuery,
        response: { 200: publishedSchema, ...errorResponses },
      },
    },
    (req) => service.listPublished(ctx, req.query),
  );

  app.get(
    '/api/participation/centres/:id/contacts',
    {
      schema: {
        summary: '投诉电话与联系方式 The centre’s complaint telephone and its windows’ telephones (public)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: contactsSchema, ...errorResponses },
      },
    },
    (req) => service.centreContacts(ctx, req.params.id),
  );

  app.get(
    '/api/participation/inbox',
    {
      schema: {
        summary:
          '留言办理 Messages in the caller’s reach (window, department, centres; problem reports for administrators)',
        tags,
        querystring: inboxQuery,
        response: { 200: inboxSchema, ...errorResponses },
      },
    },
    (req) => service.inbox(ctx, req.actor, req.query),
  );

  app.get(
    '/api/participation/inbox/counts',
    {
      schema: {
        summary: '留言统计 Messages waiting, late and answered in the caller’s reach (home card)',
        tags,
        querystring: noQuery,
        response: { 200: countsSchema, ...errorResponses },
      },
    },
    (req) => service.inboxCounts(ctx, req.actor),
  );

  app.get(
    '/api/participation/messages/:id',
    {
      schema: {
        summary: '留言详情 One message as its handling staff see it',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: staffMessageSchema, ...errorResponses },
      },
    },
    (req) => service.messageDetail(ctx, req.actor, req.params.id),
  );

  const move = <B extends { version: number }>(
    path: string,
    summary: string,
    body: ZodType<B>,
    input: (b: B) => Parameters<typeof service.moveMessage>[4],
  ) =>
    app.post(
      `/api/participation/messages/:id/${path}`,
      { schema: { summary, tags, params: uuidParam, body, response: { 200: staffMessageSchema, ...errorResponses } } },
      (req) => service.moveMessage(ctx, req.actor, metaOf(req), req.params.id, input(req.body as B)),
    );

  move('answer', '答复 Answer (or revise the answer to) a message in reach', answerBody, (b) => ({
    move: 'answer',
    ...b,
  }));
  move(
    'reassign',
    '改派 A supervisor sends an unanswered message to another window of its centre',
    reassignBody,
    (b) => ({
      move: 'reassign',
      ...b,
    }),
  );
  move('publish', '公开 A supervisor publishes an answered message whose writer agreed', publishBody, (b) => ({
    move: 'publish',
    ...b,
  }));
  move('close', '关闭 Close a message without publishing it, saying why', closeBody, (b) => ({ move: 'close', ...b }));
};
