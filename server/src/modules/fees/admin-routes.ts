import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { langFromAcceptLanguage } from '../../platform/errors.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { decideApproval, pendingApprovals } from './approvals.js';
import { issueBook, listBooks, settleBook } from './invoice-books.js';
import { importStatement, listStatements, resolveMismatch, statementMismatches } from './reconciliation.js';
import {
  approvalSchema,
  bookBody,
  bookSchema,
  decisionBody,
  mismatchSchema,
  resolveBody,
  settleBody,
  statementBody,
  statementListSchema,
  statementSchema,
  statsQuery,
  statsSchema,
} from './schemas.js';
import { feeStatistics, feeStatisticsXlsx } from './stats.js';

const tags = ['fees 收费'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Department heads' approvals, invoice books, reconciliation and statistics. */
export const feeAdminRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/fee-approvals',
    {
      schema: {
        summary: '待审批 Reductions, voids and refunds awaiting the department head',
        tags,
        querystring: noQuery,
        response: { 200: z.object({ items: z.array(approvalSchema) }), ...errorResponses },
      },
    },
    (req) => pendingApprovals(ctx, req.actor),
  );

  app.post(
    '/api/fee-approvals/:id/decision',
    {
      schema: {
        summary: '审批 The department head approves or refuses',
        tags,
        params: uuidParam,
        body: decisionBody,
        response: { 200: approvalSchema, ...errorResponses },
      },
    },
    (req) => decideApproval(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/invoice-books',
    {
      schema: {
        summary: '票据本 Books of the window (clerk) or of the centres in reach (supervisor)',
        tags,
        querystring: noQuery,
        response: { 200: z.object({ items: z.array(bookSchema) }), ...errorResponses },
      },
    },
    (req) => listBooks(ctx, req.actor),
  );

  app.post(
    '/api/invoice-books',
    {
      schema: {
        summary: '发放票据本 Issue a book of numbered receipts to a window',
        tags,
        body: bookBody,
        response: { 201: bookSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await issueBook(ctx, req.actor, metaOf(req), req.body)),
  );

  app.post(
    '/api/invoice-books/:id/settlement',
    {
      schema: {
        summary: '票据本解缴 Settle a used-up book at the bank in one sum, with the bank’s slip',
        tags,
        params: uuidParam,
        body: settleBody,
        response: { 200: bookSchema, ...errorResponses },
      },
    },
    (req) => settleBook(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/bank-statements',
    {
      bodyLimit: 25 * 1024 * 1024,
      schema: {
        summary: '导入对账单 Import the bank’s daily statement (CSV) and reconcile it within the centre’s reach',
        tags,
        body: statementBody,
        response: { 201: statementSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await importStatement(ctx, req.actor, metaOf(req), req.body)),
  );

  app.get(
    '/api/bank-statements',
    {
      schema: {
        summary: '对账单 Statements of the supervisor’s centre and the centres below it',
        tags,
        querystring: noQuery,
        response: { 200: statementListSchema, ...errorResponses },
      },
    },
    (req) => listStatements(ctx, req.actor, metaOf(req)),
  );

  app.get(
    '/api/bank-statements/:id/mismatches',
    {
      schema: {
        summary: '对账差异 Every mismatch of a statement in the supervisor’s reach',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: z.object({ items: z.array(mismatchSchema) }), ...errorResponses },
      },
    },
    (req) => statementMismatches(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/reconciliation-mismatches/:id/resolution',
    {
      schema: {
        summary: '处理差异 Resolve a mismatch with a note',
        tags,
        params: uuidParam,
        body: resolveBody,
        response: { 200: mismatchSchema, ...errorResponses },
      },
    },
    (req) => resolveMismatch(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/fee-stats',
    {
      schema: {
        summary: '收费统计 Fee statistics per item, window, department, mode or period',
        tags,
        querystring: statsQuery,
        response: { 200: statsSchema, ...errorResponses },
      },
    },
    (req) => feeStatistics(ctx, req.actor, metaOf(req), req.query),
  );

  app.get(
    '/api/fee-stats.xlsx',
    {
      schema: {
        summary: '收费统计导出 The same statistics as an .xlsx workbook (in `lang`, else Accept-Language)',
        tags,
        querystring: statsQuery,
        response: { 200: z.any().meta({ description: 'xlsx' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const lang = req.query.lang ?? langFromAcceptLanguage(req.headers['accept-language']);
      const bytes = await feeStatisticsXlsx(ctx, req.actor, metaOf(req), req.query, lang);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="fee-stats.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
};
