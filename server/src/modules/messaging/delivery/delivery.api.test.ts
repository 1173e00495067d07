import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../../test/case-support.js';
import { buildTestApp, type TestApp } from '../../../../test/harness.js';
import { buildCast, type Cast, newCase } from '../messaging.test-support.js';
import { startSmppPeer, startSmtpPeer } from './peers.test-support.js';
import { providersFor } from './providers.js';
import { SmppProvider } from './smpp-provider.js';
import { DeliveryWorker } from './worker.js';

let t: TestApp;
let cast: Cast;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let smppPeer: Awaited<ReturnType<typeof startSmppPeer>>;
let worker: DeliveryWorker;
const EMAIL = 'lin.hai@example.com';

beforeAll(async () => {
  smtp = await startSmtpPeer();
  smppPeer = await startSmppPeer();
  t = await buildTestApp({
    SMS_PROVIDER: 'smpp',
    SMPP_URL: smppPeer.url,
    SMTP_URL: smtp.url,
    MAIL_FROM: '舟山市行政审批服务中心 <noreply@zhoushan.example>',
  });
  cast = await buildCast(t);
  worker = new DeliveryWorker(t.ctx, {
    providers: await providersFor(t.ctx.config),
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    leaseMs: 2_000,
  });
  const prefs = await cast.citizen.request({
    method: 'PUT',
    url: '/api/my/notification-preferences',
    payload: { sms: true, email: true, emailAddress: EMAIL, lang: 'zh', messages: true, version: null },
  });
  expect(prefs.statusCode, prefs.body).toBe(200);
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await smtp.close();
  await smppPeer.close();
});

/** Runs the worker until `done` holds (retries wait for their backoff), or fails after `ms`. */
async function drainUntil(done: () => boolean | Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    await worker.drain();
    if (await done()) return;
    if (Date.now() > deadline) throw new Error('the worker did not get there in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const deliveriesOf = (caseId: string) =>
  t.ctx.database.db
    .selectFrom('notification_delivery')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();

describe('SMS over SMPP', () => {
  it('[R-APP-4] a long Chinese SMS arrives as UCS-2 (data_coding 8) parts with a UDH, reassembled into the text', async () => {
    const provider = new SmppProvider(smppPeer.url);
    const text =
      '【舟山市行政审批服务中心】您申请的“公众聚集场所投入使用营业前消防安全检查”（办件编号330900202611280001）已作出准予行政许可决定，证照已制发，可到窗口领取或选择邮寄送达。详情请登录通办查看；如有疑问，请在办件页面给窗口留言，或拨打0580-2280008咨询，工作时间为周一至周五。';
    expect(text.length).toBeGreaterThan(134);
    const before = smppPeer.parts.length;
    const res = await provider.send({ deliveryId: 'b3c1f1e0-0000-4000-8000-000000000001', to: '13857001234', text });
    await provider.close();
    const parts = smppPeer.parts.slice(before);
    expect(parts).toHaveLength(Math.ceil(text.length / 67));
    expect(res.providerMessageId?.split(',')).toHaveLength(parts.length);
    for (const [i, p] of parts.entries()) {
      expect(p.dataCoding).toBe(8);
      expect(p.esmClass & 0x40).toBe(0x40);
      expect(p.udh?.slice(0, 2)).toEqual([0x00, 0x03]);
      expect(p.udh?.[3]).toBe(parts.length);
      expect(p.udh?.[4]).toBe(i + 1);
      expect(p.text.length).toBeLessThanOrEqual(67);
    }
    expect(new Set(parts.map((p) => p.udh?.[2])).size).toBe(1);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('[R-APP-4] short Chinese goes as one UCS-2 message; plain English as GSM 7-bit', async () => {
    const provider = new SmppProvider(smppPeer.url);
    const before = smppPeer.parts.length;
    await provider.send({ deliveryId: 'x1', to: '13857001234', text: '您的申请已受理。' });
    await provider.send({ deliveryId: 'x2', to: '+13857001234', text: 'Your application was accepted.' });
    await provider.close();
    const [zh, en] = smppPeer.parts.slice(before);
    expect(zh).toMatchObject({ dataCoding: 8, udh: null, text: '您的申请已受理。' });
    expect(en).toMatchObject({ dataCoding: 0, udh: null, text: 'Your application was accepted.', to: '13857001234' });
  });
});

describe('notifications of case events', () => {
  it('[R-APP-4] accepting a case sends the applicant an SMS (SMPP) and an e-mail (SMTP) from the templates', async () => {
    const c = await newCase(cast);
    await drainUntil(async () => (await deliveriesOf(c.id)).every((d) => d.status === 'sent'));
    const smsBefore = smppPeer.messages().length;
    const mailBefore = smtp.received.length;
    await ok(cast.clerk, c, { action: 'accept' });
    await drainUntil(async () => {
      const ds = await deliveriesOf(c.id);
      return ds.filter((d) => d.topic === 'case.accept' && d.status === 'sent').length === 2;
    });
    const sms = smppPeer.messages().slice(smsBefore);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe('13857001234');
    expect(sms[0]!.text).toBe(
      `【舟山市行政审批服务中心】您申请的“食品经营许可”（办件编号${c.caseNo}）已受理。${t.ctx.config.publicBaseUrl}/portal/my/cases/${c.id}`,
    );
    expect(sms[0]!.parts).toBeGreaterThan(1);
    const mail = smtp.received.slice(mailBefore);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toEqual([EMAIL]);
    expect(mail[0]!.subject).toBe(`【舟山市行政审批服务中心】办件${c.caseNo}已受理`);
    expect(mail[0]!.text).toContain('林海：');
    expect(mail[0]!.text).toContain(`您申请的“食品经营许可”（办件编号${c.caseNo}）已受理。`);
    const accepted = (await deliveriesOf(c.id)).filter((d) => d.topic === 'case.accept');
    const email = accepted.find((d) => d.channel === 'email')!;
    expect(mail[0]!.messageId).toBe(`<${email.id}@zhoushan.example>`);
    expect(email).toMatchObject({ provider: 'smtp', attempts: 1, address_masked: 'l***@example.com' });
    expect(email.address_enc).not.toContain(EMAIL);
  });

  it('[R-APP-4] the person’s language and channels are followed; a supervisor’s template edit is used next', async () => {
    const c = await newCase(cast);
    const prefs = (await cast.citizen.request({ method: 'GET', url: '/api/my/notification-preferences' })).json();
    const save = await cast.citizen.request({
      method: 'PUT',
      url: '/api/my/notification-preferences',
      payload: { sms: false, email: true, lang: 'en', messages: true, version: prefs.version },
    });
    expect(save.statusCode, save.body).toBe(200);
    expect(save.json()).toMatchObject({ sms: false, email: true, emailAddressMasked: 'l***@example.com' });
    const edit = await cast.supervisor.request({
      method: 'PUT',
      url: '/api/notification-templates/case.accept/email',
      payload: {
        enabled: true,
        subjectZh: '受理 {{caseNo}}',
        subjectEn: 'Accepted: {{caseNo}}',
        bodyZh: '已受理',
        bodyEn: 'Dear {{applicantName}}, case {{caseNo}} ({{itemName}}) was accepted.',
        version: null,
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await drainUntil(async () => (await deliveriesOf(c.id)).every((d) => d.status === 'sent'));
    const mailBefore = smtp.received.length;
    const smsBefore = smppPeer.parts.length;
    await ok(cast.clerk, c, { action: 'accept' });
    await drainUntil(async () => (await deliveriesOf(c.id)).some((d) => d.topic === 'case.accept'));
    expect(smtp.received.slice(mailBefore).map((m) => [m.subject, m.text])).toEqual([
      [`Accepted: ${c.caseNo}`, `Dear 林海, case ${c.caseNo} (食品经营许可) was accepted.`],
    ]);
    expect(smppPeer.parts.length).toBe(smsBefore);
    await cast.citizen.request({
      method: 'PUT',
      url: '/api/my/notification-preferences',
      payload: { sms: true, email: true, lang: 'zh', messages: true, version: save.json().version },
    });
  });

  it('[R-APP-4] templates: unknown fields are refused; only a top-level centre’s supervisor edits; applicants cannot read them', async () => {
    const bad = await cast.supervisor.request({
      method: 'PUT',
      url: '/api/notification-templates/case.accept/sms',
      payload: {
        enabled: true,
        subjectZh: '',
        subjectEn: '',
        bodyZh: '{{idNumber}}',
        bodyEn: '{{caseNo',
        version: null,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: 'bodyZh', problem: 'unknown field {{idNumber}}' },
      { field: 'bodyEn', problem: 'unmatched {{ or }}' },
    ]);
    const list = await cast.supervisor.request({ method: 'GET', url: '/api/notification-templates' });
    expect(list.json().canEdit).toBe(true);
    const accept = list.json().items.find((i: { topic: string; channel: string }) => i.topic === 'case.accept');
    expect(accept.preview.zh.body).toContain('已受理');
    expect((await cast.citizen.request({ method: 'GET', url: '/api/notification-templates' })).statusCode).toBe(403);
    expect((await cast.clerk.request({ method: 'GET', url: '/api/notification-templates' })).statusCode).toBe(403);
  });

  it('[R-APP-4] preferences: an address is needed for e-mail, a bad address is refused, staff have none, stale saves 409', async () => {
    const bad = await cast.citizen.request({
      method: 'PUT',
      url: '/api/my/notification-preferences',
      payload: { sms: true, email: true, emailAddress: 'not-an-address', lang: 'zh', messages: true, version: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const stale = await cast.citizen.request({
      method: 'PUT',
      url: '/api/my/notification-preferences',
      payload: { sms: true, email: true, lang: 'zh', messages: true, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await cast.clerk.request({ method: 'GET', url: '/api/my/notification-preferences' })).statusCode).toBe(403);
    const fresh = (await cast.stranger.request({ method: 'GET', url: '/api/my/notification-preferences' })).json();
    expect(fresh).toMatchObject({ sms: true, email: false, emailAddressMasked: null, lang: 'zh', version: null });
    const noAddress = await cast.stranger.request({
      method: 'PUT',
      url: '/api/my/notification-preferences',
      payload: { sms: true, email: true, lang: 'zh', messages: true, version: null },
    });
    expect(noAddress.statusCode).toBe(400);
  });
});

describe('when a gateway is down', () => {
  it('[R-APP-4] SMTP down: retries with backoff, then a dead letter; the case is unaffected; a supervisor retries it', async () => {
    await drainUntil(async () => true);
    const c = await newCase(cast);
    await drainUntil(async () => (await deliveriesOf(c.id)).every((d) => d.status === 'sent'));
    await smtp.close();
    const accepted = await ok(cast.clerk, c, { action: 'accept' });
    expect(accepted.status).toBe('in_review');
    await drainUntil(async () =>
      (await deliveriesOf(c.id)).some((d) => d.topic === 'case.accept' && d.channel === 'email' && d.status === 'dead'),
    );
    const ds = await deliveriesOf(c.id);
    const dead = ds.find((d) => d.topic === 'case.accept' && d.channel === 'email')!;
    expect(dead.attempts).toBe(3);
    expect(dead.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(ds.find((d) => d.topic === 'case.accept' && d.channel === 'sms')!.status).toBe('sent');
    // The case went on: its status and the clerk's next move are not held up by the gateway.
    const detail = (await cast.clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(detail.status).toBe('in_review');

    const letters = await cast.supervisor.request({
      method: 'GET',
      url: `/api/notification-deliveries?status=dead&caseNo=${c.caseNo}`,
    });
    expect(letters.statusCode).toBe(200);
    expect(letters.json().items).toHaveLength(1);
    expect(letters.json().items[0]).toMatchObject({ id: dead.id, to: 'l***@example.com', attempts: 3 });
    expect((await cast.clerk.request({ method: 'GET', url: '/api/notification-deliveries' })).statusCode).toBe(403);

    smtp = await startSmtpPeer(smtp.port);
    const retry = await cast.supervisor.request({
      method: 'POST',
      url: `/api/notification-deliveries/${dead.id}/retry`,
      payload: { version: dead.version },
    });
    expect(retry.statusCode, retry.body).toBe(200);
    await drainUntil(async () => (await deliveriesOf(c.id)).find((d) => d.id === dead.id)!.status === 'sent');
    expect(smtp.received.map((m) => m.messageId)).toContain(`<${dead.id}@zhoushan.example>`);
    const again = await cast.supervisor.request({
      method: 'POST',
      url: `/api/notification-deliveries/${dead.id}/retry`,
      payload: { version: dead.version },
    });
    expect(again.statusCode).toBe(409);
  });

  it('[R-APP-4] a refused number is a permanent failure: dead at once, no retries', async () => {
    const c = await newCase(cast);
    await drainUntil(async () => (await deliveriesOf(c.id)).every((d) => d.status === 'sent'));
    smppPeer.setRefusal(0x0b);
    try {
      await ok(cast.clerk, c, { action: 'accept' });
      await drainUntil(async () =>
        (await deliveriesOf(c.id)).some((d) => d.topic === 'case.accept' && d.channel === 'sms' && d.status === 'dead'),
      );
      const sms = (await deliveriesOf(c.id)).find((d) => d.topic === 'case.accept' && d.channel === 'sms')!;
      expect(sms.attempts).toBe(1);
      expect(sms.last_error).toMatch(/0xb/);
    } finally {
      smppPeer.setRefusal(null);
    }
  });

  it('[R-APP-4] two workers draining one outbox together deliver each notification exactly once', async () => {
    const second = new DeliveryWorker(t.ctx, { providers: await providersFor(t.ctx.config), concurrency: 4 });
    const cases = [];
    for (let i = 0; i < 4; i += 1) cases.push(await newCase(cast));
    const before = smtp.received.length;
    await Promise.all([worker.drain(), second.drain(), worker.drain()]);
    await second.stop();
    const ids = smtp.received.slice(before).map((m) => m.messageId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});
