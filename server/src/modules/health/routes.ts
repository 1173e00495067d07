import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { readHealth } from './service.js';
import { DEMO_PASSWORD, demoAccountList } from '../../seed/demo-accounts.js';

const healthBody = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      mode: z.enum(['embedded', 'server']),
      reachable: z.boolean(),
      migration: z.string().nullable(),
      latestMigration: z.string(),
      checkedAt: z.string().meta({
        description: '数据库探测时间（每秒最多一次） when the database was last probed (at most once a second)',
      }),
    }),
    version: z.string(),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });

const siteBody = z
  .object({
    centreName: z.string(),
    centreNameEn: z.string(),
    demo: z.boolean(),
    demoAccounts: z
      .array(z.object({ kind: z.enum(['staff', 'person']), account: z.string(), description: z.string() }))
      .meta({ description: '仅演示模式 Demo accounts, only in demo mode' }),
    demoPassword: z.string().nullable(),
  })
  .meta({ id: 'SiteInfo' });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: '健康检查 Service health: status, database mode and migration version',
        tags: ['platform'],
        querystring: noQuery,
        response: { 200: healthBody, 503: healthBody, ...errorResponses },
      },
      config: { rateLimit: false },
    },
    async (_req, reply) => {
      const health = await readHealth(ctx);
      return reply.status(health.status === 'ok' ? 200 : 503).send(health);
    },
  );

  app.get(
    '/api/site',
    {
      schema: {
        summary: '站点信息 Site information shown in the web header',
        tags: ['platform'],
        querystring: noQuery,
        response: { 200: siteBody, ...errorResponses },
      },
    },
    () => ({
      centreName: ctx.config.centreName,
      centreNameEn: ctx.config.centreNameEn,
      demo: ctx.config.demoData,
      demoAccounts: ctx.config.demoData ? demoAccountList() : [],
      demoPassword: ctx.config.demoData ? DEMO_PASSWORD : null,
    }),
  );
};
