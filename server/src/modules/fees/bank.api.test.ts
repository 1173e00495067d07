import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from '../../../test/case-support.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { configureGateway } from './gateway.js';
import { buildCast, caseFees, GATEWAY_KEY, grantedCase, price, startGateway, type Cast } from './fees.test-support.js';

let t: TestApp;
let cast: Cast;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  t = await buildTestApp();
  // Bank-only item: the infrastructure fee (large, by floor area → bank).
  const [infrastructure] = (await import('./fees.test-support.js')).threeFees;
  cast = await buildCast(t, [infrastructure!]);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as AddressInfo).port;
  gw = await startGateway();
  configureGateway(t.ctx, {
    url: gw.url,
    key: GATEWAY_KEY,
    notifyUrl: `http://127.0.0.1:${port}/api/payments/bank/callback`,
  });
});
afterAll(async () => {
  await gw.close();
  await t.close();
});

async function orderFor(caseId: string) {
  const res = await cast.citizen.request({ method: 'POST', url: `/api/cases/${caseId}/fees/bank-order`, payload: {} });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    orderNo: string;
    amountFen: number;
    splits: Array<{ financeCode: string; amountFen: number }>;
    payUrl: string;
  }>();
}

async function pricedOrder() {
  const c = await grantedCase(cast);
  await price(cast, c);
  return { c, order: await orderFor(c.id) };
}

const auditCount = async (action: string, outcome: 'success' | 'denied') =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('audit_record')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', action)
        .where('outcome', '=', outcome)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('bank payments through the gateway', () => {
  it('[R-APP-10] the order goes to the gateway split by finance code; a signed callback pays it and the case moves on', async () => {
    const { c, order } = await pricedOrder();
    expect(order.amountFen).toBe(100_000_000);
    expect(order.splits).toEqual([{ financeCode: '1030315001', amountFen: 100_000_000 }]);
    expect(gw.orders.get(order.orderNo)?.amountFen).toBe(100_000_000);
    // Asking again gives the same order.
    expect((await orderFor(c.id)).orderNo).toBe(order.orderNo);
    const res = await gw.send(order.orderNo, gw.callback(order.orderNo));
    expect(res).toEqual({ status: 200, json: { result: 'applied' } });
    const fees = await caseFees(cast.citizen, c.id);
    expect(fees.notice?.status).toBe('paid');
    expect(fees.payments).toHaveLength(1);
    const detail = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json<{
      events: Array<{ action: string }>;
      allowedActions: string[];
    }>();
    expect(detail.events.map((e) => e.action)).toContain('fees_paid');
    expect(detail.allowedActions).toContain('issue_certificate');
    const cur = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json<{
      id: string;
      version: number;
    }>();
    const cert = await act(cast.clerk, cur, { action: 'issue_certificate' });
    expect(cert.statusCode, cert.body).toBe(200);
  });

  it('[R-APP-10] one callback replayed 100 times in random order with other traffic: exactly one payment', async () => {
    const { c, order } = await pricedOrder();
    const others = await Promise.all([pricedOrder(), pricedOrder()]);
    const one = gw.callback(order.orderNo);
    const pending = gw.callback(order.orderNo, { eventType: 'payment.pending', bankTxnId: one.body.bankTxnId });
    const traffic: Array<() => Promise<{ status: number }>> = [];
    for (let i = 0; i < 100; i++) traffic.push(() => gw.send(order.orderNo, one));
    for (let i = 0; i < 10; i++) traffic.push(() => gw.send(order.orderNo, pending));
    for (const o of others) {
      const cb = gw.callback(o.order.orderNo);
      for (let i = 0; i < 5; i++) traffic.push(() => gw.send(o.order.orderNo, cb));
    }
    for (let i = traffic.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [traffic[i], traffic[j]] = [traffic[j]!, traffic[i]!];
    }
    const results = await Promise.all(traffic.map((f) => f()));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const fees = await caseFees(cast.citizen, c.id);
    expect(fees.payments).toHaveLength(1);
    expect(fees.payments[0]?.amountFen).toBe(order.amountFen);
    expect(fees.notice?.status).toBe('paid');
    for (const o of others) expect((await caseFees(cast.citizen, o.c.id)).payments).toHaveLength(1);
    const events = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json<{
      events: Array<{ action: string }>;
    }>();
    expect(events.events.filter((e) => e.action === 'fees_paid')).toHaveLength(1);
  });

  it('[R-APP-10] a pending event after success is harmless; a second success with another transaction is not counted', async () => {
    const { c, order } = await pricedOrder();
    expect((await gw.send(order.orderNo, gw.callback(order.orderNo))).json.result).toBe('applied');
    expect(
      (await gw.send(order.orderNo, gw.callback(order.orderNo, { eventType: 'payment.pending' }))).json.result,
    ).toBe('stale');
    expect((await gw.send(order.orderNo, gw.callback(order.orderNo))).json.result).toBe('already_paid');
    expect((await caseFees(cast.citizen, c.id)).payments).toHaveLength(1);
  });

  it('[R-APP-10] forged, wrong-amount, unknown-order and unknown-event callbacks are refused and audited', async () => {
    const { c, order } = await pricedOrder();
    const forgedBefore = await auditCount('fee.bank_callback', 'denied');
    const forged = await gw.send(order.orderNo, gw.callback(order.orderNo, {}, 'not-the-key'));
    expect(forged.status).toBe(401);
    expect(forged.json.error?.code).toBe('fee.callback_signature_invalid');
    expect(forged.json.error?.message).toMatch(/签名/);
    const tampered = gw.callback(order.orderNo);
    const t2 = await gw.send(order.orderNo, {
      body: { ...tampered.body, amountFen: 1 },
      signature: tampered.signature,
    });
    expect(t2.status).toBe(401);
    const wrong = await gw.send(order.orderNo, gw.callback(order.orderNo, { amountFen: order.amountFen - 1 }));
    expect(wrong.status).toBe(409);
    expect(wrong.json.error?.code).toBe('fee.amount_mismatch');
    // Its replay is refused the same way, never taken for a duplicate of something accepted.
    const wrongCb = gw.callback(order.orderNo, { amountFen: order.amountFen + 1 });
    expect((await gw.send(order.orderNo, wrongCb)).status).toBe(409);
    expect((await gw.send(order.orderNo, wrongCb)).status).toBe(409);
    const unknown = await gw.send(order.orderNo, gw.callback('TBNOSUCHORDER', { amountFen: 5 }));
    expect(unknown.status).toBe(404);
    const event = await gw.send(order.orderNo, gw.callback(order.orderNo, { eventType: 'payment.refunded' }));
    expect(event.status).toBe(400);
    expect(await auditCount('fee.bank_callback', 'denied')).toBe(forgedBefore + 7);
    const fees = await caseFees(cast.citizen, c.id);
    expect(fees.payments).toHaveLength(0);
    expect(fees.notice?.status).toBe('issued');
  });

  it('[R-APP-10] after a refund the fee is owed again: a new bank order pays it; the old order is never paid twice', async () => {
    const { c, order } = await pricedOrder();
    const first = gw.callback(order.orderNo);
    expect((await gw.send(order.orderNo, first)).json.result).toBe('applied');
    const paid = (await caseFees(cast.clerk, c.id)).payments[0]!;
    const req = await cast.clerk.request({
      method: 'POST',
      url: `/api/fee-payments/${paid.id}/adjustments`,
      payload: { kind: 'refund', reason: '申请人撤回申请，依法退费' },
    });
    expect(req.statusCode, req.body).toBe(201);
    const a = req.json<{ id: string; version: number }>();
    const dec = await cast.head.request({
      method: 'POST',
      url: `/api/fee-approvals/${a.id}/decision`,
      payload: { version: a.version, approve: true },
    });
    expect(dec.statusCode, dec.body).toBe(200);
    // The notice is open again and the applicant is offered online payment again.
    const reopened = await cast.citizen.request({ method: 'GET', url: `/api/cases/${c.id}/fees` });
    expect(reopened.json()).toMatchObject({ notice: { status: 'issued', paidFen: 0 }, abilities: { payOnline: true } });
    const again = await orderFor(c.id);
    expect(again.orderNo).not.toBe(order.orderNo);
    expect(again.amountFen).toBe(order.amountFen);
    expect(gw.orders.has(again.orderNo)).toBe(true);
    // Asking once more returns that same new order, not a third one.
    expect((await orderFor(c.id)).orderNo).toBe(again.orderNo);
    // Late callbacks for the old order: its replay is a duplicate, another transaction on it is not counted.
    expect((await gw.send(order.orderNo, first)).json.result).toBe('duplicate');
    expect((await gw.send(order.orderNo, gw.callback(order.orderNo))).json.result).toBe('already_paid');
    expect((await caseFees(cast.citizen, c.id)).notice?.status).toBe('issued');
    // The new order is paid exactly once, however often the gateway calls.
    const second = gw.callback(again.orderNo);
    const results = await Promise.all([1, 2, 3].map(() => gw.send(again.orderNo, second)));
    expect(results.map((r) => r.json.result).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    const after = await caseFees(cast.citizen, c.id);
    expect(after.notice?.status).toBe('paid');
    expect(after.payments.map((p) => `${p.status}:${p.amountFen}`).sort()).toEqual([
      `paid:${order.amountFen}`,
      `refunded:${order.amountFen}`,
    ]);
    const view = (await cast.citizen.request({ method: 'GET', url: `/api/cases/${c.id}/fees` })).json();
    expect(view).toMatchObject({
      bankOrder: { orderNo: again.orderNo, status: 'paid' },
      abilities: { payOnline: false },
    });
    // Paid again: no further order.
    const third = await cast.citizen.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/bank-order`,
      payload: {},
    });
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('fee.already_paid');
    const orders = await t.ctx.database.db
      .selectFrom('bank_order')
      .select(['order_no', 'status'])
      .where('case_id', '=', c.id)
      .execute();
    expect(orders.map((o) => o.status)).toEqual(['paid', 'paid']);
  });

  it('[R-APP-10] the daily statement is imported and reconciled; every mismatch is listed for a person to resolve', async () => {
    const a = await pricedOrder();
    const b = await pricedOrder();
    const cbA = gw.callback(a.order.orderNo);
    const cbB = gw.callback(b.order.orderNo);
    await gw.send(a.order.orderNo, cbA);
    await gw.send(b.order.orderNo, cbB);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const csv = [
      'bank_txn_id,order_no,amount_fen,finance_code',
      `${cbA.body.bankTxnId},${a.order.orderNo},${a.order.amountFen},1030315001`,
      `${cbB.body.bankTxnId},${b.order.orderNo},${b.order.amountFen + 100},1030315001`,
      `BANKONLY1,${a.order.orderNo},500,1030315001`,
    ].join('\n');
    const imp = await cast.supervisor.request({
      method: 'POST',
      url: '/api/bank-statements',
      payload: { statementDate: today, csv },
    });
    expect(imp.statusCode, imp.body).toBe(201);
    const st = imp.json<{ id: string; lineCount: number; mismatchCount: number }>();
    expect(st.lineCount).toBe(3);
    const list = await cast.supervisor.request({ method: 'GET', url: `/api/bank-statements/${st.id}/mismatches` });
    const items = list.json<{ items: Array<{ id: string; kind: string; bankTxnId: string; version: number }> }>().items;
    const kinds = items.map((m) => `${m.kind}:${m.bankTxnId}`);
    expect(kinds).toContain(`amount_mismatch:${cbB.body.bankTxnId}`);
    expect(kinds).toContain('missing_in_system:BANKONLY1');
    expect(kinds).not.toContain(`amount_mismatch:${cbA.body.bankTxnId}`);
    // Payments of today the statement lacks (earlier tests') are listed too.
    expect(items.some((m) => m.kind === 'missing_in_statement')).toBe(true);
    const dup = await cast.supervisor.request({
      method: 'POST',
      url: '/api/bank-statements',
      payload: { statementDate: today, csv },
    });
    expect(dup.json().error.code).toBe('fee.statement_duplicate');
    const bad = await cast.supervisor.request({
      method: 'POST',
      url: '/api/bank-statements',
      payload: { statementDate: today, csv: 'bank_txn_id,order_no,amount_fen,finance_code\nX,Y,abc,1030315001' },
    });
    expect(bad.json().error).toMatchObject({ code: 'fee.statement_invalid', details: { badLines: [2] } });
    const m = items[0]!;
    const resolved = await cast.supervisor.request({
      method: 'POST',
      url: `/api/reconciliation-mismatches/${m.id}/resolution`,
      payload: { version: m.version, resolution: '已与银行核实，次日补记' },
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().status).toBe('resolved');
    const clerkTry = await cast.clerk.request({ method: 'GET', url: `/api/bank-statements/${st.id}/mismatches` });
    expect(clerkTry.statusCode).toBe(403);
  });
});
