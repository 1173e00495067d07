import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildCast, caseFees, grantedCase, price, threeFees, type Cast } from './fees.test-support.js';

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await buildTestApp();
  // Window and invoice-book fees only (城市道路占用费 at the window, 证照工本费 on the book).
  cast = await buildCast(t, threeFees.slice(1));
});
afterAll(async () => t.close());

const collect = (caseId: string, payload: Record<string, unknown>) =>
  cast.clerk.request({ method: 'POST', url: `/api/cases/${caseId}/fees/payments`, payload });

const denied = async (action: string) =>
  Number(
    (
      await t.ctx.database.db
        .selectFrom('audit_record')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', action)
        .where('outcome', '=', 'denied')
        .executeTakeFirstOrThrow()
    ).n,
  );

async function issueBook(series: string, firstNo: number, lastNo: number) {
  const res = await cast.supervisor.request({
    method: 'POST',
    url: '/api/invoice-books',
    payload: { windowId: cast.tree.citySCJG.window.id, series, firstNo, lastNo },
  });
  return res;
}

describe('window payments', () => {
  it('[R-APP-10] the cashier records the priced amount; a different amount is refused, audited, nothing counted', async () => {
    const c = await grantedCase(cast, { areaDays: 600 });
    await price(cast, c);
    const before = await denied('fee.collect');
    const wrong = await collect(c.id, { mode: 'window', amountFen: 80_000 });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error).toMatchObject({
      code: 'fee.amount_mismatch',
      details: { expectedFen: 90_000, givenFen: 80_000 },
    });
    expect(await denied('fee.collect')).toBe(before + 1);
    expect((await caseFees(cast.clerk, c.id)).payments).toHaveLength(0);
    const ok = await collect(c.id, { mode: 'window', amountFen: 90_000 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ paymentMode: 'window', amountFen: 90_000, status: 'paid' });
    const twice = await collect(c.id, { mode: 'window' });
    expect(twice.json().error.code).toBe('fee.already_paid');
    // The applicant cannot record payments.
    const bySelf = await cast.citizen.request({
      method: 'POST',
      url: `/api/cases/${c.id}/fees/payments`,
      payload: { mode: 'window' },
    });
    expect(bySelf.statusCode).toBe(403);
  });

  it('[R-APP-10] two cashiers recording the same fees at once: one payment, the other refused', async () => {
    const c = await grantedCase(cast, { areaDays: 20 });
    await price(cast, c);
    const [a, b] = await Promise.all([collect(c.id, { mode: 'window' }), collect(c.id, { mode: 'window' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)?.json().error.code).toBe('fee.already_paid');
    expect((await caseFees(cast.clerk, c.id)).payments).toHaveLength(1);
  });

  it('[R-APP-10] nobody edits or deletes a recorded amount: the API refuses and audits, the database refuses too', async () => {
    const c = await grantedCase(cast, { areaDays: 100 });
    await price(cast, c);
    const p = (await collect(c.id, { mode: 'window' })).json<{ id: string }>();
    const before = await denied('fee.payment.edit');
    for (const [method, client] of [
      ['PATCH', cast.clerk],
      ['DELETE', cast.clerk],
      ['PATCH', cast.head],
      ['PUT', cast.clerk],
    ] as const) {
      const res = await client.request({
        method,
        url: `/api/fee-payments/${p.id}`,
        payload: method === 'DELETE' ? undefined : { amountFen: 1 },
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('fee.payment_immutable');
      expect(res.json().error.message).toMatch(/不得修改或删除/);
    }
    expect(await denied('fee.payment.edit')).toBe(before + 4);
    await expect(
      sql`UPDATE fee_payment SET amount_fen = 1 WHERE id = ${p.id}`.execute(t.ctx.database.db),
    ).rejects.toThrow(/never edited/);
    await expect(sql`DELETE FROM fee_payment WHERE id = ${p.id}`.execute(t.ctx.database.db)).rejects.toThrow(
      /never deleted/,
    );
    expect((await caseFees(cast.clerk, c.id)).payments[0]?.amountFen).toBe(15_000);
  });

  it('[R-APP-10] a mistake is voided only with a reason and the department head’s approval, both in the audit trail', async () => {
    const c = await grantedCase(cast, { areaDays: 200 });
    await price(cast, c);
    const p = (await collect(c.id, { mode: 'window' })).json<{ id: string }>();
    const req = await cast.clerk.request({
      method: 'POST',
      url: `/api/fee-payments/${p.id}/adjustments`,
      payload: { kind: 'void', reason: '收错办件，应作废重收' },
    });
    expect(req.statusCode, req.body).toBe(201);
    const again = await cast.clerk.request({
      method: 'POST',
      url: `/api/fee-payments/${p.id}/adjustments`,
      payload: { kind: 'void', reason: '再次申请' },
    });
    expect(again.json().error.code).toBe('fee.approval_pending');
    // Still paid until the head decides.
    expect((await caseFees(cast.clerk, c.id)).payments[0]?.status).toBe('paid');
    const a = req.json<{ id: string; version: number }>();
    const dec = await cast.head.request({
      method: 'POST',
      url: `/api/fee-approvals/${a.id}/decision`,
      payload: { version: a.version, approve: true, note: '同意作废' },
    });
    expect(dec.statusCode, dec.body).toBe(200);
    const fees = await caseFees(cast.clerk, c.id);
    expect(fees.payments[0]).toMatchObject({ status: 'voided', amountFen: 30_000 });
    expect(fees.notice?.paidFen).toBe(0);
    const trail = await t.ctx.database.db
      .selectFrom('audit_record')
      .select('action')
      .where('action', 'in', ['fee.void.request', 'fee.void.approve'])
      .execute();
    expect(trail.map((r) => r.action).sort()).toEqual(['fee.void.approve', 'fee.void.request']);
    // The fee is owed again and can be collected afresh.
    expect((await collect(c.id, { mode: 'window' })).statusCode).toBe(201);
  });
});

describe('invoice books (拉票)', () => {
  it('[R-APP-10] a book is issued to a window; each payment takes its next number; out of range or used twice is refused', async () => {
    expect((await issueBook('ZJ2026', 1, 3)).statusCode).toBe(201);
    const overlap = await issueBook('ZJ2026', 3, 10);
    expect(overlap.json().error.code).toBe('fee.book_range_overlaps');
    const byClerk = await cast.clerk.request({
      method: 'POST',
      url: '/api/invoice-books',
      payload: { windowId: cast.tree.citySCJG.window.id, series: 'X1', firstNo: 1, lastNo: 2 },
    });
    expect(byClerk.statusCode).toBe(403);

    const cases = [];
    for (let i = 0; i < 3; i++) {
      const c = await grantedCase(cast, { areaDays: 10 });
      await price(cast, c);
      cases.push(c);
    }
    const first = await collect(cases[0]!.id, { mode: 'invoice_book' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().receiptNo).toBe('1');
    const before = await denied('fee.collect');
    const outside = await collect(cases[1]!.id, { mode: 'invoice_book', receiptNo: 99 });
    expect(outside.json().error.code).toBe('fee.receipt_out_of_range');
    const reused = await collect(cases[1]!.id, { mode: 'invoice_book', receiptNo: 1 });
    expect(reused.json().error.code).toBe('fee.receipt_used');
    expect(await denied('fee.collect')).toBe(before + 2);
    expect((await collect(cases[1]!.id, { mode: 'invoice_book', receiptNo: 2 })).json().receiptNo).toBe('2');
    expect((await collect(cases[2]!.id, { mode: 'invoice_book' })).json().receiptNo).toBe('3');

    const books = (await cast.clerk.request({ method: 'GET', url: '/api/invoice-books' })).json<{
      items: Array<{ id: string; status: string; remaining: number; version: number; settleDue: string }>;
    }>().items;
    const book = books[0]!;
    expect(book).toMatchObject({ status: 'used_up', remaining: 0 });
    // Used up: the next payment has no book.
    const c4 = await grantedCase(cast, { areaDays: 10 });
    await price(cast, c4);
    expect((await collect(c4.id, { mode: 'invoice_book' })).json().error.code).toBe('fee.no_invoice_book');

    // Settled at the bank in one sum with the bank's slip; a wrong sum is refused.
    const wrongSum = await cast.clerk.request({
      method: 'POST',
      url: `/api/invoice-books/${book.id}/settlement`,
      payload: { version: book.version, amountFen: 1, bankSlipNo: 'SLIP-1' },
    });
    expect(wrongSum.json().error.code).toBe('fee.settlement_amount_mismatch');
    const settled = await cast.clerk.request({
      method: 'POST',
      url: `/api/invoice-books/${book.id}/settlement`,
      payload: { version: book.version, amountFen: 3000, bankSlipNo: 'SLIP-1' },
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'settled', settledFen: 3000, bankSlipNo: 'SLIP-1' });
  });

  it('[R-APP-10] payments at the same moment take different numbers of the book, never one twice', async () => {
    expect((await issueBook('CC2026', 1, 6)).statusCode).toBe(201);
    const cases = [];
    for (let i = 0; i < 6; i++) {
      const c = await grantedCase(cast, { areaDays: 10 });
      await price(cast, c);
      cases.push(c);
    }
    const res = await Promise.all(cases.map((c) => collect(c.id, { mode: 'invoice_book' })));
    expect(res.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const numbers = res.map((r) => Number(r.json<{ receiptNo: string }>().receiptNo)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('[R-APP-10] a used-up book not settled in time shows as overdue to supervision', async () => {
    expect((await issueBook('OD2026', 1, 1)).statusCode).toBe(201);
    const c = await grantedCase(cast, { areaDays: 10 });
    await price(cast, c);
    expect((await collect(c.id, { mode: 'invoice_book' })).statusCode).toBe(201);
    await sql`UPDATE invoice_book SET settle_due = now() - interval '1 day' WHERE series = 'OD2026'`.execute(
      t.ctx.database.db,
    );
    const list = (await cast.supervisor.request({ method: 'GET', url: '/api/invoice-books' })).json<{
      items: Array<{ series: string; status: string }>;
    }>();
    expect(list.items.find((b) => b.series === 'OD2026')?.status).toBe('settlement_overdue');
  });
});

describe('refunds, receipts and statistics', () => {
  it('[R-APP-9] a refund needs the head’s approval; receipts are PDFs', async () => {
    const c = await grantedCase(cast, { areaDays: 40 });
    await price(cast, c);
    const p = (await collect(c.id, { mode: 'window' })).json<{ id: string }>();
    const pdf = await cast.citizen.request({ method: 'GET', url: `/api/fee-payments/${p.id}/receipt.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const req = (
      await cast.clerk.request({
        method: 'POST',
        url: `/api/fee-payments/${p.id}/adjustments`,
        payload: { kind: 'refund', reason: '申请人撤回申请，依法退费' },
      })
    ).json<{ id: string; version: number }>();
    const refused = await cast.head.request({
      method: 'POST',
      url: `/api/fee-approvals/${req.id}/decision`,
      payload: { version: req.version, approve: false, note: '不符合退费条件' },
    });
    expect(refused.json().status).toBe('rejected');
    expect((await caseFees(cast.clerk, c.id)).payments[0]?.status).toBe('paid');
  });

  it('[R-SUP-3] [R-SUP-2] fee statistics per mode, window and item, exported to .xlsx', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const byMode = await cast.supervisor.request({
      method: 'GET',
      url: `/api/fee-stats?from=${today}&to=${today}&by=mode`,
    });
    expect(byMode.statusCode, byMode.body).toBe(200);
    const s = byMode.json<{
      items: Array<{ key: string; label: string; amountFen: number; payments: number }>;
      totalFen: number;
    }>();
    const window = s.items.find((r) => r.key === 'window');
    const book = s.items.find((r) => r.key === 'invoice_book');
    expect(window?.label).toBe('窗口收费');
    expect(book?.amountFen).toBe(10_000);
    expect(s.totalFen).toBe(s.items.reduce((x, r) => x + r.amountFen, 0));
    const byItem = (
      await cast.supervisor.request({ method: 'GET', url: `/api/fee-stats?from=${today}&to=${today}&by=item` })
    ).json<{ items: Array<{ label: string }> }>();
    expect(byItem.items[0]?.label).toBe('食品经营许可');
    for (const by of ['department', 'day', 'month'] as const) {
      const r = (
        await cast.supervisor.request({ method: 'GET', url: `/api/fee-stats?from=${today}&to=${today}&by=${by}` })
      ).json<{
        items: Array<{ label: string }>;
        totalFen: number;
      }>();
      expect(r.totalFen).toBe(s.totalFen);
      expect(r.items[0]?.label).toBe(by === 'department' ? '市场监督管理局' : by === 'day' ? today : today.slice(0, 7));
    }
    const xlsx = await cast.supervisor.request({
      method: 'GET',
      url: `/api/fee-stats.xlsx?from=${today}&to=${today}&by=window`,
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('收费统计')!;
    expect(ws.getRow(2).getCell(1).value).toBe('窗口');
    expect(ws.getRow(3).getCell(1).value).toBe('市场监督管理局窗口');
    const clerk = await cast.clerk.request({ method: 'GET', url: `/api/fee-stats?from=${today}&to=${today}` });
    expect(clerk.statusCode).toBe(403);
  });
  it('[R-SUP-3] [R-SUP-2] in English, statistics and their export name items, windows and departments in English where such names exist', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const db = t.ctx.database.db;
    const dept = cast.tree.citySCJG.department.id;
    type Row = { key: string; label: string; labelEn: string };
    const stats = async (by: string) =>
      (
        await cast.supervisor.request({ method: 'GET', url: `/api/fee-stats?from=${today}&to=${today}&by=${by}` })
      ).json<{ items: Row[] }>().items;
    // No English name for the department yet: its window and it fall back to Chinese.
    await sql`UPDATE department SET name_en = NULL WHERE id = ${dept}`.execute(db);
    expect((await stats('window'))[0]).toMatchObject({ label: '市场监督管理局窗口', labelEn: '市场监督管理局窗口' });
    await sql`UPDATE department SET name_en = 'Market Regulation Bureau' WHERE id = ${dept}`.execute(db);
    expect((await stats('item'))[0]).toMatchObject({ label: '食品经营许可', labelEn: 'Food business licence' });
    expect((await stats('window'))[0]).toMatchObject({
      label: '市场监督管理局窗口',
      labelEn: 'Window 08 · Market Regulation Bureau',
    });
    expect((await stats('department'))[0]).toMatchObject({ labelEn: 'Market Regulation Bureau' });
    expect((await stats('mode')).find((r) => r.key === 'window')).toMatchObject({
      label: '窗口收费',
      labelEn: 'At the window',
    });
    expect((await stats('day'))[0]?.labelEn).toBe(today);

    const sheet = async (query: string, headers: Record<string, string> = {}) => {
      const res = await cast.supervisor.request({
        method: 'GET',
        url: `/api/fee-stats.xlsx?from=${today}&to=${today}&by=window${query}`,
        headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return wb.worksheets[0]!;
    };
    // The export link carries the screen's language; without it Accept-Language decides.
    for (const ws of [await sheet('&lang=en'), await sheet('', { 'accept-language': 'en-GB,en;q=0.9' })]) {
      expect(ws.name).toBe('Fee statistics');
      expect(ws.getRow(2).getCell(1).value).toBe('Window');
      expect(ws.getRow(3).getCell(1).value).toBe('Window 08 · Market Regulation Bureau');
      expect(ws.getRow(ws.rowCount).getCell(1).value).toBe('Total');
    }
    const zh = await sheet('&lang=zh', { 'accept-language': 'en' });
    expect(zh.name).toBe('收费统计');
    expect(zh.getRow(3).getCell(1).value).toBe('市场监督管理局窗口');
  });
});
