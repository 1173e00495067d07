import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam, versionField } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { centreView, departmentView, windowView } from './views.js';
import * as org from './service.js';

const level = z.enum(['city', 'county', 'township', 'community']);
const text = (max: number) => z.string().trim().min(1).max(max);
const centreBody = z.strictObject({
  parentId: z.uuid(),
  level,
  divisionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/),
  name: text(100),
  nameEn: text(200).nullish(),
  address: text(200).nullish(),
  telephone: text(40).nullish(),
  docPrefix: text(10).nullish(),
});
const centrePatch = centreBody
  .pick({ name: true, nameEn: true, address: true, telephone: true, docPrefix: true })
  .partial()
  .extend({ version: versionField });
const departmentBody = z.strictObject({ name: text(100), nameEn: text(200).nullish(), code: text(40).nullish() });
const departmentPatch = departmentBody.partial().extend({ version: versionField });
const windowBody = z.strictObject({
  departmentId: z.uuid(),
  number: text(20),
  name: text(100),
  floor: z.number().int().min(-5).max(50),
  posX: z.number().int().min(0).max(1000).meta({ description: '平面图横坐标 0–1000' }),
  posY: z.number().int().min(0).max(1000).meta({ description: '平面图纵坐标 0–1000' }),
  telephone: text(40).nullish(),
});
const windowPatch = windowBody.omit({ departmentId: true }).partial().extend({ version: versionField });
const tags = ['org 组织机构'];

export const orgRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/org/centres',
    {
      schema: {
        summary: '中心树 The centre tree (public)',
        tags,
        querystring: noQuery,
        response: { 200: z.array(centreView.schema), ...errorResponses },
      },
    },
    async () => (await org.listCentres(ctx)).map(centreView.of),
  );

  app.get(
    '/api/org/centres/:id',
    {
      schema: {
        summary: '中心详情 One centre with its departments (public)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: centreView.schema.extend({ departments: z.array(departmentView.schema) }), ...errorResponses },
      },
    },
    async (req) => {
      const centre = await org.getCentre(ctx, req.params.id);
      const departments = await org.listDepartments(ctx, centre.id);
      return { ...centreView.of(centre), departments: departments.map(departmentView.of) };
    },
  );

  app.post(
    '/api/org/centres',
    {
      schema: {
        summary: '新增下级中心 Add a centre below one in reach (system_admin)',
        tags,
        body: centreBody,
        response: { 201: centreView.schema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(centreView.of(await org.createCentre(ctx, req.actor, metaOf(req), req.body))),
  );

  app.patch(
    '/api/org/centres/:id',
    {
      schema: {
        summary: '修改中心 Update a centre (system_admin)',
        tags,
        params: uuidParam,
        body: centrePatch,
        response: { 200: centreView.schema, ...errorResponses },
      },
    },
    async (req) => centreView.of(await org.updateCentre(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/org/centres/:id/departments',
    {
      schema: {
        summary: '新增部门 Add a department to a centre (system_admin)',
        tags,
        params: uuidParam,
        body: departmentBody,
        response: { 201: departmentView.schema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(departmentView.of(await org.createDepartment(ctx, req.actor, metaOf(req), req.params.id, req.body))),
  );

  app.patch(
    '/api/org/departments/:id',
    {
      schema: {
        summary: '修改部门 Update a department (system_admin)',
        tags,
        params: uuidParam,
        body: departmentPatch,
        response: { 200: departmentView.schema, ...errorResponses },
      },
    },
    async (req) => departmentView.of(await org.updateDepartment(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/org/centres/:id/windows',
    {
      schema: {
        summary: '中心窗口及平面位置 Windows of a centre with floor-plan positions (public)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: z.array(windowView.schema), ...errorResponses },
      },
    },
    async (req) => {
      await org.getCentre(ctx, req.params.id);
      return (await org.listWindows(ctx, { centreId: req.params.id })).map(windowView.of);
    },
  );

  app.post(
    '/api/org/centres/:id/windows',
    {
      schema: {
        summary: '新增窗口 Add a window (system_admin)',
        tags,
        params: uuidParam,
        body: windowBody,
        response: { 201: windowView.schema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const w = await org.createWindow(ctx, req.actor, metaOf(req), req.params.id, req.body);
      const [full] = await org.listWindows(ctx, { windowId: w.id });
      return reply.status(201).send(windowView.of(full!));
    },
  );

  app.patch(
    '/api/org/windows/:id',
    {
      schema: {
        summary: '修改窗口 Update a window and its floor-plan position (system_admin)',
        tags,
        params: uuidParam,
        body: windowPatch,
        response: { 200: windowView.schema, ...errorResponses },
      },
    },
    async (req) => {
      const w = await org.updateWindow(ctx, req.actor, metaOf(req), req.params.id, req.body);
      const [full] = await org.listWindows(ctx, { windowId: w.id });
      return windowView.of(full!);
    },
  );
};
