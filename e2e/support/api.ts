import assert from 'node:assert/strict';
import { type APIRequestContext, request } from 'playwright-core';
import { baseUrl } from './browser.js';
import { DEMO_PASSWORD } from './staff.js';

/** A tiny valid PNG: a scanned page as far as the server's content check goes. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** 林海, the demo applicant. */
export const DEMO_APPLICANT = '13857001234';

/** A session of its own for one demo account, outside any browser (the browsers' cookies stay apart). */
export type Caller = { api: APIRequestContext; csrf: string; name: string };

export async function apiLogin(kind: 'staff' | 'applicant', account: string): Promise<Caller> {
  const api = await request.newContext({ baseURL: baseUrl });
  const res =
    kind === 'staff'
      ? await api.post('/api/auth/staff/login', { data: { username: account, password: DEMO_PASSWORD } })
      : await api.post('/api/auth/applicant/login', { data: { account, password: DEMO_PASSWORD } });
  assert.equal(res.status(), 200, `${account} logs in: ${await res.text()}`);
  return { api, csrf: (await res.json()).csrfToken as string, name: account };
}

export type Guide = {
  itemId: string;
  definition: { name: string; materials: Array<{ key: string; requirement: string }>; fees: Array<{ name: string }> };
};

/** The published guide of the demo item whose name satisfies `match` (found by the public search). */
export async function findItem(caller: Caller, query: string, match: (name: string) => boolean): Promise<Guide> {
  const found = await (await caller.api.get(`/api/catalogue?q=${encodeURIComponent(query)}`)).json();
  const itemId = found.items.find((i: { name: string }) => match(i.name))?.itemId as string | undefined;
  assert.ok(itemId, `${query} is in the demo catalogue`);
  return { ...((await (await caller.api.get(`/api/catalogue/items/${itemId}`)).json()) as Guide), itemId };
}

/**
 * An online application with every required material, through the API (applying in the browser
 * is a journey of its own). Returns the case as the API answers it.
 */
export async function applyOnline<T>(applicant: Caller, guide: Guide, formData: object, tag: string): Promise<T> {
  const { api, csrf } = applicant;
  const materials = [];
  for (const m of guide.definition.materials.filter((x) => x.requirement === 'required')) {
    const res = await api.post('/api/uploads', {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name: `${m.key}.png`, mimeType: 'image/png', buffer: PNG } },
    });
    assert.equal(res.status(), 201, await res.text());
    materials.push({ materialKey: m.key, uploadId: (await res.json()).uploadId as string });
  }
  const res = await api.post('/api/cases', {
    headers: { 'x-csrf-token': csrf, 'idempotency-key': `e2e-${tag}-${Date.now()}-${Math.random()}` },
    data: { itemId: guide.itemId, formData, materials },
  });
  assert.equal(res.status(), 201, await res.text());
  return (await res.json()) as T;
}

const nextYear = () => `${new Date().getFullYear() + 1}-12-31`;

/**
 * Moves the case on as the demo staff of 市场监督管理局 until its certificate is issued: whoever
 * may take the next step (accept, review, decide, issue) takes it, at the version they see.
 */
export async function grantAndIssue(caseId: string, staff: Caller[]): Promise<void> {
  for (let round = 0; round < 12; round += 1) {
    let moved = false;
    for (const who of staff) {
      const view = (await (await who.api.get(`/api/cases/${caseId}`)).json()) as {
        version: number;
        allowedActions: string[];
      };
      const can = (a: string) => view.allowedActions.includes(a);
      const body = can('issue_certificate')
        ? { action: 'issue_certificate' }
        : can('decide')
          ? {
              action: 'decide',
              outcome: 'grant',
              reasons: '经审查，申请材料齐全，符合法定条件。',
              validUntil: nextYear(),
            }
          : can('review')
            ? { action: 'review', outcome: 'agree', opinion: '同意。' }
            : can('accept')
              ? { action: 'accept' }
              : null;
      if (!body) continue;
      const res = await who.api.post(`/api/cases/${caseId}/transitions`, {
        headers: { 'x-csrf-token': who.csrf },
        data: { ...body, version: view.version },
      });
      assert.equal(res.status(), 200, `${who.name} ${body.action}: ${await res.text()}`);
      moved = true;
      if (body.action === 'issue_certificate') return;
      break;
    }
    assert.ok(moved, `someone can move case ${caseId} on (round ${round})`);
  }
  assert.fail('the certificate was issued within 12 moves');
}
