import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foodLicenceOffice } from '../../../test/case-support.js';
import { buildStaff, loginStaff, type Client, type Tree } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';

// 公众参与 through HTTP and the database: anonymous messages with a number and code, routing by
// kind, answers at the version each officer saw, publication only with consent and without
// personal data, and every list and move kept in the officer's reach.
let t: TestApp;
let tree: Tree;
let clerk: Client;
let otherClerk: Client;
let head: Client;
let supervisor: Client;
let countySupervisor: Client;
let citizen: Client;
let admin: Client;
let itemId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ tree, clerk, otherClerk, head, supervisor, countySupervisor, citizen, itemId } = await foodLicenceOffice(t));
  admin = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'system_admin', centre_id: tree.city.id }])).username,
  );
});
afterAll(async () => {
  await t.close();
});

type Submitted = { messageNo: string; queryCode: string; kind: string; dueAt: string };
type Message = { id: string; version: number; status: string; phone: string | null; [k: string]: unknown };

const submit = (body: Record<string, unknown>, who?: Client) =>
  who
    ? who.request({ method: 'POST', url: '/api/participation/messages', payload: body })
    : t.app.inject({ method: 'POST', url: '/api/participation/messages', payload: body });
const lookup = (messageNo: string, queryCode: string) =>
  t.app.inject({ method: 'POST', url: '/api/participation/lookup', payload: { messageNo, queryCode } });
const inbox = async (who: Client, query = 'filter=all') => {
  const res = await who.request({ method: 'GET', url: `/api/participation/inbox?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Message[]; total: number }>();
};
const move = (who: Client, id: string, action: string, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: `/api/participation/messages/${id}/${action}`, payload: body });
const stored = () => t.ctx.database.db.selectFrom('public_message').selectAll().execute();
const byNo = async (who: Client, no: string) => (await inbox(who)).items.find((m) => m.messageNo === no);

const consult = () => ({
  kind: 'consult',
  centreId: tree.city.id,
  itemId,
  subject: '食品经营许可需要哪些材料',
  body: '我想在定海开一家小餐馆，请问需要准备什么材料？电话13857009999',
  name: '王小明',
  phone: '13857009999',
  publishConsent: true,
});

/** A consultation about the food licence, from someone not logged in. */
async function asked(extra: Record<string, unknown> = {}) {
  const res = await submit({ ...consult(), ...extra });
  expect(res.statusCode, res.body).toBe(201);
  const s = res.json<Submitted>();
  const m = await byNo(clerk, s.messageNo);
  expect(m).toBeDefined();
  return { ...s, message: m as Message };
}

describe('the public writes', () => {
  it('[R-WEB-4] anonymously: a number and code to look the answer up; a wrong code and an unknown number get the same refusal', async () => {
    const res = await submit(consult());
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<Submitted>();
    expect(s.messageNo).toMatch(/^LY330900\d{12}$/);
    expect(s.queryCode).toMatch(/^[2-9A-Z]{8}$/);
    const found = await lookup(s.messageNo, s.queryCode.toLowerCase());
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      messageNo: s.messageNo,
      kind: 'consult',
      status: 'open',
      windowNumber: '08',
      writerName: '王*明',
      phone: '138****9999',
      answer: null,
      dueAt: s.dueAt,
      body: '我想在定海开一家小餐馆，请问需要准备什么材料？电话138****9999',
    });
    const wrong = await lookup(s.messageNo, 'ZZZZZZZZ');
    const unknown = await lookup('LY330900202601010001', s.queryCode);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('participation.lookup_failed');
    const [row] = (await stored()).filter((r) => r.message_no === s.messageNo);
    // The phone is kept encrypted and the code only as its keyed hash.
    expect(row?.phone_enc).not.toContain('13857009999');
    expect(JSON.stringify(row)).not.toContain(s.queryCode);
    const audit = await t.ctx.database.db
      .selectFrom('audit_record')
      .select(['action', 'after'])
      .where('entity_id', '=', row?.id ?? '')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['participation.submit']);
    expect(JSON.stringify(audit)).not.toContain('13857009999');
  });

  it('[R-WEB-4] a complaint or the director’s mailbox without a phone is refused and nothing is stored', async () => {
    const before = (await stored()).length;
    for (const kind of ['complaint', 'mailbox']) {
      const res = await submit({ kind, centreId: tree.city.id, subject: '窗口态度', body: '等了很久没人理' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'participation.phone_required',
        message: '投诉和主任信箱请留下联系电话，以便回复核实',
      });
    }
    const bad = await submit({ kind: 'complaint', centreId: tree.city.id, subject: 'x', body: 'y', phone: '12345' });
    expect(bad.json().error.code).toBe('participation.phone_invalid');
    const long = await submit({ ...consult(), body: '长'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    const elsewhere = await submit({ ...consult(), itemId: undefined, windowId: tree.countySCJG.window.id });
    expect(elsewhere.json().error.code).toBe('participation.target_invalid');
    const complaintAtWindow = await submit({
      kind: 'complaint',
      centreId: tree.city.id,
      windowId: tree.citySCJG.window.id,
      subject: 'x',
      body: 'y',
      phone: '13857001234',
    });
    expect(complaintAtWindow.statusCode).toBe(400);
    expect((await stored()).length).toBe(before);
  });

  it('[R-WEB-4] a consultation goes to the item’s window; a complaint goes over its head to the supervisors', async () => {
    const { message, messageNo } = await asked();
    expect(message).toMatchObject({
      routedTo: 'window',
      windowNumber: '08',
      phone: '13857009999',
      writerName: '王小明',
    });
    expect(await byNo(head, messageNo)).toBeDefined();
    expect(await byNo(supervisor, messageNo)).toBeDefined();
    expect(await byNo(otherClerk, messageNo)).toBeUndefined();
    expect(await byNo(countySupervisor, messageNo)).toBeUndefined();
    expect(await byNo(admin, messageNo)).toBeUndefined();

    const res = await submit({
      kind: 'complaint',
      centreId: tree.city.id,
      subject: '窗口人员态度差',
      body: '08号窗口工作人员不耐烦',
      phone: '0580 2281234',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<Submitted>();
    expect(await byNo(clerk, c.messageNo)).toBeUndefined();
    expect(await byNo(supervisor, c.messageNo)).toMatchObject({ routedTo: 'supervisor', phone: '05802281234' });
    expect((await lookup(c.messageNo, c.queryCode)).json().phone).toBe('0580-*****34');
  });

  it('[R-WEB-4] another window can neither read nor answer; a stale answer gets 409 and changes nothing', async () => {
    const { message } = await asked();
    const read = await otherClerk.request({ method: 'GET', url: `/api/participation/messages/${message.id}` });
    expect(read.statusCode).toBe(404);
    const foreign = await move(otherClerk, message.id, 'answer', { answer: '请到窗口咨询', version: message.version });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await move(countySupervisor, message.id, 'answer', { answer: '请到窗口咨询', version: 1 })).statusCode,
    ).toBe(404);

    const first = await move(clerk, message.id, 'answer', {
      answer: '需要申请书和营业执照复印件。',
      version: message.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'answered',
      answer: '需要申请书和营业执照复印件。',
      answeredLate: false,
    });
    const stale = await move(head, message.id, 'answer', {
      answer: '以这个为准的另一个答复',
      version: message.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.version_conflict');
    const row = (await stored()).find((r) => r.id === message.id);
    expect(row).toMatchObject({ answer: '需要申请书和营业执照复印件。', version: message.version + 1 });
    // The clerk answers but does not publish: that is the supervisor's.
    expect((await move(clerk, message.id, 'publish', { version: message.version + 1 })).statusCode).toBe(403);
  });
});

describe('the supervisor publishes, reassigns and closes', () => {
  it('[R-WEB-4] only with the writer’s consent, and the published text shows no personal data', async () => {
    const { message, messageNo, queryCode } = await asked();
    const answered = (
      await move(clerk, message.id, 'answer', {
        answer: '请带身份证原件，咨询电话0580-2281234。',
        version: message.version,
      })
    ).json<Message>();
    const published = await move(supervisor, message.id, 'publish', { version: answered.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect((await lookup(messageNo, queryCode)).json().status).toBe('published');

    const list = await t.app.inject({ method: 'GET', url: `/api/participation/published?centreId=${tree.city.id}` });
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((i: { messageNo: string }) => i.messageNo === messageNo);
    expect(item).toMatchObject({ kind: 'consult', windowNumber: '08', body: expect.stringContaining('138****9999') });
    expect(item.answer).toContain('0580-*****34');
    expect(JSON.stringify(item)).not.toMatch(/王小明|13857009999|2281234/);
    const county = await t.app.inject({
      method: 'GET',
      url: `/api/participation/published?centreId=${tree.county.id}`,
    });
    expect(county.json().total).toBe(0);

    const quiet = await asked({ publishConsent: false });
    const a = (await move(clerk, quiet.message.id, 'answer', { answer: '已电话答复。', version: 1 })).json<Message>();
    const refused = await move(supervisor, quiet.message.id, 'publish', { version: a.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('participation.no_consent');
    expect((await stored()).find((r) => r.id === quiet.message.id)?.status).toBe('answered');
    const closed = await move(supervisor, quiet.message.id, 'close', { note: '未同意公开', version: a.version });
    expect(closed.json()).toMatchObject({ status: 'closed', closeNote: '未同意公开' });
    const again = await move(clerk, quiet.message.id, 'answer', { answer: '再补充一句。', version: a.version + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('participation.state');
  });

  it('[R-WEB-4] reassigns an unanswered message to another window of the centre, and only of the centre', async () => {
    const { message, messageNo } = await asked();
    const outside = await move(supervisor, message.id, 'reassign', {
      windowId: tree.countySCJG.window.id,
      version: message.version,
    });
    expect(outside.statusCode).toBe(400);
    expect(
      (await move(clerk, message.id, 'reassign', { windowId: tree.cityXF.window.id, version: 1 })).statusCode,
    ).toBe(403);
    const moved = await move(supervisor, message.id, 'reassign', {
      windowId: tree.cityXF.window.id,
      version: message.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ windowNumber: '11', reassigned: 1, status: 'open' });
    expect(await byNo(otherClerk, messageNo)).toBeDefined();
    expect(await byNo(clerk, messageNo)).toBeUndefined();
    const actions = await t.ctx.database.db
      .selectFrom('audit_record')
      .select('action')
      .where('entity_id', '=', message.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['participation.submit', 'participation.reassign']);
  });

  it('[R-WEB-4] lists filter by 待答复 / 已答复 / 全部, and the home card counts what waits', async () => {
    const { message } = await asked();
    const pending = await inbox(clerk, 'filter=pending');
    expect(pending.items.every((m) => m.status === 'open')).toBe(true);
    expect(pending.items.map((m) => m.id)).toContain(message.id);
    const counts = await clerk.request({ method: 'GET', url: '/api/participation/inbox/counts' });
    expect(counts.json()).toMatchObject({ pending: pending.total, overdue: 0 });
    await move(clerk, message.id, 'answer', { answer: '请到08号窗口办理。', version: message.version });
    expect((await inbox(clerk, 'filter=answered')).items.map((m) => m.id)).toContain(message.id);
    expect((await inbox(clerk, 'filter=overdue')).total).toBe(0);
    // Late: the due time moved into the past makes it overdue in every list of it.
    const late = await asked();
    await t.ctx.database.db
      .updateTable('public_message')
      .set({ due_at: new Date(Date.now() - 60_000) })
      .where('id', '=', late.message.id)
      .execute();
    expect((await inbox(clerk, 'filter=overdue')).items.map((m) => m.id)).toEqual([late.message.id]);
    const bad = await clerk.request({ method: 'GET', url: '/api/participation/inbox?filter=soon' });
    expect(bad.statusCode).toBe(400);
  });

  it('[R-WEB-4] the page shows the centre’s complaint telephone and the windows’ contacts', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/participation/centres/${tree.city.id}/contacts` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ centreName: '舟山市行政审批服务中心' });
    expect(res.json().windows.map((w: { number: string }) => w.number)).toEqual(['08', '09', '11']);
  });
});

describe('problem reports from inside the system', () => {
  it('[R-OPS-5] need a login, go to the centre’s administrators, and are answered there', async () => {
    const body = {
      kind: 'feedback',
      centreId: tree.city.id,
      subject: '上传按钮无反应',
      body: '在材料上传页点上传没有反应',
    };
    const before = (await stored()).length;
    const anon = await submit(body);
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('participation.login_required');
    expect((await stored()).length).toBe(before);

    const fromCitizen = await submit({ ...body, publishConsent: true }, citizen);
    expect(fromCitizen.statusCode, fromCitizen.body).toBe(201);
    const fromClerk = await submit({ ...body, subject: '打印通知书排版错位' }, clerk);
    expect(fromClerk.statusCode, fromClerk.body).toBe(201);
    const mine = await inbox(admin);
    expect(mine.items.every((m) => m.kind === 'feedback')).toBe(true);
    const report = mine.items.find((m) => m.messageNo === fromCitizen.json().messageNo) as Message;
    expect(report).toMatchObject({
      routedTo: 'admin',
      loggedIn: true,
      fromStaff: false,
      writerName: '林海',
      publishConsent: false,
    });
    expect(mine.items.find((m) => m.messageNo === fromClerk.json().messageNo)).toMatchObject({ fromStaff: true });
    expect(await byNo(clerk, fromCitizen.json().messageNo)).toBeUndefined();
    const answered = await move(admin, report.id, 'answer', {
      answer: '已修复，请刷新页面重试。',
      version: report.version,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    // An administrator cannot reach the public's messages.
    const { message } = await asked();
    expect((await admin.request({ method: 'GET', url: `/api/participation/messages/${message.id}` })).statusCode).toBe(
      404,
    );
  });
});

describe('rate limit', () => {
  it('[R-WEB-4][R-OPS-2] anonymous submits and look-ups are limited like the public case look-up', async () => {
    const limited = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/participation/lookup',
          payload: { messageNo: 'LY330900202601010001', queryCode: 'ABCDEFGH' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
      expect(codes.slice(10)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
