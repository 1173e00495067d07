import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import type { Client } from '../../../test/factories.js';
import { foodLicenceWindow, goodForm, requiredMaterials, submit } from '../../../test/case-support.js';

// A submission answers with the case as its transaction wrote it, without reading it back
// (cases/detail.ts). These tests hold that answer equal to what reading the case gives.

let t: TestApp;
let clerk: Client;
let citizen: Client;
let itemId: string;
beforeAll(async () => {
  t = await buildTestApp();
  ({ clerk, citizen, itemId } = await foodLicenceWindow(t));
});
afterAll(async () => {
  await t.close();
});

/** The case as GET /api/cases/:id shows it to `client`. */
async function read(client: Client, id: string) {
  const res = await client.request({ method: 'GET', url: `/api/cases/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ id: string; clock: Record<string, unknown> }>();
}

/** Remaining working days move with the clock between two requests; everything else must not. */
function steady(detail: { clock: Record<string, unknown> }) {
  const { remainingWorkingDays: _moving, ...clock } = detail.clock;
  return { ...detail, clock };
}

describe('the answer to a submission', () => {
  it('[R-APP-1] an online application answers with exactly the case a read returns: steps, materials, history, clock, actions', async () => {
    const res = await submit(citizen, { itemId, formData: goodForm, materials: await requiredMaterials(citizen) });
    expect(res.statusCode, res.body).toBe(201);
    const answered = res.json();
    expect(answered.materials).toHaveLength(2);
    expect(answered.events).toHaveLength(1);
    expect(answered.steps.length).toBeGreaterThan(0);
    expect(answered.clock.dueAt).not.toBeNull();
    expect(steady(answered)).toEqual(steady(await read(citizen, answered.id)));
  });

  it('[R-APP-2] a walk-in intake answers with exactly the case a read returns to the clerk', async () => {
    const res = await clerk.request({
      method: 'POST',
      url: '/api/intake',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        itemId,
        applicant: { name: '林海', idNumber: '330902199001011238' },
        formData: goodForm,
        materials: await requiredMaterials(clerk, ['application']),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const answered = res.json();
    expect(answered).toMatchObject({ channel: 'window', applicantName: '林海' });
    expect(steady(answered)).toEqual(steady(await read(clerk, answered.id)));
  });

  it('[R-APP-1] a replayed submission answers with the first case as it now stands', async () => {
    const key = randomUUID();
    const body = { itemId, formData: goodForm, materials: await requiredMaterials(citizen) };
    const first = await submit(citizen, body, key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await submit(citizen, body, key);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(steady(again.json())).toEqual(steady(await read(citizen, first.json().id)));
  });
});
