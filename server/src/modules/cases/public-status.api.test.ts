import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, applyFor, ok } from '../../../test/case-support.js';
import { buildPerson, buildStaff, buildTree, type Client, loginPerson, loginStaff } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';

let t: TestApp;
let clerk: Client;
let approver: Client;
let head: Client;
let citizen: Client;
let itemId: string;
// The officers' display names (factories: 测试 + the username's last four characters).
const officerNames: string[] = [];

const staff = async (roles: Parameters<typeof buildStaff>[1]) => {
  const s = await buildStaff(t.ctx, roles);
  officerNames.push(`测试${s.username.slice(-4)}`);
  return loginStaff(t.app, s.username);
};

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  clerk = await staff([
    { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
  ]);
  approver = await staff([{ role: 'approver', centre_id: tree.city.id, department_id: w.department.id }]);
  head = await staff([{ role: 'department_head', centre_id: tree.city.id, department_id: w.department.id }]);
  const supervisor = await staff([{ role: 'supervisor', centre_id: tree.city.id }]);
  await buildPerson(t.ctx);
  citizen = await loginPerson(t.app, '13857001234');
  const created = (
    await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: foodLicence() } })
  ).json<{ id: string; version: number }>();
  const sub = (
    await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/submit`,
      payload: { version: created.version },
    })
  ).json<{ version: number }>();
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${created.id}/publish`,
    payload: { version: sub.version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
  itemId = created.id;
});
afterAll(async () => {
  await t.close();
});

type Lookup = {
  status: string;
  currentStage: string | null;
  clockStopped: boolean;
  history: Array<{ at: string; action: string; status: string }>;
};

/** The look-up as anyone holding the receipt makes it: no session. */
async function lookUp(c: { caseNo: string; queryCode: string }) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, json: res.json<Lookup>() };
}

const moves = (l: Lookup) => l.history.map((e) => `${e.action}→${e.status}`);

describe('the public look-up shows where the case is and what has happened', () => {
  it('[R-WEB-2] [R-KIO-3] the current stage and the moves in time order, after acceptance and review', async () => {
    const applied = await applyFor(citizen, itemId);
    const receipt = { caseNo: applied.caseNo as string, queryCode: applied.queryCode as string };
    let l = (await lookUp(receipt)).json;
    expect(l).toMatchObject({ status: 'submitted', currentStage: null, clockStopped: false });
    expect(moves(l)).toEqual(['submit→submitted']);

    const c = await ok(clerk, applied, { action: 'accept', note: '材料齐全，予以受理' });
    l = (await lookUp(receipt)).json;
    expect(l).toMatchObject({ status: 'in_review', currentStage: '审查' });
    expect(moves(l)).toEqual(['submit→submitted', 'accept→in_review']);

    await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '经审查，场所布局合理，建议准予许可' });
    l = (await lookUp(receipt)).json;
    expect(l.currentStage).toBe('决定');
    expect(moves(l)).toEqual(['submit→submitted', 'accept→in_review', 'review→in_review']);
    const times = l.history.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Exactly these three fields: who moved it, notes and data never leave the server.
    for (const e of l.history) expect(Object.keys(e).sort()).toEqual(['action', 'at', 'status']);
  });

  it('[R-WEB-2] [R-KIO-3] no officer’s name, opinion, reasons or applicant data, even after a denial', async () => {
    const applied = await applyFor(citizen, itemId);
    let c = await ok(clerk, applied, { action: 'accept', note: '受理备注：申请人已当面核验' });
    c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '审查意见：经营场所不符合要求' });
    c = await ok(head, c, { action: 'decide', outcome: 'deny', reasons: '经营场所与污染源距离不足二十五米' });
    expect(c.status).toBe('denied');
    const { body, json } = await lookUp({ caseNo: applied.caseNo as string, queryCode: applied.queryCode as string });
    expect(json).toMatchObject({ status: 'denied', currentStage: null });
    expect(moves(json)).toEqual(['submit→submitted', 'accept→in_review', 'review→in_review', 'decide→denied']);
    for (const secret of [
      '经营场所与污染源距离不足二十五米',
      '审查意见',
      '受理备注',
      '六十日内', // the denial's remedies are on the decision, for the applicant
      '林海',
      '舟山海味餐饮',
      ...officerNames,
    ])
      expect(body).not.toContain(secret);
  });

  it('[R-WEB-2] [R-KIO-3] a special procedure shows the clock stopped; an extension’s request and answer stay internal', async () => {
    const applied = await applyFor(citizen, itemId);
    let c = await ok(clerk, applied, { action: 'accept' });
    c = await ok(approver, c, { action: 'request_extension', days: 5, reason: '延期理由：需现场核查' });
    c = (await head.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    c = await ok(head, c, { action: 'approve_extension', approve: true, note: '同意延期' });
    c = await ok(approver, c, {
      action: 'start_special',
      kind: 'expert_review',
      expectedDays: 15,
      reason: '组织专家评审',
    });
    const receipt = { caseNo: applied.caseNo as string, queryCode: applied.queryCode as string };
    const during = await lookUp(receipt);
    expect(during.json).toMatchObject({ status: 'special_procedure', currentStage: '审查', clockStopped: true });
    expect(moves(during.json)).toEqual(['submit→submitted', 'accept→in_review', 'start_special→special_procedure']);
    for (const secret of ['延期理由', '同意延期', '组织专家评审']) expect(during.body).not.toContain(secret);

    c = await ok(approver, c, { action: 'end_special', result: '专家评审通过' });
    expect((await lookUp(receipt)).json).toMatchObject({ status: 'in_review', clockStopped: false });
    // A withdrawal leaves the review step active in the table; the look-up shows no stage.
    const w = await act(citizen, c, { action: 'withdraw', reason: '不再经营' });
    expect(w.statusCode, w.body).toBe(200);
    const after = (await lookUp(receipt)).json;
    expect(after).toMatchObject({ status: 'withdrawn', currentStage: null, clockStopped: false });
    expect(after.history.at(-1)).toMatchObject({ action: 'withdraw', status: 'withdrawn' });
  });
});
