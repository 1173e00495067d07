import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { uploadDocument } from './service.js';

const storedFileSchema = z
  .object({ sha256: z.string(), sizeBytes: z.number().int(), mediaType: z.string() })
  .meta({ id: 'StoredFile' });

export const fileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/files',
    {
      schema: {
        summary: '上传文件 Upload a scanned document (PDF, JPEG, PNG; ≤ 10 MB; type checked by content)',
        tags: ['files 文件'],
        consumes: ['multipart/form-data'],
        response: { 201: storedFileSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new DomainError('request.unsupported_media_type');
      const part = await req.file();
      if (!part) throw new DomainError('file.missing');
      const bytes = await part.toBuffer();
      return reply.status(201).send(await uploadDocument(ctx, req.actor, metaOf(req), bytes, part.filename));
    },
  );
};
