import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { langFromAcceptLanguage } from '../../platform/errors.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { forgetHub, hubFor } from './live.js';
import { notificationRoutes } from './notification-routes.js';
import * as replies from './ready-replies.js';
import {
  attachmentParams,
  caseParams,
  conversationQuery,
  conversationSchema,
  messageBody,
  messageSchema,
  readBody,
  readResult,
  readyReplyBody,
  readyReplySchema,
  readyRepliesSchema,
  readyReplyUpdate,
  streamQuery,
  versionQuery,
} from './schemas.js';
import { attachmentFile, listConversation, markConversationRead, postMessage } from './service.js';
import { openStream, resumePoint } from './stream.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['messaging 沟通与通知'];

export const messagingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const hub = hubFor(ctx, app.log);
  // Before the server stops accepting: open streams would otherwise hold the close up.
  app.addHook('preClose', async () => {
    await hub.stop();
    forgetHub(ctx);
  });

  app.get(
    '/api/cases/:id/messages',
    {
      schema: {
        summary: '办件沟通 The conversation of a case (parties; supervisors in reach read)',
        tags,
        params: caseParams,
        querystring: conversationQuery,
        response: { 200: conversationSchema, ...errorResponses },
      },
    },
    (req) => listConversation(ctx, req.actor, req.params.id, req.query),
  );

  app.post(
    '/api/cases/:id/messages',
    {
      schema: {
        summary: '发送消息 Post a message (text ≤ 2,000 characters, ≤ 5 uploaded attachments)',
        tags,
        params: caseParams,
        body: messageBody,
        response: { 201: messageSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await postMessage(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/cases/:id/messages/read',
    {
      schema: {
        summary: '已读回执 Mark the conversation read up to a message',
        tags,
        params: caseParams,
        body: readBody,
        response: { 200: readResult, ...errorResponses },
      },
    },
    (req) => markConversationRead(ctx, req.actor, req.params.id, req.body.seq),
  );

  app.get(
    '/api/cases/:id/stream',
    {
      schema: {
        summary: '实时推送 Server-sent events of the conversation (message, read; heartbeat every 20 s)',
        tags,
        params: caseParams,
        querystring: streamQuery,
        produces: ['text/event-stream'],
        response: { 200: z.string().meta({ description: 'text/event-stream' }), ...errorResponses },
      },
    },
    (req, reply) => openStream(ctx, hub, req, reply, req.params.id, resumePoint(req, req.query.after)),
  );

  app.get(
    '/api/cases/:id/message-attachments/:attachmentId',
    {
      schema: {
        summary: '消息附件 Download an attachment of a message (the case’s readers)',
        tags,
        params: attachmentParams,
        querystring: noQuery,
        response: { 200: z.any().meta({ description: 'the file' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      return sendFile(reply, await attachmentFile(ctx, req.actor, req.params.id, req.params.attachmentId));
    },
  );

  app.get(
    '/api/ready-replies',
    {
      schema: {
        summary: '常用语 My ready replies and my window’s shared ones (officers)',
        tags,
        querystring: noQuery,
        response: { 200: readyRepliesSchema, ...errorResponses },
      },
    },
    (req) => replies.listReadyReplies(ctx, req.actor, langFromAcceptLanguage(req.headers['accept-language'])),
  );
  app.post(
    '/api/ready-replies',
    {
      schema: {
        summary: '新增常用语 Add a ready reply (own, or shared with my window)',
        tags,
        body: readyReplyBody,
        response: { 201: readyReplySchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await replies.createReadyReply(ctx, req.actor, req.body)),
  );
  app.put(
    '/api/ready-replies/:id',
    {
      schema: {
        summary: '修改常用语 Change a ready reply at the version seen',
        tags,
        params: uuidParam,
        body: readyReplyUpdate,
        response: { 200: readyReplySchema, ...errorResponses },
      },
    },
    (req) => replies.updateReadyReply(ctx, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/api/ready-replies/:id',
    {
      schema: {
        summary: '删除常用语 Delete a ready reply at the version seen',
        tags,
        params: uuidParam,
        querystring: versionQuery,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await replies.deleteReadyReply(ctx, req.actor, req.params.id, req.query.version);
      return reply.status(204).send(null);
    },
  );

  await app.register(notificationRoutes, { ctx });
};
