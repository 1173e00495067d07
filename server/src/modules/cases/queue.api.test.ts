import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFor, goodForm, ok, requiredMaterials, submit } from '../../../test/case-support.js';
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
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';
import { systemMeta } from '../../platform/auth/actor.js';
import { createDepartmentUnchecked, createWindowUnchecked } from '../org/service.js';

// The queue's scope has two sides (a window's own cases and those its township took in; an
// agent's own applications and those of their centre), read as two branches and merged by
// deadline: these tests page through both sides and check nothing is lost or listed twice.

let t: TestApp;
let tree: Tree;
let countyClerk: Client;
let townshipClerk: Client;
let agentA: Client;
let agentB: Client;
let citizen: Client;
let itemId: string;
const ids = { walkIns: [] as string[], direct: '', byAgent: '' };

type QueueItem = { id: string; deadline: string | null };
type Queue = { items: QueueItem[]; total: number };

const staff = async (roles: Parameters<typeof buildStaff>[1]) =>
  loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);

async function queue(client: Client, query: string): Promise<Queue> {
  const res = await client.request({ method: 'GET', url: `/api/workbench/queue?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Every page of a view, one case a page. */
async function pageThrough(client: Client, view: string) {
  const first = await queue(client, `view=${view}&pageSize=1&page=1`);
  const items = [...first.items];
  for (let page = 2; page <= first.total; page += 1) {
    const next = await queue(client, `view=${view}&pageSize=1&page=${page}`);
    expect(next.total).toBe(first.total);
    items.push(...next.items);
  }
  return { total: first.total, items };
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const county = tree.countySCJG;
  countyClerk = await staff([
    {
      role: 'window_clerk',
      centre_id: tree.county.id,
      window_id: county.window.id,
      department_id: county.department.id,
    },
  ]);
  const supervisor = await staff([{ role: 'supervisor', centre_id: tree.city.id }]);
  const created = (
    await countyClerk.request({
      method: 'POST',
      url: '/api/items',
      payload: {
        definition: foodLicence({
          basicCode: '330217003',
          implementationCode: '11330902MB0000000X0003',
          handlingLevel: 'county',
          intakeLevels: ['county', 'township'],
        }),
      },
    })
  ).json();
  const sub = (
    await countyClerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/submit`,
      payload: { version: created.version },
    })
  ).json();
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${created.id}/publish`,
    payload: { version: sub.version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
  itemId = created.id as string;

  const dept = await createDepartmentUnchecked(t.ctx, null, systemMeta, tree.township.id, { name: '综合窗口部门' });
  const win = await createWindowUnchecked(t.ctx, null, systemMeta, tree.township.id, {
    departmentId: dept.id,
    number: '01',
    name: '综合受理窗口',
    floor: 1,
    posX: 100,
    posY: 100,
  });
  townshipClerk = await staff([
    { role: 'window_clerk', centre_id: tree.township.id, window_id: win.id, department_id: dept.id },
  ]);
  agentA = await staff([{ role: 'agent', centre_id: tree.township.id }]);
  agentB = await staff([{ role: 'agent', centre_id: tree.township.id }]);

  await buildPerson(t.ctx);
  citizen = await loginPerson(t.app, '13857001234');
  ids.direct = (await applyFor(citizen, itemId)).id;
  for (const idNumber of ['330902199001011238', '330902198703051213']) {
    const res = await townshipClerk.request({
      method: 'POST',
      url: '/api/intake',
      headers: { 'idempotency-key': randomUUID() },
      payload: { itemId, applicant: { name: '林海', idNumber }, formData: goodForm },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.walkIns.push(res.json().id);
  }

  const resident = (
    await agentA.request({
      method: 'POST',
      url: '/api/agent/residents',
      payload: { name: '王阿婆', idNumber: '33090219450315202X', mobile: '13957005678' },
    })
  ).json();
  const form = (
    await agentA.request({ method: 'POST', url: '/api/files', ...multipart('授权委托书.pdf', tinyPdf()) })
  ).json();
  const auth = await agentA.request({
    method: 'POST',
    url: '/api/agent/authorisations',
    payload: { personId: resident.id, allItems: true, validUntil: '2099-12-31', formFileSha256: form.sha256 },
  });
  expect(auth.statusCode, auth.body).toBe(201);
  const byAgent = await submit(agentA, {
    itemId,
    formData: goodForm,
    materials: await requiredMaterials(agentA),
    forPersonId: resident.id,
  });
  expect(byAgent.statusCode, byAgent.body).toBe(201);
  ids.byAgent = byAgent.json().id;
});
afterAll(async () => {
  await t.close();
});

const sorted = (items: QueueItem[]) =>
  items.every((x, i) => i === 0 || (items[i - 1]!.deadline ?? '9') <= (x.deadline ?? '9'));

describe('a queue over two sides of its scope', () => {
  it('[R-APP-6] the county window pages through its own and the township’s intake, in deadline order, each once', async () => {
    const all = await pageThrough(countyClerk, 'all');
    expect(all.total).toBe(4);
    expect(new Set(all.items.map((i) => i.id))).toEqual(new Set([...ids.walkIns, ids.direct, ids.byAgent]));
    expect(all.items).toHaveLength(4);
    expect(sorted(all.items)).toBe(true);
  });

  it('[R-ORG-5] the township window sees what it and its agents took in, not the county’s direct applications', async () => {
    const all = await pageThrough(townshipClerk, 'all');
    expect(new Set(all.items.map((i) => i.id))).toEqual(new Set([...ids.walkIns, ids.byAgent]));
    expect(all.total).toBe(3);
    expect(sorted(all.items)).toBe(true);
  });

  it('[R-ORG-5] an agent’s own application (matching both sides) is listed once; a colleague sees it through the centre', async () => {
    const mine = await pageThrough(agentA, 'all');
    expect(mine.items.filter((i) => i.id === ids.byAgent)).toHaveLength(1);
    expect(mine.total).toBe(mine.items.length);
    expect(new Set(mine.items.map((i) => i.id))).toEqual(new Set([...ids.walkIns, ids.byAgent]));
    const colleague = await pageThrough(agentB, 'all');
    expect(new Set(colleague.items.map((i) => i.id))).toEqual(new Set([...ids.walkIns, ids.byAgent]));
  });

  it('[R-APP-6] 已办 lists the most recently closed first', async () => {
    const cases: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < 4; i += 1) cases.push(await applyFor(citizen, itemId));
    const closingOrder = [2, 0, 3, 1].map((i) => cases[i]!);
    for (const c of closingOrder) await ok(countyClerk, c, { action: 'reject', reasons: '不属于本机关职权范围' });
    const done = await queue(countyClerk, 'view=done');
    expect(done.items.map((i) => i.id)).toEqual(closingOrder.reverse().map((c) => c.id));
  });
});
