import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { act, applyFor } from '../../../test/case-support.js';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  type Tree,
} from '../../../test/factories.js';
import type { TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';
import type { FeeItem } from '../catalogue/definition.js';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { hmacSm3Hex } from '../../platform/crypto/sm3.js';
import { signCallback, type CallbackBody } from './model.js';

/** The three fee examples of DOMAIN.md, one per mode, on one item (so one notice carries all three). */
export const threeFees: FeeItem[] = [
  {
    key: 'infrastructure_fee',
    name: '城市基础设施配套费',
    legalBasis: '浙江省城市基础设施配套费征收管理规定',
    standard: '1万平方米以下每平方米80元；1万至5万每平方米100元；以上120元',
    pricing: {
      rule: 'tiered',
      unit: '平方米',
      quantityField: 'floorArea',
      tiers: [
        { upTo: 10000, unitFen: 8000 },
        { upTo: 50000, unitFen: 10000 },
        { upTo: null, unitFen: 12000 },
      ],
    },
    paymentMode: 'bank',
    financeCode: '1030315001',
  },
  {
    key: 'road_occupation_fee',
    name: '城市道路占用费',
    legalBasis: '《城市道路管理条例》第三十七条',
    standard: '每平方米每日1.50元',
    pricing: { rule: 'per_unit', unitFen: 150, unit: '平方米·日', quantityField: 'areaDays' },
    paymentMode: 'window',
    financeCode: '103041700',
  },
  {
    key: 'certificate_fee',
    name: '证照工本费',
    legalBasis: '浙江省行政事业性收费项目目录（证照工本费）',
    standard: '每套10元',
    pricing: { rule: 'fixed', amountFen: 1000 },
    paymentMode: 'invoice_book',
    financeCode: '103010210',
  },
];

export type Cast = {
  t: TestApp;
  tree: Tree;
  clerk: Client;
  otherClerk: Client;
  head: Client;
  supervisor: Client;
  citizen: Client;
  itemId: string;
};

const roleOf = (t: TestApp, role: Parameters<typeof buildStaff>[1][number]) =>
  buildStaff(t.ctx, [role]).then((s) => loginStaff(t.app, s.username));

/** Clerk and head of the city market-regulation window, a clerk elsewhere, a supervisor, an applicant. */
export async function buildCast(t: TestApp, fees: FeeItem[] = threeFees): Promise<Cast> {
  const tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  const clerk = await roleOf(t, {
    role: 'window_clerk',
    centre_id: tree.city.id,
    window_id: w.window.id,
    department_id: w.department.id,
  });
  const otherClerk = await roleOf(t, {
    role: 'window_clerk',
    centre_id: tree.city.id,
    window_id: tree.cityXF.window.id,
    department_id: tree.cityXF.department.id,
  });
  const head = await roleOf(t, { role: 'department_head', centre_id: tree.city.id, department_id: w.department.id });
  const supervisor = await roleOf(t, { role: 'supervisor', centre_id: tree.city.id });
  const person = await buildPerson(t.ctx);
  const citizen = await loginPerson(t.app, person.account);
  const def = foodLicence({
    process: [
      { key: 'accept', name: '受理', role: 'window_clerk', limit: { value: 1, unit: 'working_days', explanation: '' } },
    ],
    fees,
    formSchema: {
      type: 'object',
      required: ['businessName', 'businessArea'],
      properties: {
        businessName: { type: 'string', title: '经营者名称', minLength: 2 },
        businessArea: { type: 'number', title: '经营面积（平方米）', minimum: 1 },
        floorArea: { type: 'number', title: '建筑面积（平方米）', minimum: 0 },
        areaDays: { type: 'number', title: '占用面积×天数', minimum: 0 },
      },
    },
  });
  const created = await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: def } });
  expect(created.statusCode, created.body).toBe(201);
  const item = created.json<{ id: string; version: number }>();
  const sub = await clerk.request({
    method: 'POST',
    url: `/api/items/${item.id}/submit`,
    payload: { version: item.version },
  });
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${item.id}/publish`,
    payload: { version: sub.json<{ version: number }>().version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
  return { t, tree, clerk, otherClerk, head, supervisor, citizen, itemId: item.id };
}

export type CaseRef = { id: string; version: number; caseNo: string; status: string };

/** An application with the given quantities, accepted and granted by the clerk (即办件). */
export async function grantedCase(cast: Cast, data: Record<string, unknown> = { floorArea: 12000, areaDays: 600 }) {
  const c = (await applyFor(cast.citizen, cast.itemId, {
    formData: { businessName: '舟山海味餐饮', businessArea: 80, ...data },
  })) as CaseRef;
  const accepted = await act(cast.clerk, c, { action: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const granted = await act(cast.clerk, accepted.json<CaseRef>(), {
    action: 'decide',
    outcome: 'grant',
    reasons: '符合条件',
  });
  expect(granted.statusCode, granted.body).toBe(200);
  return granted.json<CaseRef>();
}

/** Prices the case as the clerk; returns the notice. */
export async function price(cast: Cast, c: CaseRef, reductions: unknown[] = []) {
  const res = await cast.clerk.request({
    method: 'POST',
    url: `/api/cases/${c.id}/fees/pricing`,
    payload: { version: c.version, reductions },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{
    id: string;
    docNo: string | null;
    totalFen: number;
    status: string;
    fees: Array<{ feeKey: string; amountFen: number }>;
  }>();
}

export const caseFees = async (client: Client, caseId: string) => {
  const res = await client.request({ method: 'GET', url: `/api/cases/${caseId}/fees` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    notice: { status: string; paidFen: number; totalFen: number; docNo: string } | null;
    payments: Array<{
      id: string;
      status: string;
      amountFen: number;
      receiptNo: string | null;
      paymentMode: string;
      version: number;
    }>;
    approvals: Array<{ id: string; kind: string; status: string; version: number }>;
  }>();
};

// --- the simulated bank gateway ------------------------------------------------------------------

export const GATEWAY_KEY = 'test-gateway-hmac-sm3-key';

/**
 * A bank gateway on loopback: it accepts orders (checking the system's signature) and sends real
 * HTTP callbacks to the system, as the real one does.
 */
export async function startGateway() {
  const orders = new Map<string, { amountFen: number; notifyUrl: string; splits: unknown }>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as {
        orderNo: string;
        amountFen: number;
        notifyUrl: string;
        splits: unknown;
      };
      const ok = req.headers['x-signature'] === hmacSm3Hex(GATEWAY_KEY, canonicalJson(body));
      if (req.url !== '/orders' || !ok) {
        res.writeHead(401).end('{}');
        return;
      }
      orders.set(body.orderNo, { amountFen: body.amountFen, notifyUrl: body.notifyUrl, splits: body.splits });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ payUrl: `https://bank.test/pay/${body.orderNo}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let seq = 0;
  return {
    url,
    orders,
    /** A callback body for an order, signed with `key` (the right one unless forging). */
    callback(orderNo: string, over: Partial<CallbackBody> = {}, key = GATEWAY_KEY) {
      const body: CallbackBody = {
        eventType: 'payment.succeeded',
        orderNo,
        bankTxnId: `TXN${Date.now()}${++seq}`,
        amountFen: orders.get(orderNo)?.amountFen ?? 0,
        paidAt: new Date().toISOString(),
        nonce: `n${seq}`,
        ...over,
      };
      return { body, signature: signCallback(key, body) };
    },
    /** Sends a callback over real HTTP to the order's notify URL. */
    async send(orderNo: string, cb: { body: CallbackBody; signature: string }) {
      const notifyUrl = orders.get(orderNo)?.notifyUrl ?? '';
      const res = await fetch(notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bank-signature': cb.signature },
        body: JSON.stringify(cb.body),
      });
      return {
        status: res.status,
        json: (await res.json()) as { result?: string; error?: { code: string; message: string } },
      };
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
