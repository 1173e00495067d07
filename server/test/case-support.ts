import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Client, multipart, tinyPdf } from './factories.js';

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
