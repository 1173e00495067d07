import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam, versionField } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import * as staff from './staff-service.js';
import { staffSchema } from './views.js';

const tags = ['staff 人员与角色'];
const role = z.enum([
  'window_clerk',
  'approver',
  'department_head',
  'supervisor',
  'agent',
  'system_admin',
  'security_admin',
  'audit_admin',
]);
const binding = { centreId: z.uuid(), departmentId: z.uuid().nullish(), windowId: z.uuid().nullish() };

export const staffRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/staff',
    {
      schema: {
        summary: '人员列表 Staff in the administrator’s centre and below',
        tags,
        querystring: noQuery,
        response: { 200: z.array(staffSchema), ...errorResponses },
      },
    },
    (req) => staff.listStaff(ctx, req.actor, metaOf(req)),
  );

  app.get(
    '/api/staff/:id',
    {
      schema: {
        summary: '人员详情 One staff member with roles',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    (req) => staff.getStaff(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/staff',
    {
      schema: {
        summary: '新增人员 Create a staff account with its first post (system_admin)',
        tags,
        body: z.strictObject({
          username: z
            .string()
            .trim()
            .regex(/^[a-z][a-z0-9_.-]{2,31}$/),
          displayName: z.string().trim().min(1).max(50),
          mobile: z
            .string()
            .regex(/^1\d{10}$/)
            .nullish(),
          initialPassword: z.string().min(1).max(200),
          role,
          ...binding,
        }),
        response: { 201: staffSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await staff.createStaff(ctx, req.actor, metaOf(req), req.body);
      return reply.status(201).send(await staff.getStaff(ctx, req.actor, metaOf(req), created.id));
    },
  );

  app.patch(
    '/api/staff/:id',
    {
      schema: {
        summary: '修改人员 Rename or (de)activate a staff account (system_admin)',
        tags,
        params: uuidParam,
        body: z.strictObject({
          version: versionField,
          displayName: z.string().trim().min(1).max(50).optional(),
          active: z.boolean().optional(),
        }),
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    (req) => staff.updateStaff(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/staff/:id/roles',
    {
      schema: {
        summary: '授予角色 Grant a role bound to a window, department or centre (security_admin)',
        tags,
        params: uuidParam,
        body: z.strictObject({ role, ...binding }),
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    (req) => staff.grantRole(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/staff/:id/roles/:roleId',
    {
      schema: {
        summary: '撤销角色 Revoke a role (security_admin)',
        tags,
        params: z.strictObject({ id: z.uuid(), roleId: z.uuid() }),
        querystring: noQuery,
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    (req) => staff.revokeRole(ctx, req.actor, metaOf(req), req.params.id, req.params.roleId),
  );

  app.post(
    '/api/staff/:id/unlock',
    {
      schema: {
        summary: '解锁账号 Unlock a locked account (security_admin)',
        tags,
        params: uuidParam,
        body: z.strictObject({}),
        response: { 200: staffSchema, ...errorResponses },
      },
    },
    (req) => staff.unlockStaff(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/staff/:id/reset-password',
    {
      schema: {
        summary: '重置密码 Issue a one-time password to be changed at next login (system_admin)',
        tags,
        params: uuidParam,
        body: z.strictObject({}),
        response: { 200: z.object({ temporaryPassword: z.string() }), ...errorResponses },
      },
    },
    (req) => staff.resetPassword(ctx, req.actor, metaOf(req), req.params.id),
  );
};
