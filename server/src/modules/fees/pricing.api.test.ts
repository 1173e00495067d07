import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, applyFor, queueRow } from '../../../test/case-support.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildCast, caseFees, grantedCase, price, type Cast } from './fees.test-support.js';

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await buildTestApp();
  cast = await buildCast(t);
});
afterAll(async () => t.close());

describe('pricing and the payment notice', () => {
  it('[R-APP-9] the clerk sees the fees computed from the item and the case data, then confirms; one numbered notice', async () => {
    const c = await grantedCase(cast);
    const preview = await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}/fees/pricing` });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().totalFen).toBe(100_000_000 + 90_000 + 1000);
    const notice = await price(cast, c);
    expect(notice.status).toBe('issued');
    expect(notice.docNo).toMatch(/^舟缴〔\d{4}〕\d{6}号$/);
    expect(notice.fees.map((f) => f.amountFen)).toEqual([1000, 100_000_000, 90_000]);
    // One notice per case: pricing again is refused.
    const again = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: { version: c.version, reductions: [] },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('fee.already_priced');
    // The applicant sees it too, and the PDF is a real PDF.
    const mine = await caseFees(cast.citizen, c.id);
    expect(mine.notice?.docNo).toBe(notice.docNo);
    const pdf = await cast.citizen.request({ method: 'GET', url: `/api/cases/${c.id}/fees/notice.pdf` });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The applicant is told what is due (in-app now; SMS and e-mail from the same outbox event),
    // and the case's history says the notice was issued.
    const inbox = (await cast.citizen.request({ method: 'GET', url: '/api/my/notifications' })).json();
    const due = inbox.items.filter(
      (n: { caseId: string; event: string }) => n.caseId === c.id && n.event === 'case.payment_due',
    );
    expect(due).toHaveLength(1);
    expect(due[0].title).toBe('请缴纳费用（缴款通知书）');
    const history = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(history.events.at(-1)).toMatchObject({ action: 'fees_priced', data: { docNo: notice.docNo } });
  });

  it('[R-APP-9] a missing quantity is refused with the field named, in Chinese', async () => {
    const c = await grantedCase(cast, { floorArea: 100 });
    const res = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: { version: c.version, reductions: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'fee.quantity_missing',
      details: [{ feeKey: 'road_occupation_fee', field: 'areaDays' }],
    });
    expect(res.json().error.message).toMatch(/核价/);
  });

  it('[R-APP-9] only the deciding window prices; a stale version gets 409', async () => {
    const c = await grantedCase(cast);
    const other = await cast.otherClerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: { version: c.version, reductions: [] },
    });
    expect(other.statusCode).toBe(404);
    const stale = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: { version: c.version - 1, reductions: [] },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('[R-LAW-8] a reduction needs a legal basis and the department head; the notice is numbered on approval', async () => {
    const c = await grantedCase(cast);
    const bad = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: {
        version: c.version,
        reductions: [{ feeKey: 'certificate_fee', reductionFen: 5000, legalBasis: '无' }],
      },
    });
    expect(bad.json().error.code).toBe('fee.reduction_invalid');
    const notice = await price(cast, c, [
      { feeKey: 'certificate_fee', reductionFen: 1000, legalBasis: '扶助犬免收工本费（示例依据）' },
    ]);
    expect(notice.status).toBe('pending_approval');
    expect(notice.docNo).toBeNull();
    // Nothing can be collected before the approval.
    const early = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/payments`,
      payload: { mode: 'window' },
    });
    expect(early.json().error.code).toBe('fee.notice_not_issued');
    const pending = await cast.head.request({ method: 'GET', url: '/api/fee-approvals' });
    const a = pending.json().items.find((x: { caseId: string }) => x.caseId === c.id);
    expect(a.kind).toBe('reduction');
    // The clerk cannot approve their own request.
    const self = await cast.clerk.request({
      method: 'POST',
      url: `/api/fee-approvals/${a.id}/decision`,
      payload: { version: a.version, approve: true },
    });
    expect(self.statusCode).toBe(403);
    const ok = await cast.head.request({
      method: 'POST',
      url: `/api/fee-approvals/${a.id}/decision`,
      payload: { version: a.version, approve: true },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await caseFees(cast.clerk, c.id);
    expect(after.notice?.status).toBe('issued');
    expect(after.notice?.docNo).toMatch(/^舟缴/);
    expect(after.notice?.totalFen).toBe(100_000_000 + 90_000);
    // Announced once, when the notice was issued on approval — not when it was only requested.
    const inbox = (await cast.citizen.request({ method: 'GET', url: '/api/my/notifications' })).json();
    expect(
      inbox.items.filter((n: { caseId: string; event: string }) => n.caseId === c.id && n.event === 'case.payment_due'),
    ).toHaveLength(1);
  });

  it('[R-LAW-8] a full exemption, once approved, leaves nothing to pay: the notice is paid at once', async () => {
    const c = await grantedCase(cast);
    const all = [
      { feeKey: 'infrastructure_fee', reductionFen: 100_000_000, legalBasis: '依法免征（示例）' },
      { feeKey: 'road_occupation_fee', reductionFen: 90_000, legalBasis: '依法免征（示例）' },
      { feeKey: 'certificate_fee', reductionFen: 1000, legalBasis: '依法免征（示例）' },
    ];
    await price(cast, c, all);
    const a = (await caseFees(cast.clerk, c.id)).approvals[0]!;
    const ok = await cast.head.request({
      method: 'POST',
      url: `/api/fee-approvals/${a.id}/decision`,
      payload: { version: a.version, approve: true },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await caseFees(cast.clerk, c.id);
    expect(after.notice).toMatchObject({ status: 'paid', totalFen: 0 });
  });

  it('[R-APP-9] fees are priced only after acceptance: a submitted case is refused', async () => {
    const c = (await applyFor(cast.citizen, cast.itemId, {
      formData: { businessName: '舟山海味餐饮', businessArea: 80, floorArea: 1, areaDays: 1 },
    })) as { id: string; version: number };
    const res = await cast.clerk.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/pricing`,
      payload: { version: c.version, reductions: [] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('fee.case_not_payable');
  });

  it('[R-APP-9] the certificate waits for the fees: refused while unpaid, and the case view says so', async () => {
    const c = await grantedCase(cast);
    const view = async () =>
      (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json<{
        id: string;
        version: number;
        allowedActions: string[];
        heldActions: Array<{ action: string; code: string; details: unknown }>;
      }>();
    expect(await view()).toMatchObject({
      allowedActions: expect.arrayContaining(['issue_certificate']),
      heldActions: [],
    });
    await price(cast, c);
    const cur = await view();
    expect(cur.allowedActions).not.toContain('issue_certificate');
    expect(cur.heldActions).toEqual([
      { action: 'issue_certificate', code: 'fee.unpaid', details: { docNo: expect.any(String) } },
    ]);
    expect(await queueRow(cast.clerk, c.id)).toMatchObject({
      status: 'granted',
      held: [{ action: 'issue_certificate', code: 'fee.unpaid' }],
    });
    const res = await act(cast.clerk, cur, { action: 'issue_certificate' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('fee.unpaid');
  });
});
