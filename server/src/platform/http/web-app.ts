import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler.js';

export const webDistDir = path.resolve(import.meta.dirname, '../../../../web/dist');

/**
 * Serves the built web app; any non-API path falls back to index.html so client-side routes
 * work on reload. Unknown /api paths answer 404 JSON.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(reply, filePath) {
        // Hashed bundle names never change content; index.html must always be re-read.
        reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (url === '/api' || url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return sendError(request, reply, 'route.not_found', { method: request.method, path: url });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
