import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, submit, upload } from '../../test/case-support.js';
import { loginPerson, loginStaff } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/harness.js';
import { seedDemoData } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemoData(t.ctx);
}, 120_000);
afterAll(async () => {
  await t.close();
});

type GuideMaterial = { key: string; requirement: string };

describe('the demo data carries the three-level journey', () => {
  it('[R-ORG-5] the township agent applies for 王阿婆 for 公共场所卫生许可; 解放街道 passes it up; 定海 decides; the agent sees the certificate', async () => {
    const agent = await loginStaff(t.app, 'agent');
    const search = (
      await t.app.inject({ method: 'GET', url: `/api/catalogue?q=${encodeURIComponent('公共场所卫生许可')}` })
    ).json();
    const itemId = search.items[0].itemId as string;
    const g = (await t.app.inject({ method: 'GET', url: `/api/catalogue/items/${itemId}` })).json();
    const required = (g.definition.materials as GuideMaterial[]).filter((m) => m.requirement === 'required');
    const residents = (await agent.request({ method: 'GET', url: '/api/agent/authorisations' })).json();
    const resident = (residents.items ?? residents).find((a: { personName: string }) => a.personName === '王阿婆');
    expect(resident, 'demo authorisation for 王阿婆').toBeTruthy();
    const materials = [];
    for (const m of required) materials.push({ materialKey: m.key, uploadId: await upload(agent) });
    const res = await submit(agent, {
      itemId,
      forPersonId: resident.personId,
      formData: {
        applicantName: '定海区阿婆美发店',
        creditCode: '92330902MA2B3C4D5E',
        contactName: '王阿婆',
        contactPhone: '13957005678',
        address: '舟山市定海区解放街道',
        venueTypes: ['美容美发场所'],
        businessArea: 60,
        staffCount: 3,
        commitment: true,
      },
      materials,
    });
    expect(res.statusCode, res.body).toBe(201);
    let c = res.json();
    expect(c).toMatchObject({ status: 'township_review', intakeCentreName: '解放街道便民服务中心' });
    c = await ok(agent, c, { action: 'pass_up', opinion: '经初审，材料齐全，报区中心审批' });

    const clerk = await loginStaff(t.app, 'dhclerk');
    const approver = await loginStaff(t.app, 'dhapprover');
    const queue = (await clerk.request({ method: 'GET', url: '/api/workbench/queue?view=todo' })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(c.id);
    c = await ok(clerk, c, { action: 'accept', tolerated: ['health_certificates'] });
    c = await ok(approver, c, { action: 'decide', outcome: 'grant', reasons: '符合告知承诺条件' });
    c = await ok(clerk, c, { action: 'confirm_tolerated' });
    c = await ok(clerk, c, { action: 'issue_certificate' });
    const seen = (await agent.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(seen).toMatchObject({ status: 'concluded', applicantName: '王阿婆' });
    expect(seen.certificateNo).toMatch(/^330902/);

    // The citizen demo account can apply for the city's 食品经营许可 online.
    const citizen = await loginPerson(t.app, '13857001234');
    const mine = await citizen.request({ method: 'GET', url: '/api/my/cases' });
    expect(mine.statusCode).toBe(200);
  });
});
