import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  multipart,
  tinyPdf,
} from './factories.js';
import type { TestApp } from './harness.js';
import { foodLicence } from './item-fixture.js';

/** Uploads a small PDF as `client` and returns its upload id. */
export async function upload(client: Client, bytes: Buffer = tinyPdf(), name = '材料.pdf'): Promise<string> {
  const res = await client.request({ method: 'POST', url: '/api/uploads', ...multipart(name, bytes) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().uploadId as string;
}

/** The food-licence fixture's required materials, uploaded by `client`. */
export async function requiredMaterials(client: Client, keys = ['application', 'licence_copy']) {
  return Promise.all(keys.map(async (materialKey) => ({ materialKey, uploadId: await upload(client) })));
}

export const goodForm = { businessName: '舟山海味餐饮', businessArea: 80 };

/** POST /api/cases with a fresh idempotency key (or the one given). */
export async function submit(client: Client, body: Record<string, unknown>, key: string = randomUUID()) {
  return client.request({ method: 'POST', url: '/api/cases', payload: body, headers: { 'idempotency-key': key } });
}

/** A complete application for the fixture item; returns the created case. */
export async function applyFor(client: Client, itemId: string, extra: Record<string, unknown> = {}) {
  const res = await submit(client, {
    itemId,
    formData: goodForm,
    materials: await requiredMaterials(client),
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- a case as the API returns it, read loosely
  return res.json();
}

/** Takes an action at the case's current version; returns the response. */
export async function act(client: Client, c: { id: string; version: number }, body: Record<string, unknown>) {
  return client.request({
    method: 'POST',
    url: `/api/cases/${c.id}/transitions`,
    payload: { version: c.version, ...body },
  });
}

/** Takes an action and expects it to succeed; returns the updated case. */
export async function ok(client: Client, c: { id: string; version: number }, body: Record<string, unknown>) {
  const res = await act(client, c, body);
  expect(res.statusCode, res.body).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- a case as the API returns it, read loosely
  return res.json();
}

/** The case's row in the caller's workbench queue (`view` 全部 by default), or undefined. */
export async function queueRow(client: Client, caseId: string, view: 'todo' | 'all' = 'all') {
  const res = await client.request({ method: 'GET', url: `/api/workbench/queue?view=${view}&pageSize=100` });
  expect(res.statusCode, res.body).toBe(200);
  type Row = { id: string; status: string; held: Array<{ action: string; code: string }> };
  return res.json<{ items: Row[] }>().items.find((r) => r.id === caseId);
}

/**
 * The city's 市场监管 window with the food-licence fixture published: its clerk, the centre's
 * supervisor and a logged-in citizen (13857001234), ready to apply.
 */
export async function foodLicenceWindow(t: TestApp) {
  const tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  const clerk = await loginStaff(
    t.app,
    (
      await buildStaff(t.ctx, [
        { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
      ])
    ).username,
  );
  const supervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }])).username,
  );
  const person = await buildPerson(t.ctx);
  const citizen = await loginPerson(t.app, '13857001234');
  const itemId = await publishFoodLicence(clerk, supervisor);
  return { tree, clerk, supervisor, citizen, citizenId: person.id, itemId };
}

/** A logged-in window clerk of `w` (one of buildTree's department windows) at `centreId`. */
export async function windowClerk(
  t: TestApp,
  centreId: string,
  w: { department: { id: string }; window: { id: string } },
): Promise<Client> {
  const roles = [
    { role: 'window_clerk' as const, centre_id: centreId, window_id: w.window.id, department_id: w.department.id },
  ];
  return loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);
}

/**
 * The food-licence fixture, created by `clerk` in their department and published by `supervisor`
 * (theirs or a centre above): a second or third centre's item, as foodLicenceWindow makes the city's.
 */
export async function publishFoodLicence(clerk: Client, supervisor: Client): Promise<string> {
  const created = (
    await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: foodLicence() } })
  ).json<{ id: string; version: number }>();
  const submitted = (
    await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/submit`,
      payload: { version: created.version },
    })
  ).json<{ version: number }>();
  const published = await supervisor.request({
    method: 'POST',
    url: `/api/items/${created.id}/publish`,
    payload: { version: submitted.version },
  });
  expect(published.statusCode, published.body).toBe(200);
  return created.id;
}

/**
 * The whole office around the city's food-licence window: foodLicenceWindow's clerk, supervisor and
 * citizen (林海), plus the department's approver and head, a clerk of another window (消防), a
 * county supervisor (out of the city's reach) and a second citizen — the cast of a test that
 * checks who may and who may not.
 */
export async function foodLicenceOffice(t: TestApp) {
  const base = await foodLicenceWindow(t);
  const { tree } = base;
  const login = async (roles: Parameters<typeof buildStaff>[1]) =>
    loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);
  const dept = tree.citySCJG.department.id;
  await buildPerson(t.ctx, '330922198307144122', '13600001111', '周七');
  return {
    ...base,
    approver: await login([{ role: 'approver', centre_id: tree.city.id, department_id: dept }]),
    head: await login([{ role: 'department_head', centre_id: tree.city.id, department_id: dept }]),
    otherClerk: await windowClerk(t, tree.city.id, tree.cityXF),
    countySupervisor: await login([{ role: 'supervisor', centre_id: tree.county.id }]),
    other: await loginPerson(t.app, '13600001111'),
  };
}
