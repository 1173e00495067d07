import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { fastSerializerCompiler } from './platform/http/fast-serializer.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { caseRoutes } from './modules/cases/routes.js';
import { noticeRoutes } from './modules/notices/routes.js';
import { itemRoutes, publicCatalogueRoutes } from './modules/catalogue/routes.js';
import { fileRoutes } from './modules/files/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { messagingRoutes } from './modules/messaging/routes.js';
import { jointRoutes } from './modules/joint/routes.js';
import { evaluationRoutes } from './modules/evaluation/routes.js';
import { supervisionRoutes } from './modules/supervision/routes.js';
import { exchangeRoutes } from './modules/exchange/routes.js';
import { contentRoutes } from './modules/content/routes.js';
import { participationRoutes } from './modules/participation/routes.js';
import { feeRoutes } from './modules/fees/routes.js';
import { applicantRoutes } from './modules/identity/applicant-routes.js';
import { auditRoutes } from './modules/identity/audit-routes.js';
import { authRoutes } from './modules/identity/auth-routes.js';
import { registerSessionHook } from './modules/identity/http-session.js';
import { staffRoutes } from './modules/identity/staff-routes.js';
import { orgRoutes } from './modules/org/routes.js';
import type { AppContext } from './platform/app-context.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerSecurity, securityHeaders } from './platform/http/security.js';
import { registerWebApp } from './platform/http/web-app.js';
import { loggerOptions } from './platform/logging.js';

export type RegisteredRoute = Pick<RouteOptions, 'method' | 'url' | 'schema'>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, for the OpenAPI completeness test. */
    routeCatalogue: RegisteredRoute[];
  }
}

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(ctx.config),
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: ctx.config.env === 'production' ? 'loopback' : false,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  app.decorate('routeCatalogue', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    app.routeCatalogue.push({ method: route.method, url: route.url, schema: route.schema });
  });
  // Headers every response carries, set before any handler runs (a handler may still override
  // cache-control, e.g. for published form downloads). A plain hook: no promise per request.
  const headers = securityHeaders(ctx.config);
  const apiHeaders = { ...headers, 'cache-control': 'no-store' };
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    reply.header('x-request-id', request.id);
    done();
  });

  registerErrorHandling(app);
  await registerSecurity(app, ctx.config);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  registerSessionHook(app, ctx);
  await registerOpenApi(app);

  for (const routes of [
    healthRoutes,
    orgRoutes,
    authRoutes,
    staffRoutes,
    applicantRoutes,
    auditRoutes,
    fileRoutes,
    itemRoutes,
    publicCatalogueRoutes,
    caseRoutes,
    noticeRoutes,
    calendarRoutes,
    messagingRoutes,
    jointRoutes,
    feeRoutes,
    evaluationRoutes,
    supervisionRoutes,
    exchangeRoutes,
    contentRoutes,
    participationRoutes,
  ]) {
    await app.register(routes, { ctx });
  }

  await registerWebApp(app);
  return app;
}
