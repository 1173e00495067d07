import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { okBody } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './http-session.js';
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  loginPerson,
  loginStaff,
  startTotpEnrolment,
} from './login-service.js';
import { describeMe, windowsInScope } from './me-service.js';
import { chooseActingEnterprise } from './applicant-service.js';
import { chooseActingRole, logout, type NewSession, resolveSession } from './session-service.js';
import { meSchema } from './views.js';
import { windowView } from '../org/views.js';

const tags = ['auth 登录与会话'];

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Per address; per account, five failures lock for 15 minutes (see login-service).
  const loginLimit = { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: 60_000 } };
  const me = async (req: Parameters<typeof metaOf>[0]) => describeMe(ctx, req.actor, req.csrfToken);
  const meOfNewSession = async (session: NewSession) =>
    describeMe(ctx, (await resolveSession(ctx, session.token)).actor, session.csrfToken);

  app.get(
    '/api/auth/me',
    {
      schema: {
        summary: '当前用户 Who is logged in, their posts and CSRF token',
        tags,
        querystring: noQuery,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    (req) => me(req),
  );

  app.post(
    '/api/auth/staff/login',
    {
      config: loginLimit,
      schema: {
        summary: '工作人员登录 Staff login (TOTP for administrators)',
        tags,
        body: z.strictObject({
          username: z.string().trim().min(1).max(64),
          password: z.string().min(1).max(200),
          totpCode: z
            .string()
            .regex(/^\d{6}$/)
            .optional(),
          recoveryCode: z.string().min(4).max(40).optional(),
        }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const session = await loginStaff(ctx, metaOf(req), req.body);
      setSessionCookie(ctx, reply, session);
      return meOfNewSession(session);
    },
  );

  app.post(
    '/api/auth/applicant/login',
    {
      config: loginLimit,
      schema: {
        summary: '申请人登录 Applicant login by ID number or mobile',
        tags,
        body: z.strictObject({ account: z.string().trim().min(6).max(32), password: z.string().min(1).max(200) }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const session = await loginPerson(ctx, metaOf(req), req.body);
      setSessionCookie(ctx, reply, session);
      return meOfNewSession(session);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        summary: '退出登录 Log out (ends the session on the server)',
        tags,
        body: z.strictObject({ everywhere: z.boolean().default(false) }),
        response: { 200: okBody, ...errorResponses },
      },
    },
    async (req, reply) => {
      await logout(ctx, req.actor, metaOf(req), req.body.everywhere);
      clearSessionCookie(ctx, reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/acting-role',
    {
      schema: {
        summary: '选择岗位 Choose which post (window, department, centre) to act for',
        tags,
        body: z.strictObject({ roleId: z.uuid() }),
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req) => {
      await chooseActingRole(ctx, req.actor, metaOf(req), req.body.roleId);
      const resolved = await resolveSession(ctx, req.cookies[sessionCookieName(ctx)]);
      return describeMe(ctx, resolved.actor, req.csrfToken);
    },
  );

  app.post(
    '/api/auth/acting-enterprise',
    {
      schema: {
        summary: '以企业身份办理 Act for an enterprise one is authorised for (null: for oneself)',
        tags,
        body: z.strictObject({ enterpriseId: z.uuid().nullable() }),
        response: { 200: okBody, ...errorResponses },
      },
    },
    async (req) => {
      await chooseActingEnterprise(ctx, req.actor, metaOf(req), req.body.enterpriseId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        summary: '修改密码 Change one’s own password (staff)',
        tags,
        body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 200: okBody, ...errorResponses },
      },
    },
    async (req) => {
      await changeOwnPassword(ctx, req.actor, metaOf(req), req.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      schema: {
        summary: '绑定动态验证码 Start TOTP enrolment',
        tags,
        body: z.strictObject({}),
        response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...errorResponses },
      },
    },
    (req) => startTotpEnrolment(ctx, req.actor, metaOf(req)),
  );

  app.post(
    '/api/auth/totp/confirm',
    {
      schema: {
        summary: '确认动态验证码 Confirm TOTP enrolment; returns one-time recovery codes',
        tags,
        body: z.strictObject({ code: z.string().regex(/^\d{6}$/) }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...errorResponses },
      },
    },
    (req) => confirmTotpEnrolment(ctx, req.actor, metaOf(req), req.body.code),
  );

  app.get(
    '/api/me/windows',
    {
      schema: {
        summary: '可见窗口 Windows whose cases the acting post may see',
        tags,
        querystring: noQuery,
        response: { 200: z.array(windowView.schema), ...errorResponses },
      },
    },
    async (req) => (await windowsInScope(ctx, req.actor)).map(windowView.of),
  );
};
