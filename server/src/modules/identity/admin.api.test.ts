import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildStaff, buildTree, type Client, loginStaff, type Tree } from '../../../test/factories.js';

let t: TestApp;
let tree: Tree;
let sys: Client;
let sec: Client;
let aud: Client;
let countySys: Client;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  sys = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'system_admin', centre_id: tree.city.id }], 'sysadmin')).username,
  );
  sec = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'security_admin', centre_id: tree.city.id }], 'secadmin')).username,
  );
  aud = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'audit_admin', centre_id: tree.city.id }], 'auditadmin')).username,
  );
  countySys = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'system_admin', centre_id: tree.county2.id }], 'ptsys')).username,
  );
});
afterAll(async () => {
  await t.close();
});

describe('organisation administration', () => {
  it('[R-ORG-1] an administrator adds a township centre with a department and a window on the floor plan', async () => {
    const centre = await sys.request({
      method: 'POST',
      url: '/api/org/centres',
      payload: { parentId: tree.county.id, level: 'township', divisionCode: '330902101', name: '白泉镇便民服务中心' },
    });
    expect(centre.statusCode, centre.body).toBe(201);
    const c = centre.json();
    const dept = await sys.request({
      method: 'POST',
      url: `/api/org/centres/${c.id}/departments`,
      payload: { name: '综合受理' },
    });
    expect(dept.statusCode).toBe(201);
    const win = await sys.request({
      method: 'POST',
      url: `/api/org/centres/${c.id}/windows`,
      payload: { departmentId: dept.json().id, number: '01', name: '综合受理窗口', floor: 1, posX: 120, posY: 340 },
    });
    expect(win.statusCode, win.body).toBe(201);
    expect(win.json()).toMatchObject({
      floor: 1,
      posX: 120,
      posY: 340,
      centreName: '白泉镇便民服务中心',
      departmentName: '综合受理',
    });
    const listed = await t.app.inject({ method: 'GET', url: `/api/org/centres/${c.id}/windows` });
    expect(listed.json()).toHaveLength(1);
    const trail = await sql<{ action: string }>`SELECT action FROM audit_record WHERE entity_id = ${c.id}`.execute(
      t.ctx.database.db,
    );
    expect(trail.rows.map((r) => r.action)).toContain('centre.create');
  });

  it('[R-ORG-1] refuses a skipped level or a division code outside the parent, naming the field', async () => {
    const skipped = await sys.request({
      method: 'POST',
      url: '/api/org/centres',
      payload: { parentId: tree.city.id, level: 'township', divisionCode: '330902102', name: 'X' },
    });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().error.code).toBe('org.invalid_parent');
    const foreign = await sys.request({
      method: 'POST',
      url: '/api/org/centres',
      payload: { parentId: tree.county.id, level: 'township', divisionCode: '330903101', name: 'X' },
    });
    expect(foreign.json().error).toMatchObject({
      code: 'org.invalid_division_code',
      details: { field: 'divisionCode' },
    });
    const unknownField = await sys.request({
      method: 'POST',
      url: '/api/org/centres',
      payload: { parentId: tree.county.id, level: 'township', divisionCode: '330902103', name: 'X', admin: true },
    });
    expect(unknownField.statusCode).toBe(400);
  });

  it('[R-ORG-1] concurrent edits of one window: one wins, the other gets 409 and nothing is lost', async () => {
    const w = tree.cityXF.window;
    const [a, b] = await Promise.all([
      sys.request({ method: 'PATCH', url: `/api/org/windows/${w.id}`, payload: { version: w.version, posX: 500 } }),
      sys.request({
        method: 'PATCH',
        url: `/api/org/windows/${w.id}`,
        payload: { version: w.version, name: '消防窗口（新）' },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('resource.version_conflict');
  });

  it('[R-ORG-2] a county administrator cannot touch the city or another county (403/404, audited)', async () => {
    const up = await countySys.request({
      method: 'PATCH',
      url: `/api/org/centres/${tree.city.id}`,
      payload: { version: 1, name: '篡改' },
    });
    expect(up.statusCode).toBe(403);
    const sideways = await countySys.request({
      method: 'POST',
      url: `/api/org/centres/${tree.county.id}/departments`,
      payload: { name: '篡改' },
    });
    expect(sideways.statusCode).toBe(403);
    const denied = await sql<{
      c: number;
    }>`SELECT count(*)::int AS c FROM audit_record WHERE action = 'access.denied' AND actor_name IS NOT NULL`.execute(
      t.ctx.database.db,
    );
    expect(denied.rows[0]!.c).toBeGreaterThanOrEqual(2);
  });
});

describe('staff and roles (三权分立)', () => {
  it('[R-ORG-2] the system administrator creates a clerk bound to a window; the security administrator grants a second post', async () => {
    const created = await sys.request({
      method: 'POST',
      url: '/api/staff',
      payload: {
        username: 'newclerk',
        displayName: '新窗口员',
        initialPassword: 'Start#2026a',
        role: 'window_clerk',
        centreId: tree.city.id,
        windowId: tree.cityXF.window.id,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json();
    expect(s.roles[0]).toMatchObject({
      role: 'window_clerk',
      windowId: tree.cityXF.window.id,
      departmentId: tree.cityXF.department.id,
    });
    expect(s.mustChangePassword).toBe(true);
    const sysGrant = await sys.request({
      method: 'POST',
      url: `/api/staff/${s.id}/roles`,
      payload: { role: 'supervisor', centreId: tree.city.id },
    });
    expect(sysGrant.statusCode).toBe(403);
    const granted = await sec.request({
      method: 'POST',
      url: `/api/staff/${s.id}/roles`,
      payload: { role: 'approver', centreId: tree.county.id, departmentId: tree.countySCJG.department.id },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().roles).toHaveLength(2);
    const dup = await sec.request({
      method: 'POST',
      url: `/api/staff/${s.id}/roles`,
      payload: { role: 'approver', centreId: tree.county.id, departmentId: tree.countySCJG.department.id },
    });
    expect(dup.statusCode).toBe(409);
    const revoke = await sec.request({
      method: 'DELETE',
      url: `/api/staff/${s.id}/roles/${granted.json().roles[1].id}`,
    });
    expect(revoke.json().roles).toHaveLength(1);
  });

  it('[R-ORG-4] agents belong to township or community centres only', async () => {
    const res = await sys.request({
      method: 'POST',
      url: '/api/staff',
      payload: {
        username: 'cityagent',
        displayName: '市级代办',
        initialPassword: 'Start#2026a',
        role: 'agent',
        centreId: tree.city.id,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'centreId', code: 'agent_needs_township' }]);
    const ok = await sys.request({
      method: 'POST',
      url: '/api/staff',
      payload: {
        username: 'townagent',
        displayName: '街道代办',
        initialPassword: 'Start#2026a',
        role: 'agent',
        centreId: tree.township.id,
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('[R-OPS-2] no administrator can grant themselves a role, and one person holds at most one admin role', async () => {
    const selfGrant = await sec.request({
      method: 'POST',
      url: `/api/staff/${sec.me.id as string}/roles`,
      payload: { role: 'audit_admin', centreId: tree.city.id },
    });
    expect(selfGrant.statusCode).toBe(403);
    expect(selfGrant.json().error.code).toBe('auth.self_grant_forbidden');
    const sysId = sys.me.id as string;
    const second = await sec.request({
      method: 'POST',
      url: `/api/staff/${sysId}/roles`,
      payload: { role: 'audit_admin', centreId: tree.city.id },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('auth.separation_of_duties');
    const sysMakesAdmin = await sys.request({
      method: 'POST',
      url: '/api/staff',
      payload: {
        username: 'sneaky',
        displayName: '越权',
        initialPassword: 'Start#2026a',
        role: 'security_admin',
        centreId: tree.city.id,
      },
    });
    expect(sysMakesAdmin.statusCode).toBe(403);
    const audRead = await aud.request({ method: 'GET', url: '/api/staff' });
    expect(audRead.statusCode).toBe(403);
    const denials = await sql<{
      c: number;
    }>`SELECT count(*)::int AS c FROM audit_record WHERE action = 'role.grant' AND outcome = 'denied'`.execute(
      t.ctx.database.db,
    );
    expect(denials.rows[0]!.c).toBe(2);
  });

  it('[R-OPS-2] the security administrator unlocks a locked account', async () => {
    const { id, username } = await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }]);
    await sql`UPDATE staff SET failed_logins = 5, locked_until = now() + interval '15 minutes' WHERE id = ${id}`.execute(
      t.ctx.database.db,
    );
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username, password: 'Tongban@2026' },
    });
    expect(locked.statusCode).toBe(401);
    const res = await sec.request({ method: 'POST', url: `/api/staff/${id}/unlock`, payload: {} });
    expect(res.json().locked).toBe(false);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username, password: 'Tongban@2026' },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe('audit trail (R-NEW-5)', () => {
  it('[R-NEW-5] records who, acting as which post, what, when, from where, before and after', async () => {
    const w = (await t.app.inject({ method: 'GET', url: `/api/org/centres/${tree.county2.id}/windows` })).json()[0];
    const res = await countySys.request({
      method: 'PATCH',
      url: `/api/org/windows/${w.id}`,
      payload: { version: w.version, posY: 777 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = await aud.request({ method: 'GET', url: `/api/audit/records?entityType=window&entityId=${w.id}` });
    expect(list.statusCode).toBe(200);
    const rec = list.json().records.find((r: { action: string }) => r.action === 'window.update');
    expect(rec).toMatchObject({
      actorType: 'staff',
      actorName: expect.any(String),
      actingRole: 'system_admin',
      actingCentreId: tree.county2.id,
      outcome: 'success',
      ip: expect.any(String),
      requestId: expect.any(String),
    });
    expect(rec.before.pos_y).toBe(100);
    expect(rec.after.pos_y).toBe(777);
  });

  it('[R-NEW-5] the database refuses UPDATE and DELETE of audit rows', async () => {
    await expect(sql`UPDATE audit_record SET action = 'x' WHERE seq = 1`.execute(t.ctx.database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_record WHERE seq = 1`.execute(t.ctx.database.db)).rejects.toThrow(/append-only/);
  });

  it('[R-NEW-5] the chain verifies, and an edit made behind the application’s back is detected', async () => {
    const ok = await aud.request({ method: 'GET', url: '/api/audit/verify' });
    expect(ok.json()).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(ok.json().records).toBeGreaterThan(10);
    const forbidden = await sys.request({ method: 'GET', url: '/api/audit/verify' });
    expect(forbidden.statusCode).toBe(403);
    // An attacker with database superuser rights disables the trigger and edits one record.
    const db = t.ctx.database.db;
    await sql`ALTER TABLE audit_record DISABLE TRIGGER audit_record__append_only`.execute(db);
    // The fourth record (sequence numbers may have gaps: a transaction takes a spare one).
    await sql`UPDATE audit_record SET actor_name = '伪造'
      WHERE seq = (SELECT seq FROM audit_record ORDER BY seq OFFSET 3 LIMIT 1)`.execute(db);
    await sql`ALTER TABLE audit_record ENABLE TRIGGER audit_record__append_only`.execute(db);
    const broken = await aud.request({ method: 'GET', url: '/api/audit/verify' });
    expect(broken.json()).toMatchObject({ ok: false, reason: 'hash_mismatch' });
  });
});
