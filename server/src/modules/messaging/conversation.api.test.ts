import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../../../test/case-support.js';
import { multipart, tinyPdf } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { ok } from '../../../test/case-support.js';
import { providersFor } from './delivery/providers.js';
import { DeliveryWorker } from './delivery/worker.js';
import { buildCast, type Cast, newCase, post } from './messaging.test-support.js';

let t: TestApp;
let cast: Cast;
let caseId: string;
beforeAll(async () => {
  t = await buildTestApp();
  cast = await buildCast(t);
  caseId = (await newCase(cast)).id;
});
afterAll(async () => {
  await t.close();
});

describe('the conversation of a case', () => {
  it('[R-APP-4][R-WEB-3] applicant and clerk exchange messages; each sees both, with author and side', async () => {
    const a = await post(cast.citizen, caseId, '您好，请问营业执照复印件需要盖章吗？');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ seq: 1, side: 'applicant', mine: true, author: { party: 'applicant' } });
    const b = await post(cast.clerk, caseId, '需要加盖公章，谢谢。');
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ seq: 2, side: 'office', author: { party: 'window_clerk' } });

    const seenByCitizen = (await cast.citizen.request({ method: 'GET', url: `/api/cases/${caseId}/messages` })).json();
    expect(seenByCitizen.items.map((m: { text: string }) => m.text)).toEqual([
      '您好，请问营业执照复印件需要盖章吗？',
      '需要加盖公章，谢谢。',
    ]);
    expect(seenByCitizen.items.map((m: { mine: boolean }) => m.mine)).toEqual([true, false]);
    expect(seenByCitizen.me).toEqual({ side: 'applicant', canPost: true });
    expect(seenByCitizen.lastSeq).toBe(2);

    const after = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${caseId}/messages?after=1` })).json();
    expect(after.items.map((m: { seq: number }) => m.seq)).toEqual([2]);
  });

  it('[R-APP-4] read receipts: a message is read when the other side has read up to it; supervisors leave none', async () => {
    const before = (await cast.citizen.request({ method: 'GET', url: `/api/cases/${caseId}/messages` })).json();
    // Each author has read their own messages; the applicant has not read the clerk's yet.
    expect(before.readState).toEqual({ applicant: 1, office: 2 });
    const sup = await cast.supervisor.request({
      method: 'POST',
      url: `/api/cases/${caseId}/messages/read`,
      payload: { seq: 2 },
    });
    expect(sup.statusCode, sup.body).toBe(200);
    expect(sup.json().readState.applicant).toBe(1);
    const read = await cast.citizen.request({
      method: 'POST',
      url: `/api/cases/${caseId}/messages/read`,
      payload: { seq: 99 },
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readState).toEqual({ applicant: 2, office: 2 });
  });

  it('[R-APP-4] supervisors in reach read the conversation but cannot post; another window and strangers see nothing', async () => {
    const sup = await cast.supervisor.request({ method: 'GET', url: `/api/cases/${caseId}/messages` });
    expect(sup.statusCode).toBe(200);
    expect(sup.json().me).toEqual({ side: null, canPost: false });
    const supPost = await post(cast.supervisor, caseId, '督办');
    expect(supPost.statusCode).toBe(403);
    expect(supPost.json().error.code).toBe('auth.forbidden');

    // Posting to a case one has no part in: refused, and the case's existence is not confirmed.
    for (const outsider of [cast.stranger, cast.otherClerk]) {
      const res = await post(outsider, caseId, '你好');
      expect([403, 404]).toContain(res.statusCode);
      expect(res.statusCode).toBe(404);
      expect((await outsider.request({ method: 'GET', url: `/api/cases/${caseId}/messages` })).statusCode).toBe(404);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/messages`,
      payload: { text: 'x', uploadIds: [] },
    });
    expect(anonymous.statusCode).toBe(401);
    const count = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${caseId}/messages` })).json().lastSeq;
    expect(count).toBe(2);
  });

  it('[R-APP-4] HTML and script are stored and returned exactly as typed, as plain text', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>粗体</b>';
    const res = await post(cast.citizen, caseId, text);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().text).toBe(text);
    const stored = await t.ctx.database.db
      .selectFrom('case_message')
      .select('body')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.body).toBe(text);
    const list = await cast.clerk.request({ method: 'GET', url: `/api/cases/${caseId}/messages?after=2` });
    expect(list.headers['content-type']).toMatch(/^application\/json/);
    expect(list.json().items[0].text).toBe(text);
    // The JSON carries the characters, not markup to be interpreted, and nothing is double-escaped.
    expect(list.body).not.toContain('&lt;');
  });

  it('[R-APP-4] oversize text (400), too many attachments (400), oversize files (413) and oversize bodies (413) are refused', async () => {
    const long = await post(cast.citizen, caseId, '长'.repeat(2001));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('request.invalid');
    expect((await post(cast.citizen, caseId, '长'.repeat(2000))).statusCode).toBe(201);

    const empty = await post(cast.citizen, caseId, '   ');
    expect(empty.statusCode).toBe(400);

    const six = Array.from({ length: 6 }, () => crypto.randomUUID());
    expect((await post(cast.citizen, caseId, '六个附件', six)).statusCode).toBe(400);

    const big = Buffer.concat([tinyPdf(), randomBytes(10 * 1024 * 1024)]);
    const up = await cast.citizen.request({ method: 'POST', url: '/api/uploads', ...multipart('大文件.pdf', big) });
    expect(up.statusCode).toBe(413);
    expect(up.json().error.code).toBe('file.too_large');

    const body = await cast.citizen.request({
      method: 'POST',
      url: `/api/cases/${caseId}/messages`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024), uploadIds: [] }),
    });
    expect(body.statusCode).toBe(413);
  });

  it('[R-APP-4] attachments: own uploads only, consumed when attached, downloadable by the case’s readers', async () => {
    const mine = await upload(cast.citizen, tinyPdf(), '营业执照.pdf');
    const theirs = await upload(cast.stranger, tinyPdf(), '别人的.pdf');
    const refused = await post(cast.citizen, caseId, '附件', [theirs]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('case.upload_not_found');

    const res = await post(cast.citizen, caseId, '请看附件', [mine]);
    expect(res.statusCode, res.body).toBe(201);
    const [att] = res.json().attachments;
    expect(att).toMatchObject({ name: '营业执照.pdf', mediaType: 'application/pdf' });
    const left = await t.ctx.database.db.selectFrom('case_upload').select('id').where('id', '=', mine).execute();
    expect(left).toEqual([]);
    expect((await post(cast.citizen, caseId, '再发一次', [mine])).statusCode).toBe(400);

    const file = await cast.clerk.request({ method: 'GET', url: att.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(tinyPdf())).toBe(true);
    expect((await cast.stranger.request({ method: 'GET', url: att.url })).statusCode).toBe(404);
  });

  it('[R-APP-4] an officer’s message is announced to the applicant once per unread stretch, through the outbox', async () => {
    const c = await newCase(cast);
    const outbox = () =>
      t.ctx.database.db
        .selectFrom('outbox_event')
        .select(['topic', 'recipient_person_id'])
        .where('case_id', '=', c.id)
        .where('topic', '=', 'case.message')
        .execute();
    await post(cast.clerk, c.id, '第一条');
    await post(cast.clerk, c.id, '第二条');
    expect(await outbox()).toEqual([{ topic: 'case.message', recipient_person_id: cast.citizenId }]);
    await cast.citizen.request({ method: 'POST', url: `/api/cases/${c.id}/messages/read`, payload: { seq: 2 } });
    await post(cast.clerk, c.id, '第三条');
    expect(await outbox()).toHaveLength(2);
    await post(cast.citizen, c.id, '申请人的消息不发短信');
    expect(await outbox()).toHaveLength(2);
  });
});

describe('ready replies (常用语)', () => {
  it('[R-APP-4] officers keep their own and their window’s replies; applicants and supervisors have none', async () => {
    const list = await cast.clerk.request({ method: 'GET', url: '/api/ready-replies' });
    expect(list.statusCode).toBe(200);
    expect(list.json().builtIn.length).toBeGreaterThan(0);
    const shared = await cast.clerk.request({
      method: 'POST',
      url: '/api/ready-replies',
      payload: { text: '请于工作日到08号窗口领取证照。', shared: true },
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const own = await cast.clerk.request({ method: 'POST', url: '/api/ready-replies', payload: { text: '好的' } });
    expect(own.json()).toMatchObject({ shared: false });
    const items = (await cast.clerk.request({ method: 'GET', url: '/api/ready-replies' })).json().items;
    expect(items.map((r: { text: string }) => r.text)).toEqual(['请于工作日到08号窗口领取证照。', '好的']);
    const other = (await cast.otherClerk.request({ method: 'GET', url: '/api/ready-replies' })).json().items;
    expect(other).toEqual([]);
    const edit = await cast.clerk.request({
      method: 'PUT',
      url: `/api/ready-replies/${own.json().id}`,
      payload: { text: '好的，收到', version: 1 },
    });
    expect(edit.json()).toMatchObject({ text: '好的，收到', version: 2 });
    const stale = await cast.clerk.request({ method: 'DELETE', url: `/api/ready-replies/${own.json().id}?version=1` });
    expect(stale.statusCode).toBe(409);
    const gone = await cast.clerk.request({ method: 'DELETE', url: `/api/ready-replies/${own.json().id}?version=2` });
    expect(gone.statusCode).toBe(204);
    expect((await cast.citizen.request({ method: 'GET', url: '/api/ready-replies' })).statusCode).toBe(403);
    expect((await cast.supervisor.request({ method: 'GET', url: '/api/ready-replies' })).statusCode).toBe(403);
  });
});

describe('the demo’s outbox page (no gateways configured)', () => {
  it('[R-APP-4] without SMPP and SMTP, notifications are recorded as sent to the outbox and listed for supervisors', async () => {
    expect(t.ctx.config.smsProvider).toBe('outbox');
    const c = await newCase(cast);
    await ok(cast.clerk, c, { action: 'accept' });
    await post(cast.clerk, c.id, '请留意短信。');
    const worker = new DeliveryWorker(t.ctx, { providers: await providersFor(t.ctx.config) });
    await worker.drain();
    await worker.stop();
    const page = await cast.supervisor.request({
      method: 'GET',
      url: `/api/notification-deliveries?caseNo=${c.caseNo}&channel=sms`,
    });
    expect(page.statusCode, page.body).toBe(200);
    const items = page.json().items as Array<{
      topic: string;
      provider: string;
      status: string;
      to: string;
      body: string;
    }>;
    expect(items.map((i) => i.topic).sort()).toEqual(['case.accept', 'case.message', 'case.submitted']);
    for (const i of items) expect(i).toMatchObject({ provider: 'outbox', status: 'sent', to: '138****1234' });
    expect(items.find((i) => i.topic === 'case.message')!.body).toContain('有窗口发来的新消息');
    // The in-app list (the cases context) reads the same outbox events.
    const inApp = (await cast.citizen.request({ method: 'GET', url: '/api/my/notifications' })).json();
    const inAppMessage = inApp.items.find(
      (n: { caseId: string; event: string }) => n.caseId === c.id && n.event === 'case.message',
    );
    expect(inAppMessage?.title).toBe('窗口发来新消息');
  });
});
