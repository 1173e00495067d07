import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, PersonActor, RequestMeta, StaffActor } from '../../platform/auth/actor.js';
import { sm3Hex } from '../../platform/crypto/sm3.js';
import type { RoleName } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { passwordTooOld, sessionPolicy, sessionState } from './model/session-policy.js';
import * as store from './store.js';

export type ResolvedSession = { actor: Actor | null; csrfToken: string | null; problem: 'expired' | null };

export type NewSession = { token: string; csrfToken: string; expiresAt: Date; sessionId: string };

export const hashToken = (token: string): string => sm3Hex(token);

/** Opens a server-side session; the browser only ever holds a random token whose hash we store. */
export async function openSession(
  db: Parameters<typeof store.insertSession>[0],
  meta: RequestMeta,
  subject: { type: 'staff' | 'person'; id: string; actingRoleId?: string | null; mfaPassed: boolean },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + sessionPolicy.absoluteSeconds * 1000);
  const row = await store.insertSession(db, {
    token_hash: hashToken(token),
    subject_type: subject.type,
    subject_id: subject.id,
    acting_role_id: subject.actingRoleId ?? null,
    acting_enterprise_id: null,
    csrf_token: csrfToken,
    mfa_passed: subject.mfaPassed,
    ip: meta.ip,
    user_agent: meta.userAgent,
    idle_timeout_seconds: subject.type === 'staff' ? sessionPolicy.staffIdleSeconds : sessionPolicy.personIdleSeconds,
    expires_at: expiresAt,
  });
  return { token, csrfToken, expiresAt, sessionId: row.id };
}

/**
 * Turns a session cookie into the actor of this request. Expired, idle and revoked sessions give
 * no actor (and say so, so the UI can ask the user to log in again rather than show "forbidden").
 */
/**
 * Resolved sessions are kept for two seconds per process, keyed by token hash, so a page that
 * fires a burst of reads looks its session up once. Any state-changing request clears the cache
 * (see http-session.ts), so a logout, role switch or revocation made here takes effect at once;
 * another server process sees it within the two seconds.
 */
const CACHE_TTL_MS = 2_000;
const CACHE_MAX = 10_000;
const cacheOf = new WeakMap<AppContext, Map<string, { until: number; resolved: ResolvedSession }>>();

export function forgetCachedSessions(ctx: AppContext): void {
  cacheOf.get(ctx)?.clear();
}

export async function resolveSession(
  ctx: AppContext,
  token: string | undefined,
  useCache = false,
): Promise<ResolvedSession> {
  if (!token || token.length > 100) return { actor: null, csrfToken: null, problem: null };
  const key = hashToken(token);
  if (!useCache) return lookUpSession(ctx, key);
  let cache = cacheOf.get(ctx);
  if (!cache) {
    cache = new Map<string, { until: number; resolved: ResolvedSession }>();
    cacheOf.set(ctx, cache);
  }
  const hit = cache.get(key);
  const now = Date.now();
  if (hit && hit.until > now) return hit.resolved;
  const resolved = await lookUpSession(ctx, key);
  if (cache.size >= CACHE_MAX) cache.clear();
  if (resolved.actor) cache.set(key, { until: now + CACHE_TTL_MS, resolved });
  return resolved;
}

async function lookUpSession(ctx: AppContext, tokenHash: string): Promise<ResolvedSession> {
  const db = ctx.database.db;
  const session = await store.findSessionForRequest(db, tokenHash);
  const gone = { actor: null, csrfToken: null, problem: 'expired' as const };
  if (!session) return gone;
  const now = new Date();
  if (sessionState(session, now) !== 'active') return gone;
  if (now.getTime() - session.last_seen_at.getTime() > sessionPolicy.touchEverySeconds * 1000) {
    await store.touchSession(db, session.id);
  }
  if (session.subject_type === 'staff') {
    if (!session.staff_active || session.staff_name === null || session.password_changed_at === null) return gone;
    const actor: StaffActor = {
      kind: 'staff',
      sessionId: session.id,
      staffId: session.subject_id,
      name: session.staff_name,
      acting:
        session.role_id && session.role && session.role_centre_id && session.role_centre_path
          ? {
              roleId: session.role_id,
              role: session.role,
              centreId: session.role_centre_id,
              centrePath: session.role_centre_path,
              departmentId: session.role_department_id,
              windowId: session.role_window_id,
            }
          : null,
      mfaPassed: session.mfa_passed,
      passwordExpired: !!session.must_change_password || passwordTooOld(session.password_changed_at, now),
    };
    return { actor, csrfToken: session.csrf_token, problem: null };
  }
  if (session.person_name === null) return gone;
  const actor: PersonActor = {
    kind: 'person',
    sessionId: session.id,
    personId: session.subject_id,
    name: session.person_name,
    enterpriseId: session.acting_enterprise_id,
  };
  return { actor, csrfToken: session.csrf_token, problem: null };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function logout(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  everywhere: boolean,
): Promise<void> {
  if (!actor) throw new DomainError('auth.required');
  await ctx.database.db.transaction().execute(async (trx) => {
    if (everywhere) {
      await store.revokeAllSessions(trx, actor.kind, actor.kind === 'staff' ? actor.staffId : actor.personId);
    } else {
      await store.revokeSession(trx, actor.sessionId);
    }
    await ctx.audit.record(trx, actor, meta, { action: everywhere ? 'auth.logout_everywhere' : 'auth.logout' });
  });
}

export async function chooseActingRole(ctx: AppContext, actor: Actor | null, meta: RequestMeta, roleId: string) {
  if (!actor) throw new DomainError('auth.required');
  if (actor.kind !== 'staff') throw new DomainError('auth.forbidden');
  const role = await store.findRole(ctx.database.db, roleId);
  if (!role || role.staff_id !== actor.staffId) {
    await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
      action: 'auth.switch_role',
      outcome: 'denied',
      entityType: 'staff_role',
      entityId: roleId,
    });
    throw new DomainError('resource.not_found');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateSession(trx, actor.sessionId, { acting_role_id: role.id });
    await ctx.audit.record(trx, actor, meta, {
      action: 'auth.switch_role',
      entityType: 'staff_role',
      entityId: role.id,
      after: { role: role.role, centreId: role.centre_id, departmentId: role.department_id, windowId: role.window_id },
    });
  });
}

export type RoleBindingView = {
  id: string;
  role: RoleName;
  centreId: string;
  centreName: string;
  departmentId: string | null;
  departmentName: string | null;
  windowId: string | null;
  windowName: string | null;
};

export const roleBindingView = (r: store.RoleBindingRow): RoleBindingView => ({
  id: r.id,
  role: r.role,
  centreId: r.centre_id,
  centreName: r.centre_name,
  departmentId: r.department_id,
  departmentName: r.department_name,
  windowId: r.window_id,
  windowName: r.window_name ? `${r.window_number ?? ''} ${r.window_name}`.trim() : null,
});
