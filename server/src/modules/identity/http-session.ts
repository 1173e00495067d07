import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import { sendError } from '../../platform/http/error-handler.js';
import { metaOf } from '../../platform/http/request-context.js';
import type { NewSession } from './session-service.js';
import { csrfMatches, forgetCachedSessions, resolveSession } from './session-service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieName(ctx: AppContext): string {
  // The __Host- prefix needs Secure; a plain-HTTP development set-up uses an unprefixed name.
  return ctx.config.cookieSecure ? '__Host-tongban_sid' : 'tongban_sid';
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, session: NewSession): void {
  reply.setCookie(sessionCookieName(ctx), session.token, {
    path: '/',
    httpOnly: true,
    secure: ctx.config.cookieSecure,
    sameSite: 'lax',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ctx), {
    path: '/',
    httpOnly: true,
    secure: ctx.config.cookieSecure,
    sameSite: 'lax',
  });
}

/**
 * Resolves the session of every API request, and refuses a state-changing request from a
 * session unless it carries that session's CSRF token (sent back in the x-csrf-token header).
 * Requests without a session must come from our own origin when they say where they come from.
 */
export function registerSessionHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  const cookieName = sessionCookieName(ctx);
  const authenticate = async (request: FastifyRequest, reply: FastifyReply, token: string | undefined) => {
    // Reads may use the short-lived cache; a change always looks the session up afresh.
    const resolved = await resolveSession(ctx, token, SAFE_METHODS.has(request.method));
    request.actor = resolved.actor;
    request.csrfToken = resolved.csrfToken;
    if (SAFE_METHODS.has(request.method)) return;
    if (resolved.actor && resolved.csrfToken) {
      const given = request.headers['x-csrf-token'];
      if (!csrfMatches(resolved.csrfToken, typeof given === 'string' ? given : undefined)) {
        await ctx.audit.recordStandalone(ctx.database.db, resolved.actor, metaOf(request), {
          action: 'auth.csrf',
          outcome: 'denied',
          after: { method: request.method, path: request.url.split('?')[0] },
        });
        return sendError(request, reply, 'auth.csrf_invalid');
      }
      return;
    }
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      const host = request.headers.host;
      let sameHost = false;
      try {
        sameHost = new URL(origin).host === host;
      } catch {
        sameHost = false;
      }
      if (!sameHost) return sendError(request, reply, 'auth.csrf_invalid');
    }
  };
  // A callback hook, so anonymous reads (the public guide, health) cost no promise at all.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith('/api/')) return done();
    const token = request.cookies[cookieName];
    if (!token && SAFE_METHODS.has(request.method)) return done();
    authenticate(request, reply, token).then(
      () => {
        // A refusal has already been sent; otherwise the request goes on.
        if (!reply.sent) done();
      },
      (err: Error) => done(err),
    );
  });
  // Any change may end or alter sessions (logout, role switch, revocation, password change):
  // cached look-ups are dropped before the response leaves, so the next request sees it.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (!SAFE_METHODS.has(request.method)) forgetCachedSessions(ctx);
    done(null, payload);
  });
}
