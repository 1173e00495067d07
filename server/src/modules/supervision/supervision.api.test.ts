import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../platform/working-time/index.js';
import { applyFor, foodLicenceOffice, ok } from '../../../test/case-support.js';
import type { Client, Tree } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { rulesFor } from '../cases/rules-source.js';

// 督办 and the supervision view through HTTP and the database: a supervisor over the deciding
// centre urges an open case, its window replies at the version it saw, the applicant hears of
// it, and every list and count stays in the caller's scope and agrees with the database.
let t: TestApp;
let tree: Tree;
let clerk: Client;
let otherClerk: Client;
let approver: Client;
let head: Client;
let supervisor: Client;
let countySupervisor: Client;
let citizen: Client;
let itemId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ tree, clerk, otherClerk, approver, head, supervisor, countySupervisor, citizen, itemId } =
    await foodLicenceOffice(t));
});
afterAll(async () => {
  await t.close();
});

type Case = { id: string; version: number; caseNo: string; status: string };
type Urge = { id: string; version: number; status: string; replyDue: string; urgedAt: string; overdue: boolean };

/** An accepted food-licence case, in review at window 08. */
const accepted = async (): Promise<Case> =>
  (await ok(clerk, await applyFor(citizen, itemId), { action: 'accept' })) as Case;

const urge = (who: Client, caseId: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/cases/${caseId}/urges`, payload: body });
const view = (who: Client, caseId: string) => who.request({ method: 'GET', url: `/api/cases/${caseId}/urges` });
const reply = (who: Client, urgeId: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/urges/${urgeId}/reply`, payload: body });

describe('督办: urge and reply', () => {
  it('[R-SUP-1] a supervisor in reach urges an open case; the window replies at the version seen; the applicant is told', async () => {
    const c = await accepted();
    expect((await view(supervisor, c.id)).json()).toMatchObject({ items: [], canUrge: true, canReply: false });
    expect((await view(clerk, c.id)).json()).toMatchObject({ canUrge: false, canReply: false });

    // Out of reach: the county supervisor cannot even see the city's case; the window cannot urge.
    expect((await urge(countySupervisor, c.id, { note: '请加快' })).statusCode).toBe(404);
    expect((await urge(clerk, c.id, { note: '请加快' })).statusCode).toBe(403);
    expect((await urge(supervisor, c.id, { note: '   ' })).statusCode).toBe(400);
    expect((await urge(supervisor, c.id, { note: '请加快', replyDays: 6 })).statusCode).toBe(400);
    expect((await urge(supervisor, c.id, { note: '请加快', replyDays: 0 })).statusCode).toBe(400);
    expect((await urge(supervisor, c.id, { note: '快'.repeat(501) })).statusCode).toBe(400);
    expect((await urge(supervisor, c.id, { note: '请加快', extra: 1 })).statusCode).toBe(400);

    const res = await urge(supervisor, c.id, { note: '  申请人多次来电，请加快审查  ' });
    expect(res.statusCode, res.body).toBe(201);
    const u = res.json<Urge>();
    expect(res.json()).toMatchObject({
      caseId: c.id,
      note: '申请人多次来电，请加快审查',
      replyDays: 2,
      status: 'open',
      overdue: false,
      reply: null,
      urgedByCentre: tree.city.name,
    });
    // Two working days on the deciding centre's calendar.
    const cal = (await rulesFor(t.ctx, tree.city.id)).calendar;
    expect(u.replyDue).toBe(addWorkingDays(cal, new Date(u.urgedAt), 2).toISOString());

    const again = await urge(supervisor, c.id, { note: '再次督办', replyDays: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'urge.already_open',
      message: '该办件已有尚未回复的督办，请等待窗口回复',
    });

    for (const who of [clerk, approver, head])
      expect((await view(who, c.id)).json()).toMatchObject({ canUrge: false, canReply: true, items: [{ id: u.id }] });
    expect((await view(supervisor, c.id)).json()).toMatchObject({ canUrge: false, canReply: false });
    expect((await view(otherClerk, c.id)).statusCode).toBe(404);
    expect((await reply(otherClerk, u.id, { reply: '好的', version: u.version })).statusCode).toBe(404);
    expect((await reply(supervisor, u.id, { reply: '好的', version: u.version })).statusCode).toBe(403);
    expect((await reply(clerk, u.id, { reply: '', version: u.version })).statusCode).toBe(400);
    expect((await reply(clerk, u.id, { reply: '答'.repeat(1001), version: u.version })).statusCode).toBe(400);

    // Two replies at one version: one wins, the other gets 409 and changes nothing.
    const both = await Promise.all([
      reply(clerk, u.id, { reply: '已联系申请人，明日完成审查（窗口）', version: u.version }),
      reply(head, u.id, { reply: '已安排专人审查（科长）', version: u.version }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const won = both.find((r) => r.statusCode === 200)!.json<Urge & { reply: string }>();
    expect(won).toMatchObject({ status: 'replied', repliedLate: false, version: u.version + 1 });
    const lost = both.find((r) => r.statusCode === 409)!;
    expect(lost.json().error.code).toBe('resource.version_conflict');
    // A page that saw the reply and sends again at the new version is told it is already answered.
    const late = await reply(approver, u.id, { reply: '补充说明', version: won.version });
    expect(late.json().error.code).toBe('urge.already_replied');
    const [row] = await t.ctx.database.db.selectFrom('case_urge').selectAll().where('case_id', '=', c.id).execute();
    expect(row).toMatchObject({ reply: won.reply, version: u.version + 1 });

    // Once replied, the supervisor may urge again; they read the reply on the case.
    expect((await view(supervisor, c.id)).json()).toMatchObject({
      canUrge: true,
      items: [{ status: 'replied', reply: won.reply }],
    });

    const inbox = await citizen.request({ method: 'GET', url: '/api/my/notifications' });
    const told = inbox
      .json<{ items: Array<{ caseId: string; event: string; title: string }> }>()
      .items.filter((n) => n.caseId === c.id && n.event === 'case.urge');
    expect(told.map((n) => n.title)).toEqual(['中心已督促窗口加快办理您的申请']);
    const trail = await t.ctx.database.db
      .selectFrom('audit_record')
      .select(['action', 'actor_type'])
      .where('entity_id', '=', c.id)
      .where('action', 'like', 'urge.%')
      .orderBy('seq')
      .execute();
    expect(trail.map((r) => r.action)).toEqual(['urge.create', 'urge.reply']);
  });

  it('[R-SUP-1] a case that has ended is not urged', async () => {
    let c = (await applyFor(citizen, itemId)) as Case;
    c = (await ok(citizen, c, { action: 'withdraw', reason: '不再经营' })) as Case;
    expect(c.status).toBe('withdrawn');
    expect((await view(supervisor, c.id)).json()).toMatchObject({ canUrge: false });
    const res = await urge(supervisor, c.id, { note: '请加快' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'urge.case_ended', message: '该办件已办结或终止，不能督办' });
    expect(await t.ctx.database.db.selectFrom('case_urge').select('id').where('case_id', '=', c.id).execute()).toEqual(
      [],
    );
  });
});

describe('lists and counts in scope', () => {
  it('[R-SUP-1] the window, the department and the supervisor list the urges in their scope; overdue ones are found', async () => {
    const a = await accepted();
    const b = await accepted();
    const ua = (await urge(supervisor, a.id, { note: '请说明进度', replyDays: 1 })).json<Urge>();
    await urge(supervisor, b.id, { note: '请加快', replyDays: 5 });
    // Its due time passed: the window is late.
    await sql`UPDATE case_urge SET reply_due = now() - interval '1 hour' WHERE id = ${ua.id}`.execute(
      t.ctx.database.db,
    );
    type Page = {
      total: number;
      items: Array<{ caseId: string; windowNumber: string; overdue: boolean; caseNo: string }>;
    };
    const list = async (who: Client, filter: string) => {
      const res = await who.request({ method: 'GET', url: `/api/urges?filter=${filter}&pageSize=100` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const mine = await list(clerk, 'open');
    expect(mine.items.map((i) => i.caseId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(mine.items.every((i) => i.windowNumber === '08')).toBe(true);
    expect(mine.items.find((i) => i.caseId === a.id)).toMatchObject({ caseNo: a.caseNo, overdue: true });
    expect((await list(clerk, 'overdue')).items.map((i) => i.caseId)).toEqual([a.id]);
    expect((await list(clerk, 'replied')).items.map((i) => i.caseId)).not.toContain(a.id);
    const all = await list(clerk, 'all');
    expect(all.total).toBeGreaterThan(mine.total);
    expect((await list(head, 'all')).total).toBe(all.total);
    expect((await list(supervisor, 'all')).total).toBe(all.total);
    expect((await list(otherClerk, 'all')).total).toBe(0);
    expect((await list(countySupervisor, 'all')).total).toBe(0);
    expect((await citizen.request({ method: 'GET', url: '/api/urges' })).statusCode).toBe(403);
    expect((await clerk.request({ method: 'GET', url: '/api/urges?filter=nope' })).statusCode).toBe(400);
  });

  it('[R-NEW-3][R-SUP-3] the supervisor’s cards per window agree with the database', async () => {
    const yellow = await accepted();
    const red = await accepted();
    await accepted();
    const db = t.ctx.database.db;
    await sql`UPDATE license_case SET warn_at = now() - interval '1 hour', due_at = now() + interval '1 day'
               WHERE id = ${yellow.id}`.execute(db);
    await sql`UPDATE license_case SET due_at = now() - interval '1 hour' WHERE id = ${red.id}`.execute(db);

    const res = await supervisor.request({ method: 'GET', url: '/api/supervision/windows' });
    expect(res.statusCode, res.body).toBe(200);
    type Counts = { openCases: number; yellowCards: number; redCards: number; openUrges: number; overdueUrges: number };
    const body = res.json<{ rows: Array<Counts & { windowNumber: string; windowId: string }>; total: Counts }>();
    const w08 = body.rows.find((r) => r.windowId === tree.citySCJG.window.id);

    const open = sql<boolean>`status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`;
    const expected = await sql<Counts>`
      SELECT count(*)::int AS "openCases",
             (count(*) FILTER (WHERE warn_at <= now() AND due_at >= now()))::int AS "yellowCards",
             (count(*) FILTER (WHERE due_at < now() AND status <> 'supplement'))::int AS "redCards",
             (SELECT count(*)::int FROM case_urge WHERE window_id = ${tree.citySCJG.window.id} AND replied_at IS NULL)
               AS "openUrges",
             (SELECT count(*)::int FROM case_urge
               WHERE window_id = ${tree.citySCJG.window.id} AND replied_at IS NULL AND reply_due < now())
               AS "overdueUrges"
        FROM license_case WHERE window_id = ${tree.citySCJG.window.id} AND ${open}`.execute(db);
    expect(w08).toMatchObject({ windowNumber: '08', ...expected.rows[0] });
    expect(w08!.yellowCards).toBeGreaterThanOrEqual(1);
    expect(w08!.redCards).toBeGreaterThanOrEqual(1);
    expect(w08!.openUrges).toBeGreaterThanOrEqual(2);
    expect(w08!.overdueUrges).toBeGreaterThanOrEqual(1);
    // Only window 08 has cases here, so the totals are its counts.
    expect(body.rows).toHaveLength(1);
    expect(body.total).toEqual(expected.rows[0]);

    // The queue the red count links to shows the same cases.
    const queue = await supervisor.request({
      method: 'GET',
      url: '/api/workbench/queue?view=all&warning=red&pageSize=100',
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().total).toBe(w08!.redCards);

    expect((await countySupervisor.request({ method: 'GET', url: '/api/supervision/windows' })).json()).toEqual({
      rows: [],
      total: { openCases: 0, yellowCards: 0, redCards: 0, openUrges: 0, overdueUrges: 0 },
    });
    expect((await clerk.request({ method: 'GET', url: '/api/supervision/windows' })).statusCode).toBe(403);
    expect((await citizen.request({ method: 'GET', url: '/api/supervision/windows' })).statusCode).toBe(403);
  });
});
