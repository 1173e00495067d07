import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { importLegacy } from './import.js';
import {
  exportQuery,
  feedPageSchema,
  feedQuery,
  importQuery,
  importResultSchema,
  legacyPageSchema,
  legacyQuery,
} from './schemas.js';
import * as service from './service.js';

const tags = ['exchange 数据交换'];

/** 数据交换 (R-APP-11): cases out as a feed and a file, the old database's cases in. Supervisors only. */
export const exchangeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/exchange/cases',
    {
      schema: {
        summary: '办件数据接口 Incremental feed of cases in reach, in change order, by opaque cursor (audited)',
        tags,
        querystring: feedQuery,
        response: { 200: feedPageSchema, ...errorResponses },
      },
    },
    (req) => service.feed(ctx, req.actor, metaOf(req), req.query),
  );

  app.get(
    '/api/exchange/cases/export.csv',
    {
      schema: {
        summary: '办件导出 Cases received in [from, to] as CSV (UTF-8 with BOM, RFC 4180), streamed (audited)',
        tags,
        querystring: exportQuery,
        response: { 200: z.any().meta({ description: 'text/csv' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { count, lines } = await service.exportCsv(ctx, req.actor, metaOf(req), req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cases-${req.query.from}-${req.query.to}.csv"`)
        .header('cache-control', 'private, no-store')
        .header('x-case-count', String(count))
        .send(Readable.from(lines));
    },
  );

  app.get(
    '/api/exchange/cases/export.xlsx',
    {
      schema: {
        summary: '办件导出（Excel）The same export as an .xlsx workbook, written as it is read (audited)',
        tags,
        querystring: exportQuery,
        response: { 200: z.any().meta({ description: 'xlsx' }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { count, stream } = await service.exportXlsx(ctx, req.actor, metaOf(req), req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="cases-${req.query.from}-${req.query.to}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .header('x-case-count', String(count))
        .send(stream);
    },
  );

  app.post(
    '/api/exchange/cases/import',
    {
      schema: {
        summary: '历史办件导入 Import the old database’s cases from CSV: dry run, or all rows in one transaction',
        tags,
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    (req) =>
      importLegacy(
        ctx,
        req.actor,
        metaOf(req),
        async () => {
          if (!req.isMultipart()) throw new DomainError('request.unsupported_media_type');
          const part = await req.file();
          if (!part) throw new DomainError('file.missing');
          return { bytes: await part.toBuffer(), name: part.filename };
        },
        req.query.dryRun,
      ),
  );

  app.get(
    '/api/exchange/legacy-cases',
    {
      schema: {
        summary: '历史办件查询 Imported cases of centres in reach; q: case no., name, item, or exact certificate no.',
        tags,
        querystring: legacyQuery,
        response: { 200: legacyPageSchema, ...errorResponses },
      },
    },
    (req) => service.legacyCases(ctx, req.actor, metaOf(req), req.query),
  );
};
