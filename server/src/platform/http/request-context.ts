import type { FastifyRequest } from 'fastify';
import type { Actor, RequestMeta } from '../auth/actor.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, resolved from the session cookie by the identity context; null if nobody. */
    actor: Actor | null;
    /** The session's CSRF token, echoed to the web app by /api/auth/me. */
    csrfToken: string | null;
  }
}

export function metaOf(request: FastifyRequest): RequestMeta {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, requestId: request.id, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null };
}
