import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff, buildTree, loginStaff, type Client, type Tree } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';

// 中心网站 through HTTP and the database: an article goes draft → published → withdrawn under the
// centre's managers, its owner unit keeps it current, the public sees only published public
// articles with the ownership line, and internal articles reach their centre or the whole city.
let t: TestApp;
let tree: Tree;
let supervisor: Client;
let countySupervisor: Client;
let clerk: Client;
let otherClerk: Client;
let head: Client;
let countyClerk: Client;
let county2Clerk: Client;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const login = async (role: Parameters<typeof buildStaff>[1][number]) =>
    loginStaff(t.app, (await buildStaff(t.ctx, [role])).username);
  supervisor = await login({ role: 'supervisor', centre_id: tree.city.id });
  countySupervisor = await login({ role: 'supervisor', centre_id: tree.county.id });
  clerk = await login({ role: 'window_clerk', centre_id: tree.city.id, window_id: tree.citySCJG.window.id });
  otherClerk = await login({ role: 'window_clerk', centre_id: tree.city.id, window_id: tree.cityXF.window.id });
  head = await login({
    role: 'department_head',
    centre_id: tree.city.id,
    department_id: tree.citySCJG.department.id,
  });
  countyClerk = await login({ role: 'window_clerk', centre_id: tree.county.id, window_id: tree.countySCJG.window.id });
  county2Clerk = await login({
    role: 'window_clerk',
    centre_id: tree.county2.id,
    window_id: tree.county2SCJG.window.id,
  });
});
afterAll(async () => {
  await t.close();
});

type Article = { id: string; version: number; status: string; ownerName: string; abilities: Record<string, boolean> };

const create = (who: Client, body: Record<string, unknown>) =>
  who.request({ method: 'POST', url: '/api/content/manage/articles', payload: body });
const patch = (who: Client, id: string, body: Record<string, unknown>) =>
  who.request({ method: 'PATCH', url: `/api/content/manage/articles/${id}`, payload: body });
const move = (who: Client, id: string, m: 'publish' | 'withdraw', version: number) =>
  who.request({ method: 'POST', url: `/api/content/manage/articles/${id}/${m}`, payload: { version } });
const pub = (url: string) => t.app.inject({ method: 'GET', url });
const rows = () => t.ctx.database.db.selectFrom('content_article').selectAll().orderBy('id').execute();

async function created(who: Client, body: Record<string, unknown>): Promise<Article> {
  const res = await create(who, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('the public website', () => {
  it('[R-WEB-1][R-WEB-6] create → publish → the public list and page, with the ownership line', async () => {
    const draft = await created(supervisor, {
      channel: 'centre_intro',
      title: '  中心简介  ',
      body: '舟山市行政审批服务中心是市政府设立的集中办事平台。\r\n\r\n中心实行“一站式”服务。',
    });
    expect(draft).toMatchObject({ status: 'draft', ownerName: tree.city.name, abilities: { publish: true } });
    const before = await pub(`/api/content/articles?centre=${tree.city.id}`);
    expect(before.json().items.map((i: Article) => i.id)).not.toContain(draft.id);
    expect((await pub(`/api/content/articles/${draft.id}`)).statusCode).toBe(404);

    const published = await move(supervisor, draft.id, 'publish', draft.version);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });

    const list = await pub(`/api/content/articles?centre=${tree.city.division_code}&channel=centre_intro`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({
      centre: { id: tree.city.id },
      total: 1,
      items: [{ id: draft.id, title: '中心简介' }],
    });
    const page = await pub(`/api/content/articles/${draft.id}`);
    expect(page.json()).toMatchObject({
      title: '中心简介',
      body: '舟山市行政审批服务中心是市政府设立的集中办事平台。\n\n中心实行“一站式”服务。',
      ownerName: tree.city.name,
      ownerKind: 'centre',
    });
    expect(page.json().updatedAt).toBeTruthy();
    // The public never learns which person typed it.
    expect(page.body).not.toContain('测试');

    const withdrawn = await move(supervisor, draft.id, 'withdraw', 2);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await pub(`/api/content/articles/${draft.id}`)).statusCode).toBe(404);
    const actions = await t.ctx.database.db
      .selectFrom('audit_record')
      .select('action')
      .where('entity_id', '=', draft.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['content.create', 'content.publish', 'content.withdraw']);
  });

  it('[R-WEB-1][R-OPS-3] a related link carries a web address; nothing else does; javascript: is refused', async () => {
    const link = await created(supervisor, {
      channel: 'links',
      title: '舟山市人民政府门户网站',
      url: 'https://www.zhoushan.gov.cn/',
    });
    await move(supervisor, link.id, 'publish', link.version);
    const list = await pub('/api/content/articles?channel=links');
    expect(list.json().items).toEqual([expect.objectContaining({ url: 'https://www.zhoushan.gov.cn/' })]);

    const count = (await rows()).length;
    for (const bad of [
      { channel: 'links', title: '坏链接', url: 'javascript:alert(1)' },
      { channel: 'links', title: '无网址' },
      { channel: 'notices', title: '通知', body: '正文', url: 'https://example.org/' },
    ]) {
      const res = await create(supervisor, bad);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('content.url_invalid');
    }
    expect((await rows()).length).toBe(count);
  });

  it('[R-WEB-1] drafts and internal articles are never public, even when asked for by channel', async () => {
    const internal = await created(supervisor, { channel: 'meetings', title: '周例会', body: '周一上午九点。' });
    await move(supervisor, internal.id, 'publish', internal.version);
    expect((await pub(`/api/content/articles/${internal.id}`)).statusCode).toBe(404);
    expect((await pub('/api/content/articles?channel=meetings')).statusCode).toBe(400);
    const all = await pub(`/api/content/articles?centre=${tree.city.id}&pageSize=50`);
    expect(all.json().items.map((i: Article) => i.id)).not.toContain(internal.id);
    expect((await pub('/api/content/channels')).json()).toContainEqual({
      code: 'staff',
      zh: '人员公示',
      en: 'Staff publicity',
      visibility: 'public',
    });
  });
});

describe('who keeps which page', () => {
  it('[R-WEB-6] a window writes and keeps its own page; another window cannot touch it; only managers publish', async () => {
    const own = await created(clerk, {
      channel: 'staff',
      title: '市场监督管理局窗口人员公示',
      body: '陈晓燕 首席代表',
      owner: { kind: 'centre', id: null },
    });
    expect(own).toMatchObject({
      ownerName: `${tree.citySCJG.window.name}（08号）`,
      abilities: { edit: true, publish: false },
    });
    expect((await move(clerk, own.id, 'publish', own.version)).statusCode).toBe(403);

    const before = await rows();
    const stranger = await patch(otherClerk, own.id, { title: '改掉', version: own.version });
    expect(stranger.statusCode).toBe(403);
    expect(
      (await otherClerk.request({ method: 'GET', url: `/api/content/manage/articles/${own.id}` })).statusCode,
    ).toBe(403);
    expect((await patch(head, own.id, { title: '改掉', version: own.version })).statusCode).toBe(403);
    // A county supervisor does not even see the city's drafts.
    expect((await patch(countySupervisor, own.id, { title: '改掉', version: own.version })).statusCode).toBe(404);
    expect(await rows()).toEqual(before);

    const pubd = (await move(supervisor, own.id, 'publish', own.version)).json<Article>();
    // The owner keeps the published page current: the change is live and the page stays published.
    const kept = await patch(clerk, own.id, { body: '陈晓燕 首席代表\n\n王海波 窗口经办人', version: pubd.version });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ status: 'published', version: pubd.version + 1 });
    expect((await pub(`/api/content/articles/${own.id}`)).json().body).toContain('王海波');
    // Handing the page to another unit is the centre's decision.
    const handover = await patch(clerk, own.id, {
      owner: { kind: 'window', id: tree.cityXF.window.id },
      version: pubd.version + 1,
    });
    expect(handover.statusCode).toBe(403);

    const mine = await clerk.request({ method: 'GET', url: '/api/content/manage/articles' });
    expect(mine.json().items.map((i: Article) => i.id)).toEqual([own.id]);
    expect((await otherClerk.request({ method: 'GET', url: '/api/content/manage/articles' })).json().items).toEqual([]);
    const all = await supervisor.request({ method: 'GET', url: '/api/content/manage/articles?pageSize=100' });
    expect(all.json().items.map((i: Article) => i.id)).toContain(own.id);
  });

  it('[R-WEB-6] a manager assigns a page to a department, whose head then keeps it; a unit of another centre is refused', async () => {
    const rule = await created(supervisor, {
      channel: 'rules',
      title: '市场监管窗口办事规则',
      body: '一次性告知。',
      owner: { kind: 'department', id: tree.citySCJG.department.id },
    });
    expect(rule.ownerName).toBe('市场监督管理局');
    const edited = await patch(head, rule.id, { title: '市场监管办事规则', version: rule.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await patch(clerk, rule.id, { title: 'x', version: 2 })).statusCode).toBe(403);

    const count = (await rows()).length;
    const foreign = await create(supervisor, {
      channel: 'rules',
      title: '别处的规则',
      body: '正文',
      owner: { kind: 'window', id: tree.countySCJG.window.id },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('content.owner_invalid');
    expect((await rows()).length).toBe(count);
  });

  it('[R-WEB-6] two edits at the same version: one wins, the other gets 409 and changes nothing', async () => {
    const a = await created(supervisor, { channel: 'notices', title: '通知', body: '正文' });
    const [one, two] = await Promise.all([
      patch(supervisor, a.id, { title: '通知甲', version: a.version }),
      patch(supervisor, a.id, { title: '通知乙', version: a.version }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const stale = await move(supervisor, a.id, 'publish', a.version);
    expect(stale.statusCode).toBe(409);
    const [row] = await t.ctx.database.db.selectFrom('content_article').selectAll().where('id', '=', a.id).execute();
    expect(row).toMatchObject({ version: 2, status: 'draft' });
    expect(['通知甲', '通知乙']).toContain(row?.title);
  });

  it('[R-WEB-1] bad input is refused with a clear error and nothing changes', async () => {
    const a = await created(supervisor, { channel: 'policies', title: '行政许可法', body: '第一条' });
    const before = await rows();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ channel: 'nonsense', title: 'x', body: 'y' }, 400, 'request.invalid'],
      [{ channel: 'policies', title: '', body: 'y' }, 400, 'request.invalid'],
      [{ channel: 'policies', title: 'x'.repeat(121), body: 'y' }, 400, 'request.invalid'],
      [{ channel: 'policies', title: 'x', body: '   ' }, 400, 'content.body_required'],
      [{ channel: 'policies', title: 'x', body: 'y', extra: 1 }, 400, 'request.invalid'],
    ];
    for (const [body, status, code] of cases) {
      const res = await create(supervisor, body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const moved = await patch(supervisor, a.id, { channel: 'meetings', version: a.version });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error).toMatchObject({
      code: 'content.channel_change',
      message: '公开栏目与内部栏目之间不能互相移动',
    });
    expect((await patch(supervisor, a.id, { version: 0 })).statusCode).toBe(400);
    expect((await move(supervisor, a.id, 'withdraw', a.version)).json().error.code).toBe('content.state');
    expect(await rows()).toEqual(before);
  });
});

describe('内部交流', () => {
  it('[R-WEB-5] a centre-only notice stays in its centre; a city-wide one reaches the counties; the public sees neither', async () => {
    const local = await created(countySupervisor, {
      channel: 'internal_notices',
      title: '定海内部通知',
      body: '仅本中心。',
    });
    const wide = await created(countySupervisor, {
      channel: 'exchange',
      title: '定海中心经验交流',
      body: '全市交流。',
      audience: 'city',
    });
    const draftWide = await created(countySupervisor, {
      channel: 'exchange',
      title: '草稿',
      body: '未发布',
      audience: 'city',
    });
    await move(countySupervisor, local.id, 'publish', local.version);
    await move(countySupervisor, wide.id, 'publish', wide.version);

    const ids = async (who: Client) =>
      ((await who.request({ method: 'GET', url: '/api/content/internal?pageSize=50' })).json().items as Article[]).map(
        (i) => i.id,
      );
    const county = await ids(countyClerk);
    expect(county).toEqual(expect.arrayContaining([local.id, wide.id]));
    expect(county).not.toContain(draftWide.id);
    const other = await ids(county2Clerk);
    expect(other).toContain(wide.id);
    expect(other).not.toContain(local.id);
    expect(await ids(supervisor)).toContain(wide.id);

    const read = await county2Clerk.request({ method: 'GET', url: `/api/content/internal/${wide.id}` });
    expect(read.json()).toMatchObject({ title: '定海中心经验交流', audience: 'city', ownerName: tree.county.name });
    expect((await county2Clerk.request({ method: 'GET', url: `/api/content/internal/${local.id}` })).statusCode).toBe(
      404,
    );
    expect((await pub(`/api/content/internal/${wide.id}`)).statusCode).toBe(401);
    expect((await pub(`/api/content/articles/${wide.id}`)).statusCode).toBe(404);
    // Reading across the city is not editing: the city supervisor cannot change the county's notice.
    expect((await patch(supervisor, wide.id, { title: '改', version: 2 })).statusCode).toBe(403);
  });
});
