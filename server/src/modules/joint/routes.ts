import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { registerJointLifecycle } from './lifecycle.js';
import { forgetJointHub, jointHubFor } from './live.js';
import { getSetting, jointFile, listJoint, putSetting, viewJoint, viewJointOfCase } from './queries.js';
import * as s from './schemas.js';
import * as lead from './service.js';
import { openJointStream } from './stream.js';
import * as co from './sub-cases.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['joint 联办件'];
const view = { 200: s.jointViewSchema, ...errorResponses };

export const jointRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  registerJointLifecycle();
  const hub = jointHubFor(ctx, app.log);
  app.addHook('preClose', async () => {
    await hub.stop();
    forgetJointHub(ctx);
  });

  app.get(
    '/api/joint-cases',
    {
      schema: {
        summary: '我的联办件 Joint cases the acting window or department leads or helps in',
        tags,
        querystring: noQuery,
        response: { 200: s.jointListSchema, ...errorResponses },
      },
    },
    (req) => listJoint(ctx, req.actor),
  );
  app.get(
    '/api/joint-cases/:id',
    {
      schema: {
        summary: '联办件 A joint case: stages, departments, opinions, steps, materials',
        tags,
        params: s.jointParams,
        querystring: noQuery,
        response: view,
      },
    },
    (req) => viewJoint(ctx, req.actor, req.params.id),
  );
  app.get(
    '/api/cases/:caseId/joint',
    {
      schema: {
        summary: '办件的联办信息 The joint case of a lead case (joint: null when it is not joint)',
        tags,
        params: s.caseParams,
        querystring: noQuery,
        response: { 200: z.object({ joint: s.jointViewSchema.nullable() }), ...errorResponses },
      },
    },
    (req) => viewJointOfCase(ctx, req.actor, req.params.caseId),
  );
  app.get(
    '/api/joint-cases/:id/stream',
    {
      schema: {
        summary: '联办件实时推送 Server-sent events: `changed` with the change number (reload the view)',
        tags,
        params: s.jointParams,
        querystring: noQuery,
        produces: ['text/event-stream'],
        response: { 200: z.string().meta({ description: 'text/event-stream' }), ...errorResponses },
      },
    },
    (req, reply) => openJointStream(ctx, hub, req, reply, req.params.id),
  );

  app.get(
    '/api/joint-cases/:id/files/:sha256',
    {
      schema: {
        summary: '联办文件 An inspection photo, lead-case material or joint notice PDF, for every participant',
        tags,
        params: s.fileParams,
        querystring: noQuery,
        response: { 200: z.any().meta({ description: 'the file' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const f = await jointFile(ctx, req.actor, req.params.id, req.params.sha256);
      return sendFile(reply, { ...f, disposition: 'inline' });
    },
  );

  /** A lead-window action: applies, then answers with the updated view. */
  const leadAction = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (
      id: string,
      b: z.infer<B>,
      meta: ReturnType<typeof metaOf>,
      actor: Parameters<typeof viewJoint>[1],
    ) => Promise<void>,
  ) =>
    app.post(
      `/api/joint-cases/:id/${path}`,
      { schema: { summary, tags, params: s.jointParams, body, response: view } },
      async (req) => {
        await run(req.params.id, req.body as z.infer<B>, metaOf(req), req.actor);
        return viewJoint(ctx, req.actor, req.params.id);
      },
    );
  leadAction(
    'inspection',
    '联合踏勘记录 Record the joint site inspection (lead; ≥ 2 staff)',
    s.inspectionBody,
    (id, b, m, a) => lead.recordInspection(ctx, a, m, id, b),
  );
  leadAction(
    'meeting',
    '联合会审记录 Record the joint review meeting (lead; absent = deemed agreement)',
    s.meetingBody,
    (id, b, m, a) => lead.recordMeeting(ctx, a, m, id, b),
  );
  leadAction('start', '正式启动 Formal start, issuing the 联办件启动通知书 (lead)', s.startBody, (id, b, m, a) =>
    lead.startJoint(ctx, a, m, id, b),
  );
  leadAction(
    'complete',
    '办结 Completion, issuing the 联办件办结通知书 (lead; every sub-case decided)',
    s.versionBody,
    (id, b, m, a) => lead.completeJoint(ctx, a, m, id, b),
  );
  leadAction(
    'extension',
    '延期 Extension by ≤ 15 days approved by the government head (lead, once)',
    s.extensionBody,
    (id, b, m, a) => lead.extendJoint(ctx, a, m, id, b),
  );
  leadAction('windows', '增加协办窗口 Add a co-window at the current stage (lead)', s.addWindowBody, (id, b, m, a) =>
    lead.addWindow(ctx, a, m, id, b),
  );
  leadAction(
    'windows/remove',
    '移除协办窗口 Remove a co-window; its work stays in the history (lead)',
    s.removeWindowBody,
    (id, b, m, a) => lead.removeWindow(ctx, a, m, id, b),
  );

  /** A move on one sub-case. */
  const subAction = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (
      ref: { id: string; subCaseId: string },
      b: z.infer<B>,
      meta: ReturnType<typeof metaOf>,
      actor: Parameters<typeof viewJoint>[1],
    ) => Promise<void>,
  ) =>
    app.post(
      `/api/joint-cases/:id/sub-cases/:subCaseId/${path}`,
      { schema: { summary, tags, params: s.subCaseParams, body, response: view } },
      async (req) => {
        await run(req.params, req.body as z.infer<B>, metaOf(req), req.actor);
        return viewJoint(ctx, req.actor, req.params.id);
      },
    );
  subAction('opinion', '协办意见 A co-window answers the 抄告 with its opinion', s.opinionBody, (r, b, m, a) =>
    co.answerNotice(ctx, a, m, r, b),
  );
  subAction('steps', '子件办理环节 A step of the sub-case’s own review', s.stepBody, (r, b, m, a) =>
    co.recordStep(ctx, a, m, r, b),
  );
  subAction('decision', '子件决定 The department’s decision (approver or head)', s.decisionBody, (r, b, m, a) =>
    co.decideSubCase(ctx, a, m, r, b),
  );
  subAction(
    'deem',
    '视为同意 Deem a silent, overdue co-window to agree (lead; where the centre allows)',
    s.versionBody,
    (r, b, m, a) => lead.deemAgreement(ctx, a, m, r.id, r.subCaseId, b),
  );

  app.get(
    '/api/joint-settings/:centreId',
    {
      schema: {
        summary: '联办设置 Whether silence past the limit counts as agreement (supervisor)',
        tags,
        params: s.centreParams,
        querystring: noQuery,
        response: { 200: s.settingSchema, ...errorResponses },
      },
    },
    (req) => getSetting(ctx, req.actor, req.params.centreId),
  );
  app.put(
    '/api/joint-settings/:centreId',
    {
      schema: {
        summary: '修改联办设置 Set deemed agreement for silent co-windows (supervisor)',
        tags,
        params: s.centreParams,
        body: s.settingBody,
        response: { 200: s.settingSchema, ...errorResponses },
      },
    },
    (req) => putSetting(ctx, req.actor, metaOf(req), req.params.centreId, req.body),
  );
};
