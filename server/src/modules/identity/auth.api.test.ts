import * as OTPAuth from 'otpauth';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildStaff, buildTree, loginStaff, PASSWORD, type Tree } from '../../../test/factories.js';
import { forgetCachedSessions } from './session-service.js';

let t: TestApp;
let tree: Tree;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
});
afterAll(async () => {
  await t.close();
});

const login = (username: string, password = PASSWORD, extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username, password, ...extra } });

async function auditCount(action: string, outcome?: string) {
  const q = await sql<{ c: number }>`SELECT count(*)::int AS c FROM audit_record WHERE action = ${action}
    AND (${outcome ?? null}::text IS NULL OR outcome = ${outcome ?? null})`.execute(t.ctx.database.db);
  return q.rows[0]!.c;
}

describe('staff login and sessions', () => {
  it('[R-ORG-2] a clerk with one post logs in acting for their window', async () => {
    const { username } = await buildStaff(t.ctx, [
      {
        role: 'window_clerk',
        centre_id: tree.city.id,
        window_id: tree.citySCJG.window.id,
        department_id: tree.citySCJG.department.id,
      },
    ]);
    const res = await login(username);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === '__Host-tongban_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.secure).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    const body = res.json();
    expect(body.actor.acting.windowId).toBe(tree.citySCJG.window.id);
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('[R-ORG-2] someone with posts in two places picks one, and can switch', async () => {
    const { username } = await buildStaff(t.ctx, [
      {
        role: 'window_clerk',
        centre_id: tree.city.id,
        window_id: tree.citySCJG.window.id,
        department_id: tree.citySCJG.department.id,
      },
      { role: 'approver', centre_id: tree.county.id, department_id: tree.countySCJG.department.id },
    ]);
    const c = await loginStaff(t.app, username);
    expect(c.me.acting).toBeNull();
    const roles = c.me.roles as Array<{ id: string; role: string }>;
    expect(roles).toHaveLength(2);
    const blocked = await c.request({ method: 'GET', url: '/api/me/windows' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('auth.role_selection_required');
    const approver = roles.find((r) => r.role === 'approver')!;
    const pick = await c.request({ method: 'POST', url: '/api/auth/acting-role', payload: { roleId: approver.id } });
    expect(pick.json().actor.acting.role).toBe('approver');
    const windows = await c.request({ method: 'GET', url: '/api/me/windows' });
    expect(windows.json().map((w: { id: string }) => w.id)).toEqual([tree.countySCJG.window.id]);
    const clerk = roles.find((r) => r.role === 'window_clerk')!;
    const back = await c.request({ method: 'POST', url: '/api/auth/acting-role', payload: { roleId: clerk.id } });
    expect(back.json().actor.acting.role).toBe('window_clerk');
    expect(await auditCount('auth.switch_role')).toBeGreaterThanOrEqual(2);
  });

  it('[R-OPS-2] wrong passwords and unknown users get the same answer; five failures lock the account for 15 minutes', async () => {
    const { username, id } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const unknown = await login('nobody-here', 'whatever1A');
    const wrong = await login(username, 'Wrong@2026');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    for (let i = 0; i < 4; i += 1) expect((await login(username, 'Wrong@2026')).statusCode).toBe(401);
    // Locked now: even the right password is refused, with the same message.
    const locked = await login(username);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(wrong.json());
    const row = await t.ctx.database.db
      .selectFrom('staff')
      .select(['locked_until', 'failed_logins'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const minutes = (row.locked_until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await auditCount('auth.lockout', 'failure')).toBeGreaterThanOrEqual(1);
    expect(await auditCount('auth.login', 'failure')).toBeGreaterThanOrEqual(6);
  });

  it('[R-OPS-2] logout ends the session on the server; forged and revoked cookies give no access', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const c = await loginStaff(t.app, username);
    expect((await c.request({ method: 'GET', url: '/api/me/windows' })).statusCode).toBe(200);
    const out = await c.request({ method: 'POST', url: '/api/auth/logout', payload: {} });
    expect(out.statusCode).toBe(200);
    const after = await c.request({ method: 'GET', url: '/api/me/windows' });
    expect(after.statusCode).toBe(401);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/me/windows',
      headers: { cookie: '__Host-tongban_sid=forged-token-value' },
    });
    expect(forged.statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: c.cookie } })).json().actor,
    ).toBeNull();
  });

  it('[R-OPS-2] "log out everywhere" ends every session of the user', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const a = await loginStaff(t.app, username);
    const b = await loginStaff(t.app, username);
    await a.request({ method: 'POST', url: '/api/auth/logout', payload: { everywhere: true } });
    expect((await b.request({ method: 'GET', url: '/api/me/windows' })).statusCode).toBe(401);
  });

  it('[R-OPS-2] an idle staff session expires after 15 minutes', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const c = await loginStaff(t.app, username);
    await sql`UPDATE user_session SET last_seen_at = now() - interval '16 minutes' WHERE revoked_at IS NULL
      AND subject_id = (SELECT id FROM staff WHERE username = ${username})`.execute(t.ctx.database.db);
    // The change was made behind the application's back: drop this process's 2-second cache.
    forgetCachedSessions(t.ctx);
    expect((await c.request({ method: 'GET', url: '/api/me/windows' })).statusCode).toBe(401);
  });

  it('[R-OPS-2] a state-changing request without the session’s CSRF token is refused and audited', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const c = await loginStaff(t.app, username);
    const before = await auditCount('auth.csrf', 'denied');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie },
      payload: {},
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('auth.csrf_invalid');
    const wrong = await c.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'x'.repeat(32) },
      payload: {},
    });
    expect(wrong.statusCode).toBe(403);
    expect(await auditCount('auth.csrf', 'denied')).toBe(before + 2);
    // The session is still alive: nothing was done.
    expect((await c.request({ method: 'GET', url: '/api/me/windows' })).statusCode).toBe(200);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { origin: 'https://evil.example' },
      payload: { username, password: PASSWORD },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('[R-OPS-2] administrators must enrol TOTP, then need a code (or a recovery code) at every login', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'security_admin', centre_id: tree.city.id }]);
    const first = await login(username);
    const body = first.json();
    expect(body.actor.mfa).toEqual({ required: true, enrolled: false, passed: false });
    const cookie = first.cookies.find((x) => x.name.includes('tongban_sid'))!;
    const headers = { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': body.csrfToken };
    // Before enrolment nothing administrative is allowed.
    const staffList = await t.app.inject({ method: 'GET', url: '/api/staff', headers });
    expect(staffList.statusCode).toBe(403);
    expect(staffList.json().error.code).toBe('auth.mfa_enrolment_required');
    const setup = (await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers, payload: {} })).json();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.secret) });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers,
      payload: { code: totp.generate() === '000000' ? '111111' : '000000' },
    });
    expect(bad.statusCode).toBe(401);
    // Kept, so the replay below uses exactly this code even if a 30 s step passes meanwhile.
    const enrolCode = totp.generate();
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers,
      payload: { code: enrolCode },
    });
    const recoveryCodes = ok.json().recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', headers })).statusCode).toBe(200);

    const noCode = await login(username);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('auth.mfa_required');
    // The code used to enrol cannot be replayed; the next step's code works once.
    expect((await login(username, PASSWORD, { totpCode: enrolCode })).statusCode).toBe(401);
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    expect((await login(username, PASSWORD, { totpCode: next })).statusCode).toBe(200);
    expect((await login(username, PASSWORD, { totpCode: next })).statusCode).toBe(401);
    expect((await login(username, PASSWORD, { recoveryCode: recoveryCodes[0]! })).statusCode).toBe(200);
    // Each recovery code works once.
    expect((await login(username, PASSWORD, { recoveryCode: recoveryCodes[0]! })).statusCode).toBe(401);
  });

  it('[R-OPS-2] staff passwords older than 90 days must be changed first; weak new passwords are refused', async () => {
    const { username, id } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    await sql`UPDATE staff SET password_changed_at = now() - interval '91 days' WHERE id = ${id}`.execute(
      t.ctx.database.db,
    );
    const c = await loginStaff(t.app, username);
    const blocked = await c.request({ method: 'GET', url: '/api/me/windows' });
    expect(blocked.statusCode).toBe(200); // reading one's own scope is allowed…
    const staffList = await c.request({ method: 'GET', url: '/api/staff' });
    expect(staffList.statusCode).toBe(403); // …acting is not
    expect(staffList.json().error.code).toBe('auth.password_expired');
    const weak = await c.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'abcdefgh' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('identity.weak_password');
    const wrongCurrent = await c.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'Nope@2026x', newPassword: 'Better#2027x' },
    });
    expect(wrongCurrent.json().error.code).toBe('identity.wrong_password');
    const changed = await c.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'Better#2027x' },
    });
    expect(changed.statusCode).toBe(200);
    const me = await c.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().actor.passwordExpired).toBe(false);
  });

  it('[R-NEW-6] passwords and tokens never reach the database in clear', async () => {
    const { id } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    const row = await t.ctx.database.db
      .selectFrom('staff')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await sql<{ token_hash: string }>`SELECT token_hash FROM user_session LIMIT 5`.execute(
      t.ctx.database.db,
    );
    for (const s of sessions.rows) expect(s.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
