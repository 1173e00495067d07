import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import * as agent from './agent-service.js';
import * as applicant from './applicant-service.js';
import { authorisationSchema, enterpriseSchema, personSummarySchema } from './views.js';

const tags = ['applicants 申请人与代办'];
const name = z.string().trim().min(1).max(50);
const enterpriseView = (e: Awaited<ReturnType<typeof applicant.myEnterprises>>[number]) => ({
  id: e.id,
  name: e.name,
  creditCode: e.credit_code,
  legalRepresentative: e.legal_representative,
  contactName: e.contact_name,
  contactMobileMasked: e.contact_mobile_masked,
  relation: e.relation,
});

export const applicantRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/applicants/register',
    {
      config: {
        rateLimit: { max: Math.max(5, Math.floor(ctx.config.loginRateLimitPerMinute / 2)), timeWindow: 60_000 },
      },
      schema: {
        summary: '自然人注册 Register as a person (answers the same whether or not already registered)',
        tags,
        body: z.strictObject({
          name,
          idNumber: z.string().trim().min(1).max(18),
          mobile: z.string().trim().min(1).max(11),
          password: z.string().min(1).max(200),
        }),
        response: { 202: z.object({ status: z.literal('registered') }), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(202).send(await applicant.registerPerson(ctx, metaOf(req), req.body)),
  );

  app.get(
    '/api/enterprises',
    {
      schema: {
        summary: '我的企业 Enterprises I am authorised for',
        tags,
        querystring: noQuery,
        response: { 200: z.array(enterpriseSchema), ...errorResponses },
      },
    },
    async (req) => (await applicant.myEnterprises(ctx, req.actor)).map(enterpriseView),
  );

  app.post(
    '/api/enterprises',
    {
      schema: {
        summary: '登记企业 Register an enterprise and become its authorised member',
        tags,
        body: z.strictObject({
          name: z.string().trim().min(2).max(100),
          creditCode: z.string().trim().min(1).max(18),
          legalRepresentative: name,
          contactName: name,
          contactMobile: z.string().trim().min(1).max(11),
        }),
        response: { 201: enterpriseSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(enterpriseView(await applicant.registerEnterprise(ctx, req.actor, metaOf(req), req.body))),
  );

  app.post(
    '/api/agent/residents',
    {
      schema: {
        summary: '登记居民 An agent records a resident to act for (R-ORG-4)',
        tags,
        body: z.strictObject({
          name,
          idNumber: z.string().trim().min(1).max(18),
          mobile: z.string().trim().max(11).nullish(),
        }),
        response: { 200: personSummarySchema, ...errorResponses },
      },
    },
    (req) => agent.recordResident(ctx, req.actor, metaOf(req), req.body),
  );

  app.get(
    '/api/agent/residents/:id',
    {
      schema: {
        summary: '居民信息 A resident this centre holds an authorisation for (masked)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: personSummarySchema, ...errorResponses },
      },
    },
    (req) => agent.residentForAgent(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.get(
    '/api/agent/authorisations',
    {
      schema: {
        summary: '代办授权列表 Authorisations held by this agent’s centre',
        tags,
        querystring: noQuery,
        response: { 200: z.array(authorisationSchema), ...errorResponses },
      },
    },
    (req) => agent.listAuthorisations(ctx, req.actor, metaOf(req)),
  );

  app.post(
    '/api/agent/authorisations',
    {
      schema: {
        summary: '登记代办授权 Record a resident’s signed authorisation',
        tags,
        body: z.strictObject({
          personId: z.uuid(),
          allItems: z.boolean(),
          itemCodes: z.array(z.string().trim().min(1).max(24)).max(100).default([]),
          validUntil: z.iso.date(),
          formFileSha256: z.string().regex(/^[0-9a-f]{64}$/),
        }),
        response: { 201: authorisationSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await agent.createAuthorisation(ctx, req.actor, metaOf(req), req.body)),
  );

  app.get(
    '/api/agent/authorisations/:id',
    {
      schema: {
        summary: '代办授权详情 One authorisation',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: authorisationSchema, ...errorResponses },
      },
    },
    (req) => agent.getAuthorisation(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/agent/authorisations/:id/revoke',
    {
      schema: {
        summary: '撤销代办授权 Revoke an authorisation',
        tags,
        params: uuidParam,
        body: z.strictObject({ version: z.number().int().positive(), reason: z.string().trim().min(2).max(200) }),
        response: { 200: authorisationSchema, ...errorResponses },
      },
    },
    (req) => agent.revokeAuthorisation(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/persons/:id/reveal',
    {
      schema: {
        summary: '查看完整证件号/手机号 Unmask a person’s ID number or mobile (audited)',
        tags,
        params: uuidParam,
        body: z.strictObject({ field: z.enum(['idNumber', 'mobile']) }),
        response: {
          200: z.object({ field: z.enum(['idNumber', 'mobile']), value: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    (req) => agent.revealPersonField(ctx, req.actor, metaOf(req), req.params.id, req.body.field),
  );
};
