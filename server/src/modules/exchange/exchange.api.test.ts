import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyFor, foodLicenceOffice, ok, publishFoodLicence, windowClerk } from '../../../test/case-support.js';
import { multipart, type Client } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { rulesFor } from '../cases/rules-source.js';
import { parseCsv } from './csv.js';

let t: TestApp;
let office: Awaited<ReturnType<typeof foodLicenceOffice>>;
let cityCaseIds: string[];
let countyCaseId: string;
let decidedId: string;

type FeedItem = {
  id: string;
  version: number;
  caseNo: string;
  dueAt: string | null;
  centre: { name: string };
  applicant: { kind: string; name: string; certificateNo: string };
  decision: { outcome: string } | null;
  steps: Array<{ name: string; opinion: string | null }>;
};
type FeedPage = { items: FeedItem[]; nextCursor: string | null; hasMore: boolean };

const feed = (c: Client, query: string) => c.request({ method: 'GET', url: `/api/exchange/cases?${query}` });

async function readAll(c: Client, limit: number, during?: () => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pageNo = 0; pageNo < 50; pageNo += 1) {
    const res = await feed(c, `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<FeedPage>();
    seen.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
    if (pageNo === 0 && during) await during();
    if (!page.hasMore) break;
  }
  return { seen, cursor };
}

const legacyCount = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM legacy_case`.execute(t.ctx.database.db)).rows[0]!.n;

const auditOf = (action: string) =>
  t.ctx.database.db
    .selectFrom('audit_record')
    .select(['actor_id', 'outcome', 'after'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

const CODE = '11330900MB0000000X0001';
const importHeader = '办件编号,事项编码,申请人类型,申请人名称,证件号码,收件时间,决定时间,决定结果,证照编号\r\n';
const goodRows =
  `ZS2019-0001,${CODE},个人,林海,330902198506071215,2019-03-01,2019-03-08,准予许可,JY13309000001\r\n` +
  `ZS2019-0002,${CODE},企业,"舟山海味餐饮有限公司,新城店",91330900MA2A00001Y,2019-04-02,,,\r\n`;
const badRow = `ZS2019-0003,${CODE},个人,王芳,330902198506071216,2019-05-01,2019-04-01,准予许可,\r\n`;

const importFile = (c: Client, csv: string, dryRun: boolean) =>
  c.request({
    method: 'POST',
    url: `/api/exchange/cases/import?dryRun=${dryRun}`,
    ...multipart('旧系统办件.csv', Buffer.from(`\uFEFF${csv}`), 'text/csv'),
  });

beforeAll(async () => {
  t = await buildTestApp();
  office = await foodLicenceOffice(t);
  const { citizen, itemId, clerk, approver, head, tree, countySupervisor } = office;
  const created: Array<{ id: string; version: number }> = [];
  for (let i = 0; i < 3; i += 1) created.push((await applyFor(citizen, itemId)) as { id: string; version: number });
  cityCaseIds = created.map((x) => x.id);
  let c = created[0]!;
  c = await ok(clerk, c, { action: 'accept', note: '材料齐全' });
  c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '经审查，建议准予许可' });
  await ok(head, c, { action: 'decide', outcome: 'grant', reasons: '符合条件' });
  decidedId = cityCaseIds[0]!;
  const countyClerk = await windowClerk(t, tree.county.id, tree.countySCJG);
  const countyItem = await publishFoodLicence(countyClerk, countySupervisor);
  countyCaseId = ((await applyFor(citizen, countyItem)) as { id: string }).id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('exchange feed (R-APP-11 API)', () => {
  it('[R-APP-11] pages the cases in reach (the city’s and its counties’) by cursor; one added while paging comes once', async () => {
    let added = '';
    const { seen, cursor } = await readAll(office.supervisor, 2, async () => {
      added = ((await applyFor(office.citizen, office.itemId)) as { id: string }).id;
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...cityCaseIds, countyCaseId, added].sort());
    // At the end the cursor stays: polling with it later returns only what changed since.
    const again = (await feed(office.supervisor, `cursor=${cursor}`)).json<FeedPage>();
    expect(again).toEqual({ items: [], nextCursor: cursor, hasMore: false });
    cityCaseIds.push(added);
  });

  // Only a server has other sessions: embedded PGlite runs one transaction at a time.
  it.runIf(inject('testDb').mode === 'server')(
    '[R-APP-11] holds back changes newer than a transaction still open, so a late commit is not skipped',
    async () => {
      const start = (await feed(office.supervisor, 'limit=500')).json<FeedPage>();
      const target = start.items.find((i) => i.id === cityCaseIds[1])!;
      const other = new pg.Client({ connectionString: (t.ctx.database as { url?: string }).url });
      await other.connect();
      try {
        // Another writer's transaction begins (its rows would carry this start time), then a case moves.
        await other.query('BEGIN');
        await other.query('SELECT now()');
        await ok(office.clerk, target, { action: 'accept', note: '材料齐全' });
        const held = (await feed(office.supervisor, `cursor=${start.nextCursor}`)).json<FeedPage>();
        expect(held.items).toEqual([]);
        await other.query('COMMIT');
        const after = (await feed(office.supervisor, `cursor=${start.nextCursor}`)).json<FeedPage>();
        expect(after.items.map((i) => i.id)).toEqual([target.id]);
      } finally {
        await other.end();
      }
    },
  );

  it('[R-APP-11][R-LAW-1] a holiday the centre adds re-derives its open cases’ due dates, and the feed sends them again', async () => {
    const start = (await feed(office.supervisor, 'limit=500')).json<FeedPage>();
    const cal = (await rulesFor(t.ctx, office.tree.city.id)).calendar;
    const beijingDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    let day = Date.now() + 86_400_000;
    while (!cal.isWorkingDay(beijingDay(day))) day += 86_400_000;
    const added = await office.supervisor.request({
      method: 'POST',
      url: `/api/centres/${office.tree.city.id}/work-calendar/days`,
      payload: { date: beijingDay(day), kind: 'holiday', name: '防台风停止办公' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const after = (await feed(office.supervisor, `cursor=${start.nextCursor}`)).json<FeedPage>();
    // Every open city case moved by the holiday comes again, with the due date it now has.
    const open = start.items.filter((i) => cityCaseIds.includes(i.id) && i.id !== decidedId && i.dueAt !== null);
    expect(open.length).toBeGreaterThan(0);
    for (const was of open) {
      const now = after.items.find((i) => i.id === was.id);
      expect(now, was.caseNo).toBeDefined();
      expect(Date.parse(now!.dueAt!)).toBeGreaterThan(Date.parse(was.dueAt!));
    }
    // The county keeps the city's calendar by inheritance, so its case moved too; nothing else came.
    expect(after.items.every((i) => [...cityCaseIds, countyCaseId].includes(i.id))).toBe(true);
  });

  it('[R-APP-11] sends the full applicant, the decision and the steps with their opinions', async () => {
    const page = (await feed(office.supervisor, 'limit=500')).json<FeedPage>();
    const decided = page.items.find((i) => i.id === decidedId)!;
    expect(decided.applicant).toEqual({ kind: 'person', name: '林海', certificateNo: '330902199001011238' });
    expect(decided.decision?.outcome).toBe('grant');
    expect(decided.steps.map((s) => s.opinion)).toContain('经审查，建议准予许可');
    // updatedSince in the future: nothing yet.
    const later = (await feed(office.supervisor, `updatedSince=2099-01-01T00:00:00Z`)).json<FeedPage>();
    expect(later.items).toEqual([]);
  });

  it('[R-APP-11] a county supervisor sees the county’s cases only', async () => {
    const { seen } = await readAll(office.countySupervisor, 100);
    expect(seen).toEqual([countyCaseId]);
  });

  it('[R-APP-11] refuses clerks (audited), applicants and anonymous callers', async () => {
    expect((await feed(office.clerk, '')).statusCode).toBe(403);
    expect((await feed(office.citizen, '')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/exchange/cases' })).statusCode).toBe(401);
    const denied = await auditOf('access.denied');
    expect(denied.some((d) => (d.after as { attempted: string }).attempted === 'exchange.cases')).toBe(true);
  });

  it('[R-APP-11] bounds the page size and refuses a forged cursor', async () => {
    expect((await feed(office.supervisor, 'limit=501')).statusCode).toBe(400);
    const bad = await feed(office.supervisor, 'cursor=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('exchange.cursor_invalid');
  });

  it('[R-APP-11] audits every page: who, the range and how many', async () => {
    const records = await auditOf('exchange.feed');
    expect(records.length).toBeGreaterThan(3);
    const county = records.filter((r) => r.actor_id === office.countySupervisor.me.id);
    expect(county.map((r) => (r.after as { count: number }).count)).toEqual([1]);
  });
});

describe('exchange file export (R-APP-11)', () => {
  it('[R-APP-11] exports the cases received in the range as UTF-8 CSV with BOM, audited', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const res = await office.supervisor.request({
      method: 'GET',
      url: `/api/exchange/cases/export.csv?from=2020-01-01&to=${today}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = parseCsv(res.rawPayload.toString('utf8'));
    if (!parsed.ok) throw new Error('unparseable');
    const [header, ...rows] = parsed.records;
    expect(header?.slice(0, 3)).toEqual(['办件编号', '事项编码', '事项名称']);
    // The city's cases and the county's below it.
    expect(rows).toHaveLength(cityCaseIds.length + 1);
    const granted = rows.find((r) => r.includes('准予许可'))!;
    expect(granted).toEqual(expect.arrayContaining([CODE, '食品经营许可', '个人', '林海', '330902199001011238']));
    const audit = await auditOf('exchange.export');
    expect(audit.at(-1)?.after).toMatchObject({ format: 'csv', count: cityCaseIds.length + 1, to: today });
    // A range before any case: the header only; a status filter narrows it.
    const none = await office.supervisor.request({
      method: 'GET',
      url: '/api/exchange/cases/export.csv?from=2020-01-01&to=2020-01-31',
    });
    expect(none.body.trim().split('\n')).toHaveLength(1);
    const submitted = await office.supervisor.request({
      method: 'GET',
      url: `/api/exchange/cases/export.csv?from=2020-01-01&to=${today}&status=granted`,
    });
    expect(submitted.headers['x-case-count']).toBe('1');
  });

  it('[R-APP-11] exports the same rows as an .xlsx workbook, every cell text, audited', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const res = await office.supervisor.request({
      method: 'GET',
      url: `/api/exchange/cases/export.xlsx?from=2020-01-01&to=${today}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(cityCaseIds.length + 2);
    expect(ws.getRow(1).getCell(1).value).toBe('办件编号');
    const ids = ws.getColumn(15).values.filter((v) => v === '330902199001011238');
    expect(ids.length).toBe(cityCaseIds.length + 1);
    const audit = await auditOf('exchange.export');
    expect(audit.at(-1)?.after).toMatchObject({ format: 'xlsx', count: cityCaseIds.length + 1 });
  });

  it('[R-APP-11] refuses a reversed range and a clerk', async () => {
    const bad = await office.supervisor.request({
      method: 'GET',
      url: '/api/exchange/cases/export.csv?from=2026-02-01&to=2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    const clerk = await office.clerk.request({
      method: 'GET',
      url: '/api/exchange/cases/export.csv?from=2026-01-01&to=2026-02-01',
    });
    expect(clerk.statusCode).toBe(403);
  });
});

describe('exchange import of the old database’s cases (R-APP-11)', () => {
  it('[R-APP-11] a dry run reports each bad row and field in Chinese and writes nothing', async () => {
    const before = await legacyCount();
    const res = await importFile(
      office.supervisor,
      importHeader + goodRows + badRow + `ZS2019-0004,NOPE,个人,赵四,330903199211302240,2019-05-01,,,\r\n`,
      true,
    );
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ dryRun: true, total: 4, valid: 2, created: 0 });
    expect(report.problems.map((p: { row: number; field: string; code: string }) => [p.row, p.field, p.code])).toEqual([
      [4, 'certificateNo', 'resident_id'],
      [4, 'decidedOn', 'date_order'],
      [5, 'itemCode', 'item_unknown'],
    ]);
    expect(report.problems[0].message).toContain('居民身份证');
    expect(await legacyCount()).toBe(before);
  });

  it('[R-APP-11] a real import with a bad row imports nothing', async () => {
    const before = await legacyCount();
    const res = await importFile(office.supervisor, importHeader + goodRows + badRow, false);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('exchange.import_invalid');
    expect(res.json().error.details).toHaveLength(2);
    expect(await legacyCount()).toBe(before);
  });

  it('[R-APP-11] imports good rows in one go, idempotently, audited, and they can be found', async () => {
    const first = await importFile(office.supervisor, importHeader + goodRows, false);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ dryRun: false, total: 2, valid: 2, created: 2, existing: 0, problems: [] });
    const again = await importFile(office.supervisor, importHeader + goodRows, false);
    expect(again.json()).toMatchObject({ created: 0, existing: 2 });
    const dry = await importFile(office.supervisor, importHeader + goodRows, true);
    expect(dry.json()).toMatchObject({ created: 0, existing: 2, problems: [] });
    expect(await legacyCount()).toBe(2);
    const audit = await auditOf('exchange.import');
    expect(audit.map((a) => (a.after as { created: number }).created)).toEqual([2, 0]);

    const found = await office.supervisor.request({ method: 'GET', url: '/api/exchange/legacy-cases?q=海味' });
    expect(found.json()).toMatchObject({
      total: 1,
      items: [{ legacyNo: 'ZS2019-0002', applicantName: '舟山海味餐饮有限公司,新城店', itemName: '食品经营许可' }],
    });
    const byId = await office.supervisor.request({
      method: 'GET',
      url: '/api/exchange/legacy-cases?q=330902198506071215',
    });
    expect(byId.json().items).toMatchObject([
      { legacyNo: 'ZS2019-0001', certificateNoMasked: '330902********1215', outcome: 'grant', decidedOn: '2019-03-08' },
    ]);
    const all = await office.supervisor.request({ method: 'GET', url: '/api/exchange/legacy-cases' });
    expect(all.json().total).toBe(2);
    // The county supervisor is out of the city's reach.
    const county = await office.countySupervisor.request({ method: 'GET', url: '/api/exchange/legacy-cases' });
    expect(county.json()).toMatchObject({ total: 0, items: [] });
  });

  it('[R-APP-11] refuses a clerk, a non-UTF-8 file and a file without data rows', async () => {
    const before = await legacyCount();
    expect((await importFile(office.clerk, importHeader + goodRows, false)).statusCode).toBe(403);
    // Who may import is settled before the upload is read: a clerk is refused even without a file.
    const bare = await office.clerk.request({ method: 'POST', url: '/api/exchange/cases/import?dryRun=true' });
    expect(bare.statusCode, bare.body).toBe(403);
    const gbk = await office.supervisor.request({
      method: 'POST',
      url: '/api/exchange/cases/import?dryRun=true',
      ...multipart('gbk.csv', Buffer.from([0xb0, 0xec, 0xbc, 0xfe, 0x2c, 0x0d, 0x0a]), 'text/csv'),
    });
    expect(gbk.json().error.code).toBe('exchange.import_encoding');
    const empty = await importFile(office.supervisor, importHeader, true);
    expect(empty.json().error.code).toBe('exchange.import_empty');
    expect(await legacyCount()).toBe(before);
  });
});
