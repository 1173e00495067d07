import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { listAuditRecords, verifyAuditChain } from './audit-service.js';

const tags = ['audit 审计'];
const recordSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actingRole: z.string().nullable(),
    actingCentreId: z.string().nullable(),
    actingDepartmentId: z.string().nullable(),
    actingWindowId: z.string().nullable(),
    onBehalfOf: z.string().nullable(),
    action: z.string(),
    outcome: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRecord' });

export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/audit/records',
    {
      schema: {
        summary: '审计记录 Audit records, newest first (audit_admin)',
        tags,
        querystring: z.strictObject({
          action: z.string().max(60).optional(),
          outcome: z.enum(['success', 'denied', 'failure']).optional(),
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(80).optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ records: z.array(recordSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ records: await listAuditRecords(ctx, req.actor, metaOf(req), req.query) }),
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        summary: '校验审计链 Verify the HMAC-SM3 chain of the whole trail (audit_admin)',
        tags,
        querystring: noQuery,
        response: {
          200: z.object({
            ok: z.boolean(),
            records: z.number().int(),
            brokenAtSeq: z.number().int().nullable(),
            reason: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => verifyAuditChain(ctx, req.actor, metaOf(req)),
  );
};
