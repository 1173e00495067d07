import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff, type Client, loginStaff } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildCast, grantedCase, price, threeFees, type Cast } from './fees.test-support.js';

let t: TestApp;
let cast: Cast;
let countySupervisor: Client;
let county2Supervisor: Client;

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A bank payment of today recorded for a centre (as a callback would have), on a real notice. */
async function bankPayment(noticeId: string, centreId: string, txn: string, amountFen: number) {
  await sql`
    INSERT INTO fee_payment (notice_id, case_id, centre_id, department_id, window_id, item_id, payment_mode,
      amount_fen, bank_txn_id, recorded_by_name)
    SELECT id, case_id, ${centreId}::uuid, department_id, window_id, item_id, 'bank', ${amountFen}, ${txn}, '银行回调'
      FROM payment_notice WHERE id = ${noticeId}`.execute(t.ctx.database.db);
}

beforeAll(async () => {
  t = await buildTestApp();
  cast = await buildCast(t, threeFees.slice(0, 1));
  countySupervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: cast.tree.county.id }])).username,
  );
  county2Supervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: cast.tree.county2.id }])).username,
  );
  const notice = await price(cast, await grantedCase(cast));
  await bankPayment(notice.id, cast.tree.city.id, 'CITY-1', 500);
  await bankPayment(notice.id, cast.tree.county.id, 'COUNTY-1', 700);
  await bankPayment(notice.id, cast.tree.township.id, 'TOWN-1', 300);
  await bankPayment(notice.id, cast.tree.county2.id, 'COUNTY2-1', 900);
});
afterAll(async () => t.close());

const csv = [
  'bank_txn_id,order_no,amount_fen,finance_code',
  'COUNTY-1,ORD1,700,1030315001',
  'TOWN-1,ORD2,300,1030315001',
  'CITY-1,ORD3,500,1030315001',
].join('\n');

const importAs = (who: Client) =>
  who.request({ method: 'POST', url: '/api/bank-statements', payload: { statementDate: today, csv } });

type Mismatch = { id: string; kind: string; bankTxnId: string; version: number };
const mismatches = async (who: Client, id: string) => {
  const res = await who.request({ method: 'GET', url: `/api/bank-statements/${id}/mismatches` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Mismatch[] }>().items.map((m) => `${m.kind}:${m.bankTxnId}`);
};
const statements = async (who: Client) =>
  (await who.request({ method: 'GET', url: '/api/bank-statements' })).json<{
    items: Array<{ id: string; centreId: string; centreName: string; lineCount: number; openMismatches: number }>;
  }>().items;

describe('bank statements belong to a centre', () => {
  it('[R-APP-10] a statement is reconciled against the payments of the importing centre and the centres below it only', async () => {
    const county = await importAs(countySupervisor);
    expect(county.statusCode, county.body).toBe(201);
    const countyId = county.json<{ id: string }>().id;
    // The city's payment is not the county's money; the other county's payment is not its concern.
    expect(await mismatches(countySupervisor, countyId)).toEqual(['missing_in_system:CITY-1']);

    // The city imports the same file: within its reach every line matches, and the other county's
    // payment of the day is missing from the statement.
    const city = await importAs(cast.supervisor);
    expect(city.statusCode, city.body).toBe(201);
    const cityId = city.json<{ id: string }>().id;
    expect(await mismatches(cast.supervisor, cityId)).toEqual(['missing_in_statement:COUNTY2-1']);
    // One centre importing the same file twice is still refused.
    expect((await importAs(countySupervisor)).json().error.code).toBe('fee.statement_duplicate');
  });

  it('[R-APP-10] statements and their mismatches are seen only within reach; outside it they are 404', async () => {
    const city = await statements(cast.supervisor);
    const county = await statements(countySupervisor);
    expect(city.map((s) => s.centreId).sort()).toEqual([cast.tree.city.id, cast.tree.county.id].sort());
    expect(county.map((s) => s.centreId)).toEqual([cast.tree.county.id]);
    expect(county[0]).toMatchObject({ centreName: '定海区行政服务中心', lineCount: 3, openMismatches: 1 });
    expect(await statements(county2Supervisor)).toEqual([]);

    const countyId = county[0]!.id;
    const other = await county2Supervisor.request({
      method: 'GET',
      url: `/api/bank-statements/${countyId}/mismatches`,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('resource.not_found');
    // Below the city: its supervisor sees the county's statement too.
    expect(await mismatches(cast.supervisor, countyId)).toEqual(['missing_in_system:CITY-1']);

    const m = (
      await countySupervisor.request({ method: 'GET', url: `/api/bank-statements/${countyId}/mismatches` })
    ).json<{ items: Mismatch[] }>().items[0]!;
    const outside = await county2Supervisor.request({
      method: 'POST',
      url: `/api/reconciliation-mismatches/${m.id}/resolution`,
      payload: { version: m.version, resolution: '不属于本中心' },
    });
    expect(outside.statusCode).toBe(404);
    const own = await countySupervisor.request({
      method: 'POST',
      url: `/api/reconciliation-mismatches/${m.id}/resolution`,
      payload: { version: m.version, resolution: '市中心的流水，已退回银行更正' },
    });
    expect(own.statusCode, own.body).toBe(200);
    const stale = await countySupervisor.request({
      method: 'POST',
      url: `/api/reconciliation-mismatches/${m.id}/resolution`,
      payload: { version: m.version, resolution: '重复处理' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await statements(countySupervisor))[0]?.openMismatches).toBe(0);
  });
});
