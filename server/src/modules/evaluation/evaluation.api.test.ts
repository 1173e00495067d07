import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFor, foodLicenceOffice, ok } from '../../../test/case-support.js';
import type { Client, Tree } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';

// 好差评 through HTTP and the database: the applicant rates once, the kiosk votes by number and
// code, a poor rating's follow-up is answered by the window and closed by a supervisor, at the
// version each saw, and every list and count stays in the caller's scope.
let t: TestApp;
let tree: Tree;
let clerk: Client;
let otherClerk: Client;
let approver: Client;
let head: Client;
let supervisor: Client;
let countySupervisor: Client;
let citizen: Client;
let other: Client;
let itemId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ tree, clerk, otherClerk, approver, head, supervisor, countySupervisor, citizen, other, itemId } =
    await foodLicenceOffice(t));
});
afterAll(async () => {
  await t.close();
});

type Case = { id: string; version: number; caseNo: string; queryCode: string; status: string };

/** A food-licence case taken to 办结: accepted, reviewed, granted, certificate issued. */
async function concluded(): Promise<Case> {
  const applied = (await applyFor(citizen, itemId)) as Case;
  let c = (await ok(clerk, applied, { action: 'accept' })) as Case;
  c = (await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '同意' })) as Case;
  c = (await ok(head, c, {
    action: 'decide',
    outcome: 'grant',
    reasons: '符合条件',
    validUntil: '2031-11-27',
  })) as Case;
  c = (await ok(clerk, c, { action: 'issue_certificate' })) as Case;
  expect(c.status).toBe('concluded');
  return { ...c, queryCode: applied.queryCode };
}

const rate = (who: Client, caseId: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/cases/${caseId}/evaluation`, payload: body });
const view = (who: Client, caseId: string) => who.request({ method: 'GET', url: `/api/cases/${caseId}/evaluation` });
const answer = (who: Client, caseId: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/evaluations/${caseId}/answer`, payload: body });
const review = (who: Client, caseId: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/evaluations/${caseId}/review`, payload: body });
const stored = (caseId: string) =>
  t.ctx.database.db.selectFrom('case_evaluation').selectAll().where('case_id', '=', caseId).execute();

describe('the applicant rates a case', () => {
  it('[R-NEW-1] once, after it has ended; a poor rating must say why; strangers and staff cannot', async () => {
    const open = (await applyFor(citizen, itemId)) as Case;
    const early = await rate(citizen, open.id, { level: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('evaluation.not_ended');
    expect((await view(citizen, open.id)).json()).toMatchObject({ evaluation: null, canRate: false });

    const c = await concluded();
    expect((await view(citizen, c.id)).json()).toMatchObject({ evaluation: null, canRate: true });
    expect((await view(clerk, c.id)).json()).toMatchObject({ canRate: false, canAnswer: false });
    expect((await rate(other, c.id, { level: 1, comment: '差' })).statusCode).toBe(404);
    expect((await rate(clerk, c.id, { level: 5 })).statusCode).toBe(403);

    const why = await rate(citizen, c.id, { level: 2 });
    expect(why.statusCode).toBe(400);
    expect(why.json().error).toMatchObject({
      code: 'evaluation.reason_required',
      message: '差评请至少选择一项原因或填写意见',
    });
    const bad = await rate(citizen, c.id, { level: 6 });
    expect(bad.statusCode).toBe(400);
    expect(await stored(c.id)).toEqual([]);

    const res = await rate(citizen, c.id, { level: 4, comment: '  窗口很耐心  ', reasons: ['fees'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      caseNo: c.caseNo,
      level: 4,
      poor: false,
      comment: '窗口很耐心',
      reasons: [],
      channel: 'web',
      followUp: null,
    });
    const again = await rate(citizen, c.id, { level: 1, comment: '改主意了' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('evaluation.already_rated');
    expect((await stored(c.id)).map((r) => r.level)).toEqual([4]);
    expect((await view(citizen, c.id)).json()).toMatchObject({ canRate: false, evaluation: { level: 4 } });
    // The window reads what was said of it, never who said it.
    expect((await view(clerk, c.id)).body).not.toContain('林海');
    const audit = await t.ctx.database.db
      .selectFrom('audit_record')
      .select(['action', 'actor_type'])
      .where('entity_id', '=', c.id)
      .where('action', '=', 'evaluation.rate')
      .execute();
    expect(audit).toEqual([{ action: 'evaluation.rate', actor_type: 'person' }]);
  });

  it('[R-NEW-1] two ratings at once: one is stored, the other gets 409', async () => {
    const c = await concluded();
    const results = await Promise.all([
      rate(citizen, c.id, { level: 5 }),
      rate(citizen, c.id, { level: 1, reasons: ['attitude'] }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await stored(c.id)).toHaveLength(1);
  });
});

describe('the kiosk’s vote by case number and query code', () => {
  it('[R-KIO-3][R-NEW-1] the look-up offers it, the vote is stored once as the kiosk’s, a wrong code is refused like the look-up', async () => {
    const c = await concluded();
    const lookup = () =>
      t.app.inject({ method: 'GET', url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}` });
    expect((await lookup()).json().evaluation).toEqual({ rateable: true, level: null });
    const vote = (body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/case-status/evaluation', payload: body });

    const wrong = await vote({ caseNo: c.caseNo, queryCode: 'AAAAAAAA', level: 5 });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('case.lookup_failed');
    const unknown = await vote({ caseNo: '330900209901010000001', queryCode: c.queryCode, level: 5 });
    expect(unknown.json().error.code).toBe('case.lookup_failed');
    expect(await stored(c.id)).toEqual([]);

    const res = await vote({
      caseNo: c.caseNo,
      queryCode: c.queryCode.toLowerCase(),
      level: 1,
      reasons: ['efficiency'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ level: 1 });
    expect((await lookup()).json().evaluation).toEqual({ rateable: true, level: 1 });
    expect((await vote({ caseNo: c.caseNo, queryCode: c.queryCode, level: 5 })).statusCode).toBe(409);
    const [row] = await stored(c.id);
    expect(row).toMatchObject({ channel: 'kiosk', rater_person_id: null, follow_up: 'open', reasons: ['efficiency'] });
    // The applicant's own page shows the kiosk's vote and no second rating.
    expect((await view(citizen, c.id)).json()).toMatchObject({ canRate: false, evaluation: { channel: 'kiosk' } });
  });

  it('[R-KIO-3] an open case is not rateable through the look-up', async () => {
    const c = (await applyFor(citizen, itemId)) as Case;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}`,
    });
    expect(res.json().evaluation).toEqual({ rateable: false, level: null });
    const vote = await t.app.inject({
      method: 'POST',
      url: '/api/case-status/evaluation',
      payload: { caseNo: c.caseNo, queryCode: c.queryCode, level: 5 },
    });
    expect(vote.json().error.code).toBe('evaluation.not_ended');
  });
});

describe('a poor rating’s follow-up', () => {
  it('[R-NEW-1] the window answers, the supervisor sends it back, the window answers again and the supervisor closes it; the applicant is told', async () => {
    const c = await concluded();
    const rated = await rate(citizen, c.id, { level: 1, reasons: ['efficiency', 'attitude'], comment: '跑了三趟' });
    expect(rated.statusCode, rated.body).toBe(201);
    const ev = rated.json<{ version: number; followUp: { status: string; dueAt: string; overdue: boolean } }>();
    expect(ev.followUp).toMatchObject({ status: 'open', overdue: false, answer: null, returns: 0 });
    expect(new Date(ev.followUp.dueAt).getTime()).toBeGreaterThan(Date.now() + 9 * 86_400_000);

    expect((await view(clerk, c.id)).json()).toMatchObject({ canAnswer: true, canReview: false });
    expect((await view(head, c.id)).json()).toMatchObject({ canAnswer: true });
    expect((await view(approver, c.id)).json()).toMatchObject({ canAnswer: false });
    expect((await view(supervisor, c.id)).json()).toMatchObject({ canAnswer: false, canReview: false });

    expect((await answer(approver, c.id, { answer: '已电话回访申请人', version: ev.version })).statusCode).toBe(403);
    expect((await answer(clerk, c.id, { answer: '好', version: ev.version })).statusCode).toBe(400);
    expect((await review(supervisor, c.id, { accept: true, note: '', version: ev.version })).json().error.code).toBe(
      'evaluation.follow_up_state',
    );

    const first = await answer(clerk, c.id, { answer: '已电话回访，说明补正原因', version: ev.version });
    expect(first.statusCode, first.body).toBe(200);
    const v1 = first.json<{ version: number }>();
    expect(first.json()).toMatchObject({
      followUp: { status: 'answered', answer: '已电话回访，说明补正原因', answeredLate: false },
    });
    expect((await view(supervisor, c.id)).json()).toMatchObject({ canReview: true });
    expect((await review(clerk, c.id, { accept: true, note: '', version: v1.version })).statusCode).toBe(403);
    expect((await review(countySupervisor, c.id, { accept: true, note: '', version: v1.version })).statusCode).toBe(
      404,
    );
    const noNote = await review(supervisor, c.id, { accept: false, note: '', version: v1.version });
    expect(noNote.statusCode).toBe(400);

    const back = await review(supervisor, c.id, { accept: false, note: '请说明整改措施', version: v1.version });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ followUp: { status: 'open', reviewNote: '请说明整改措施', returns: 1 } });
    // The clerk's page still holds the first version: its answer is refused, nothing is lost.
    const stale = await answer(clerk, c.id, { answer: '重复提交的旧答复内容', version: v1.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.version_conflict');

    const second = await answer(head, c.id, { answer: '已约谈窗口人员，优化补正告知', version: back.json().version });
    expect(second.statusCode, second.body).toBe(200);
    const closed = await review(supervisor, c.id, { accept: true, note: '整改到位', version: second.json().version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      followUp: { status: 'closed', answer: '已约谈窗口人员，优化补正告知', reviewNote: '整改到位', returns: 1 },
    });
    expect((await view(citizen, c.id)).json()).toMatchObject({ evaluation: { followUp: { status: 'closed' } } });

    const inbox = await citizen.request({ method: 'GET', url: '/api/my/notifications' });
    const told = inbox
      .json<{ items: Array<{ caseId: string; event: string; title: string }> }>()
      .items.filter((n) => n.caseId === c.id && n.event === 'case.evaluation_answered');
    expect(told.map((n) => n.title)).toEqual(['窗口已答复您的评价意见', '窗口已答复您的评价意见']);
    const trail = await t.ctx.database.db
      .selectFrom('audit_record')
      .select('action')
      .where('entity_id', '=', c.id)
      .where('action', 'like', 'evaluation.%')
      .orderBy('seq')
      .execute();
    expect(trail.map((r) => r.action)).toEqual([
      'evaluation.rate',
      'evaluation.answer',
      'evaluation.send_back',
      'evaluation.answer',
      'evaluation.close',
    ]);
  });

  it('[R-NEW-1] two answers at one version: one wins, the other gets 409', async () => {
    const c = await concluded();
    const ev = (await rate(citizen, c.id, { level: 2, comment: '等候时间长' })).json<{ version: number }>();
    const results = await Promise.all([
      answer(clerk, c.id, { answer: '已回访并致歉（经办人）', version: ev.version }),
      answer(head, c.id, { answer: '已回访并致歉（科长）', version: ev.version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [row] = await stored(c.id);
    expect(row?.version).toBe(ev.version + 1);
  });
});

describe('lists and counts in scope', () => {
  it('[R-NEW-1][R-SUP-4] the window sees its own, the supervisor counts by window, overdue follow-ups are found', async () => {
    const good = await concluded();
    const poor = await concluded();
    expect((await rate(citizen, good.id, { level: 5 })).statusCode).toBe(201);
    expect((await rate(citizen, poor.id, { level: 1, reasons: ['guidance'] })).statusCode).toBe(201);
    // Its due time passed: the window is late.
    await sql`UPDATE case_evaluation SET follow_up_due = now() - interval '1 hour' WHERE case_id = ${poor.id}`.execute(
      t.ctx.database.db,
    );

    type Page = {
      total: number;
      items: Array<{ caseId: string; windowNumber: string; itemName: string; followUp: { overdue: boolean } | null }>;
    };
    const list = async (who: Client, filter: string) => {
      const res = await who.request({ method: 'GET', url: `/api/evaluations?filter=${filter}&pageSize=100` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const mine = await list(clerk, 'all');
    expect(mine.items.map((i) => i.caseId)).toEqual(expect.arrayContaining([good.id, poor.id]));
    expect(mine.items.every((i) => i.windowNumber === '08')).toBe(true);
    const overdue = await list(clerk, 'overdue');
    expect(overdue.items.map((i) => i.caseId)).toEqual([poor.id]);
    expect(overdue.items[0]).toMatchObject({ itemName: foodLicence().name, followUp: { overdue: true } });
    expect((await list(clerk, 'poor')).items.map((i) => i.caseId)).toContain(poor.id);
    expect((await list(clerk, 'poor')).items.map((i) => i.caseId)).not.toContain(good.id);
    expect((await list(otherClerk, 'all')).total).toBe(0);
    expect((await list(countySupervisor, 'all')).total).toBe(0);
    expect((await list(supervisor, 'all')).total).toBe(mine.total);
    expect((await citizen.request({ method: 'GET', url: '/api/evaluations' })).statusCode).toBe(403);
    expect((await other.request({ method: 'GET', url: '/api/evaluations/summary' })).statusCode).toBe(403);
    const bad = await clerk.request({ method: 'GET', url: '/api/evaluations?filter=nope' });
    expect(bad.statusCode).toBe(400);

    const summary = await supervisor.request({ method: 'GET', url: '/api/evaluations/summary' });
    expect(summary.statusCode, summary.body).toBe(200);
    const s = summary.json<{
      rows: Array<{
        windowNumber: string;
        counts: number[];
        total: number;
        satisfaction: number;
        overdueFollowUps: number;
      }>;
      overall: { total: number; overdueFollowUps: number };
    }>();
    const w08 = s.rows.find((r) => r.windowNumber === '08');
    const counts = await t.ctx.database.db
      .selectFrom('case_evaluation')
      .select(['level', sql<number>`count(*)::int`.as('n')])
      .where('window_id', '=', tree.citySCJG.window.id)
      .groupBy('level')
      .execute();
    const expected = [1, 2, 3, 4, 5].map((l) => counts.find((r) => r.level === l)?.n ?? 0);
    expect(w08).toMatchObject({ counts: expected, total: mine.total, overdueFollowUps: 1 });
    expect(w08?.satisfaction).toBeCloseTo((expected[2]! + expected[3]! + expected[4]!) / mine.total, 6);
    expect(s.overall).toMatchObject({ total: mine.total, overdueFollowUps: 1 });
    expect((await countySupervisor.request({ method: 'GET', url: '/api/evaluations/summary' })).json()).toMatchObject({
      rows: [],
      overall: { total: 0, satisfaction: null },
    });
  });
});
