import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { okBody, uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import * as notifications from './notification-service.js';
import {
  deliveriesSchema,
  deliveryQuery,
  preferencesBody,
  preferencesSchema,
  retryBody,
  templateBody,
  templateParams,
  templatesSchema,
  versionQuery,
} from './schemas.js';

const tags = ['messaging 沟通与通知'];

/** Preferences (applicants), templates, the outbox page and dead letters (supervisors). */
export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/my/notification-preferences',
    {
      schema: {
        summary: '通知设置 How I am told of my cases: SMS, e-mail, language',
        tags,
        querystring: noQuery,
        response: { 200: preferencesSchema, ...errorResponses },
      },
    },
    (req) => notifications.getPreferences(ctx, req.actor),
  );
  app.put(
    '/api/my/notification-preferences',
    {
      schema: {
        summary: '保存通知设置 Save my notification preferences at the version seen',
        tags,
        body: preferencesBody,
        response: { 200: preferencesSchema, ...errorResponses },
      },
    },
    (req) => notifications.savePreferences(ctx, req.actor, metaOf(req), req.body),
  );

  app.get(
    '/api/notification-templates',
    {
      schema: {
        summary: '通知模板 SMS and e-mail wording per case event, Chinese and English (supervisors)',
        tags,
        querystring: noQuery,
        response: { 200: templatesSchema, ...errorResponses },
      },
    },
    (req) => notifications.listTemplates(ctx, req.actor),
  );
  app.put(
    '/api/notification-templates/:topic/:channel',
    {
      schema: {
        summary: '修改通知模板 Edit a template (supervisors of a top-level centre); fields {{caseNo}} …',
        tags,
        params: templateParams,
        body: templateBody,
        response: { 200: templatesSchema, ...errorResponses },
      },
    },
    (req) => notifications.saveTemplate(ctx, req.actor, metaOf(req), req.params.topic, req.params.channel, req.body),
  );
  app.delete(
    '/api/notification-templates/:topic/:channel',
    {
      schema: {
        summary: '恢复默认模板 Back to the default wording',
        tags,
        params: templateParams,
        querystring: versionQuery,
        response: { 200: templatesSchema, ...errorResponses },
      },
    },
    (req) =>
      notifications.resetTemplate(ctx, req.actor, metaOf(req), req.params.topic, req.params.channel, req.query.version),
  );

  app.get(
    '/api/notification-deliveries',
    {
      schema: {
        summary: '短信邮件发送记录 Outbox page and dead letters: notifications of cases in my reach (supervisors)',
        tags,
        querystring: deliveryQuery,
        response: { 200: deliveriesSchema, ...errorResponses },
      },
    },
    (req) => notifications.listDeliveries(ctx, req.actor, req.query),
  );
  app.post(
    '/api/notification-deliveries/:id/retry',
    {
      schema: {
        summary: '重新发送 Put a dead letter back in the queue',
        tags,
        params: uuidParam,
        body: retryBody,
        response: { 200: okBody, ...errorResponses },
      },
    },
    (req) => notifications.retryDelivery(ctx, req.actor, metaOf(req), req.params.id, req.body.version),
  );
};
