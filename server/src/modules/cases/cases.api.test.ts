import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  type Tree,
} from '../../../test/factories.js';
import { goodForm, requiredMaterials, submit } from '../../../test/case-support.js';
import { foodLicence } from '../../../test/item-fixture.js';

let t: TestApp;
let tree: Tree;
let clerk: Client;
let supervisor: Client;
let citizen: Client;
let itemId: string;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  clerk = await loginStaff(
    t.app,
    (
      await buildStaff(t.ctx, [
        { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
      ])
    ).username,
  );
  supervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }])).username,
  );
  await buildPerson(t.ctx);
  citizen = await loginPerson(t.app, '13857001234');
  const created = (
    await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: foodLicence() } })
  ).json();
  itemId = created.id;
  await publishDraft(created.version);
});
afterAll(async () => {
  await t.close();
});

async function publishDraft(version: number) {
  const sub = (
    await clerk.request({ method: 'POST', url: `/api/items/${itemId}/submit`, payload: { version } })
  ).json();
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${itemId}/publish`,
    payload: { version: sub.version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
}

const apply = async (formData: Record<string, unknown> = goodForm) =>
  submit(citizen, { itemId, formData, materials: await requiredMaterials(citizen) });

describe('starting a case', () => {
  it('[R-APP-1] an online application gets a case number and query code; form data is checked against the item’s schema', async () => {
    const bad = await apply({ businessName: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('case.invalid_form');
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['businessArea', 'businessName']);
    const res = await apply();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseNo).toMatch(/^330900\d{8}\d{6}$/);
    expect(res.json().queryCode).toMatch(/^[2-9A-Z]{8}$/);
  });

  it('[R-OPS-4] a step added to the item in the editor’s API is followed by new cases; earlier cases keep their version', async () => {
    const before = (await apply()).json();
    expect(before.steps.map((s: { key: string }) => s.key)).toEqual(['accept', 'review', 'decide']);
    const draft = (await clerk.request({ method: 'GET', url: `/api/items/${itemId}` })).json();
    const definition = draft.definition;
    definition.process.splice(2, 0, {
      key: 'site_check',
      name: '现场核查',
      role: 'approver',
      limit: { value: 2, unit: 'working_days', explanation: '' },
    });
    const saved = await clerk.request({
      method: 'PUT',
      url: `/api/items/${itemId}/draft`,
      payload: { version: draft.version, definition },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await publishDraft(saved.json().version);
    const after = (await apply()).json();
    expect(after.steps.map((s: { key: string }) => s.key)).toEqual(['accept', 'review', 'site_check', 'decide']);
    expect(after.itemVersionId).not.toBe(before.itemVersionId);
    const old = (await citizen.request({ method: 'GET', url: `/api/cases/${before.id}` })).json();
    expect(old.steps.map((s: { key: string }) => s.key)).toEqual(['accept', 'review', 'decide']);
  });

  it('[R-APP-1] concurrent submissions get distinct, consecutive case numbers', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => apply()));
    const serials = results.map((r) => Number(r.json().caseNo.slice(-6))).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(10);
    expect(serials.at(-1)! - serials[0]!).toBe(9);
  });

  it('[R-WEB-2] anyone can look up a case by number and query code; a wrong code and an unknown number answer alike', async () => {
    const c = (await apply()).json();
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ caseNo: c.caseNo, itemName: '食品经营许可', status: 'submitted' });
    // The English pages (portal and kiosk) name the item in English; no English department name is recorded here.
    expect(ok.json()).toMatchObject({ itemNameEn: 'Food business licence', departmentNameEn: null });
    expect(c).toMatchObject({ itemNameEn: 'Food business licence', departmentNameEn: null, centreNameEn: null });
    expect(ok.body).not.toContain('林海');
    const lower = await t.app.inject({
      method: 'GET',
      url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode.toLowerCase()}`,
    });
    expect(lower.statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/case-status?caseNo=${c.caseNo}&queryCode=AAAAAAAA` });
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/case-status?caseNo=330900209901010000001&queryCode=${c.queryCode}`,
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('[R-ORG-2] another applicant cannot read my case; the deciding window’s clerk can', async () => {
    const c = (await apply()).json();
    await buildPerson(t.ctx, '330922198307144122', '13600001111', '周七');
    const other = await loginPerson(t.app, '13600001111');
    expect((await other.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    expect((await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(200);
  });
});
