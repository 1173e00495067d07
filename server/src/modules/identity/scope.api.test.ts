import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  multipart,
  tinyPdf,
  type Tree,
} from '../../../test/factories.js';
import { createCentreUnchecked } from '../org/service.js';
import { systemMeta } from '../../platform/auth/actor.js';

let t: TestApp;
let tree: Tree;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
});
afterAll(async () => {
  await t.close();
});

const ids = (res: { json(): unknown }) => (res.json() as Array<{ id: string }>).map((w) => w.id).sort();

describe('scope of what each post sees (R-ORG-2)', () => {
  it('[R-ORG-2] clerk: own window; department head: the department’s windows; supervisor: centre and below', async () => {
    const clerk = await loginStaff(
      t.app,
      (
        await buildStaff(t.ctx, [
          {
            role: 'window_clerk',
            centre_id: tree.city.id,
            window_id: tree.citySCJG.window.id,
            department_id: tree.citySCJG.department.id,
          },
        ])
      ).username,
    );
    const head = await loginStaff(
      t.app,
      (
        await buildStaff(t.ctx, [
          { role: 'department_head', centre_id: tree.city.id, department_id: tree.citySCJG.department.id },
        ])
      ).username,
    );
    const citySup = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }])).username,
    );
    const countySup = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.county.id }])).username,
    );

    expect(ids(await clerk.request({ method: 'GET', url: '/api/me/windows' }))).toEqual([tree.citySCJG.window.id]);
    expect(ids(await head.request({ method: 'GET', url: '/api/me/windows' }))).toEqual(
      [tree.citySCJG.window.id, tree.citySCJG2.id].sort(),
    );
    expect(ids(await citySup.request({ method: 'GET', url: '/api/me/windows' }))).toEqual(
      [
        tree.citySCJG.window.id,
        tree.citySCJG2.id,
        tree.cityXF.window.id,
        tree.countySCJG.window.id,
        tree.county2SCJG.window.id,
      ].sort(),
    );
    expect(ids(await countySup.request({ method: 'GET', url: '/api/me/windows' }))).toEqual([
      tree.countySCJG.window.id,
    ]);
  });
});

describe('applicants and agents', () => {
  it('[R-ORG-4] a person registers (same answer for a duplicate), logs in by mobile or ID number, and registers an enterprise', async () => {
    const body = { name: '张三', idNumber: '330903198806061525', mobile: '13900001111', password: 'Zhang2026x' };
    const first = await t.app.inject({ method: 'POST', url: '/api/applicants/register', payload: body });
    expect(first.statusCode).toBe(202);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/applicants/register',
      payload: { ...body, password: 'Other2026x' },
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
    for (const account of ['13900001111', '330903198806061525']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/applicant/login',
        payload: { account, password: 'Zhang2026x' },
      });
      expect(res.statusCode, account).toBe(200);
      expect(res.json().actor).toMatchObject({
        kind: 'person',
        name: '张三',
        idNumberMasked: '330903********1525',
        mobileMasked: '139****1111',
      });
    }
    // The duplicate did not change the password.
    const dupPw = await t.app.inject({
      method: 'POST',
      url: '/api/auth/applicant/login',
      payload: { account: '13900001111', password: 'Other2026x' },
    });
    expect(dupPw.statusCode).toBe(401);
    // Encrypted at rest: the ID number is not stored in clear anywhere in the row.
    const row = await sql<Record<string, unknown>>`SELECT * FROM person WHERE name = '张三'`.execute(t.ctx.database.db);
    expect(JSON.stringify(row.rows[0])).not.toContain('330903198806061525');
    expect(JSON.stringify(row.rows[0])).not.toContain('13900001111');

    const person = await loginPerson(t.app, '13900001111', 'Zhang2026x');
    const ent = await person.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: {
        name: '舟山渔港水产有限公司',
        creditCode: '91330902MA28K5L3DP',
        legalRepresentative: '张三',
        contactName: '张三',
        contactMobile: '13900001111',
      },
    });
    expect(ent.statusCode, ent.body).toBe(201);
    expect(ent.json().relation).toBe('legal_representative');
    const act = await person.request({
      method: 'POST',
      url: '/api/auth/acting-enterprise',
      payload: { enterpriseId: ent.json().id },
    });
    expect(act.statusCode).toBe(200);
    expect((await person.request({ method: 'GET', url: '/api/auth/me' })).json().actor.actingEnterpriseId).toBe(
      ent.json().id,
    );
  });

  it('[R-ORG-4] malformed ID numbers, credit codes and mobiles are refused with the field named', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/applicants/register',
      payload: { name: '李四', idNumber: '330903198806061526', mobile: '13900002222', password: 'Li2026xx' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'identity.invalid_id_number',
      details: { field: 'idNumber', reason: 'check_digit' },
    });
    const badMobile = await t.app.inject({
      method: 'POST',
      url: '/api/applicants/register',
      payload: { name: '李四', idNumber: '330902199001011238', mobile: '12900002222', password: 'Li2026xx' },
    });
    expect(badMobile.json().error.code).toBe('identity.invalid_mobile');
    await buildPerson(t.ctx, '330902195808203013', '13700003333', '王五');
    const p = await loginPerson(t.app, '13700003333');
    const badCode = await p.request({
      method: 'POST',
      url: '/api/enterprises',
      payload: {
        name: '错误代码公司',
        creditCode: '91330902MA28K5L3DQ',
        legalRepresentative: '王五',
        contactName: '王五',
        contactMobile: '13700003333',
      },
    });
    expect(badCode.json().error).toMatchObject({
      code: 'identity.invalid_credit_code',
      details: { field: 'creditCode' },
    });
    const notMine = await p.request({
      method: 'POST',
      url: '/api/auth/acting-enterprise',
      payload: { enterpriseId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(notMine.statusCode).toBe(403);
  });

  it('[R-ORG-4] an agent records a resident and their signed authorisation; actions show 由代办员 X 代为办理', async () => {
    const { username } = await buildStaff(t.ctx, [{ role: 'agent', centre_id: tree.township.id }], 'agent1');
    const agent = await loginStaff(t.app, username);
    const resident = await agent.request({
      method: 'POST',
      url: '/api/agent/residents',
      payload: { name: '王阿婆', idNumber: '33090219450315202X', mobile: '13957005678' },
    });
    expect(resident.statusCode, resident.body).toBe(200);
    expect(resident.json()).toMatchObject({ idNumberMasked: '330902********202X', registered: false });
    const upload = await agent.request({
      method: 'POST',
      url: '/api/files',
      ...multipart('授权委托书.pdf', tinyPdf()),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fake = await agent.request({
      method: 'POST',
      url: '/api/files',
      ...multipart('假的.pdf', Buffer.from('<script>alert(1)</script>'), 'application/pdf'),
    });
    expect(fake.statusCode).toBe(415);
    const auth = await agent.request({
      method: 'POST',
      url: '/api/agent/authorisations',
      payload: {
        personId: resident.json().id,
        allItems: true,
        validUntil: '2027-12-31',
        formFileSha256: upload.json().sha256,
      },
    });
    expect(auth.statusCode, auth.body).toBe(201);
    expect(auth.json()).toMatchObject({
      status: 'valid',
      actedBy: `由代办员 ${agent.me.name as string} 代为办理`,
      personName: '王阿婆',
    });
    const reveal = await agent.request({
      method: 'POST',
      url: `/api/persons/${resident.json().id}/reveal`,
      payload: { field: 'idNumber' },
    });
    expect(reveal.json().value).toBe('33090219450315202X');
    const revealAudit = await sql<{
      c: number;
    }>`SELECT count(*)::int AS c FROM audit_record WHERE action = 'person.reveal' AND outcome = 'success'`.execute(
      t.ctx.database.db,
    );
    expect(revealAudit.rows[0]!.c).toBe(1);
    const past = await agent.request({
      method: 'POST',
      url: '/api/agent/authorisations',
      payload: {
        personId: resident.json().id,
        allItems: true,
        validUntil: '2020-01-01',
        formFileSha256: upload.json().sha256,
      },
    });
    expect(past.statusCode).toBe(400);
    const revoked = await agent.request({
      method: 'POST',
      url: `/api/agent/authorisations/${auth.json().id}/revoke`,
      payload: { version: 1, reason: '居民本人撤回委托' },
    });
    expect(revoked.json().status).toBe('revoked');
    const afterRevoke = await agent.request({
      method: 'POST',
      url: `/api/persons/${resident.json().id}/reveal`,
      payload: { field: 'idNumber' },
    });
    expect(afterRevoke.statusCode).toBe(404);
  });
});

describe('IDOR: every route that takes an id refuses objects outside the caller’s reach', () => {
  it('[R-ORG-2] another centre’s administrator, agent or applicant gets 403/404 and nothing changes', async () => {
    const otherTownship = await createCentreUnchecked(
      t.ctx,
      null,
      systemMeta,
      { parentId: tree.county2.id, level: 'township', divisionCode: '330903001', name: '沈家门街道便民服务中心' },
      tree.county2,
    );
    const ptSys = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'system_admin', centre_id: tree.county2.id }])).username,
    );
    const ptSec = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'security_admin', centre_id: tree.county2.id }])).username,
    );
    const victim = await buildStaff(t.ctx, [
      {
        role: 'window_clerk',
        centre_id: tree.city.id,
        window_id: tree.citySCJG.window.id,
        department_id: tree.citySCJG.department.id,
      },
    ]);
    const victimRole = (
      await t.ctx.database.db
        .selectFrom('staff_role')
        .select('id')
        .where('staff_id', '=', victim.id)
        .executeTakeFirstOrThrow()
    ).id;
    const agentA = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'agent', centre_id: tree.township.id }])).username,
    );
    const agentB = await loginStaff(
      t.app,
      (await buildStaff(t.ctx, [{ role: 'agent', centre_id: otherTownship.id }])).username,
    );
    const res = (
      await agentA.request({
        method: 'POST',
        url: '/api/agent/residents',
        payload: { name: '赵六', idNumber: '330921197202023016', mobile: '13700009999' },
      })
    ).json();
    const file = (await agentA.request({ method: 'POST', url: '/api/files', ...multipart('a.pdf', tinyPdf()) })).json();
    const authz = (
      await agentA.request({
        method: 'POST',
        url: '/api/agent/authorisations',
        payload: { personId: res.id, allItems: true, validUntil: '2027-06-30', formFileSha256: file.sha256 },
      })
    ).json();
    await buildPerson(t.ctx, '330902199001011238', '13857001234', '林海');
    const citizen = await loginPerson(t.app, '13857001234');

    const attempts: Array<[Client, string, string, unknown?]> = [
      [ptSys, 'PATCH', `/api/org/centres/${tree.city.id}`, { version: 1, name: 'x' }],
      [ptSys, 'PATCH', `/api/org/departments/${tree.citySCJG.department.id}`, { version: 1, name: 'x' }],
      [
        ptSys,
        'POST',
        `/api/org/centres/${tree.county.id}/windows`,
        { departmentId: tree.countySCJG.department.id, number: '99', name: 'x', floor: 1, posX: 1, posY: 1 },
      ],
      [ptSys, 'PATCH', `/api/org/windows/${tree.citySCJG.window.id}`, { version: 1, name: 'x' }],
      [ptSys, 'GET', `/api/staff/${victim.id}`],
      [ptSys, 'PATCH', `/api/staff/${victim.id}`, { version: 1, active: false }],
      [ptSys, 'POST', `/api/staff/${victim.id}/reset-password`, {}],
      [ptSec, 'POST', `/api/staff/${victim.id}/roles`, { role: 'supervisor', centreId: tree.county2.id }],
      [ptSec, 'DELETE', `/api/staff/${victim.id}/roles/${victimRole}`],
      [ptSec, 'POST', `/api/staff/${victim.id}/unlock`, {}],
      [agentB, 'GET', `/api/agent/residents/${res.id}`],
      [agentB, 'GET', `/api/agent/authorisations/${authz.id}`],
      [agentB, 'POST', `/api/agent/authorisations/${authz.id}/revoke`, { version: 1, reason: '越权撤销' }],
      [agentB, 'POST', `/api/persons/${res.id}/reveal`, { field: 'idNumber' }],
      [citizen, 'POST', `/api/persons/${res.id}/reveal`, { field: 'mobile' }],
      [citizen, 'GET', `/api/agent/authorisations/${authz.id}`],
    ];
    const snapshot = async () =>
      JSON.stringify(
        await sql`SELECT (SELECT json_agg(c ORDER BY id) FROM centre c) AS c, (SELECT json_agg(s ORDER BY id) FROM staff s) AS s,
          (SELECT json_agg(r ORDER BY id) FROM staff_role r) AS r, (SELECT json_agg(a ORDER BY id) FROM agent_authorisation a) AS a,
          (SELECT json_agg(w ORDER BY id) FROM service_window w) AS w`.execute(t.ctx.database.db),
      );
    const before = await snapshot();
    for (const [client, method, url, payload] of attempts) {
      const r = await client.request({
        method: method as 'GET',
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect([403, 404], `${method} ${url} → ${r.statusCode} ${r.body}`).toContain(r.statusCode);
    }
    expect(await snapshot()).toBe(before);
  });
});
