import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { startSmppPeer } from '../messaging/delivery/peers.test-support.js';
import { providersFor } from '../messaging/delivery/providers.js';
import { DeliveryWorker } from '../messaging/delivery/worker.js';
import { buildJointCast, done, grantSubCases, startedJoint, type JointCast } from './joint.test-support.js';

// The applicant of a joint case hears of its stages as of any move of their case: in-app and by
// SMS (a real SMPP peer on loopback), each once.
let t: TestApp;
let cast: JointCast;
let smpp: Awaited<ReturnType<typeof startSmppPeer>>;
let worker: DeliveryWorker;

beforeAll(async () => {
  smpp = await startSmppPeer();
  t = await buildTestApp({ SMS_PROVIDER: 'smpp', SMPP_URL: smpp.url });
  cast = await buildJointCast(t);
  worker = new DeliveryWorker(t.ctx, {
    providers: await providersFor(t.ctx.config),
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    leaseMs: 2_000,
  });
});
afterAll(async () => {
  await worker.stop();
  await t.close();
  await smpp.close();
});

type Inbox = { items: Array<{ caseId: string; event: string; title: string }> };

async function inboxOf(caseId: string) {
  const res = await cast.citizen.request({ method: 'GET', url: '/api/my/notifications' });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<Inbox>()
    .items.filter((n) => n.caseId === caseId && n.event.startsWith('case.joint_'))
    .map((n) => [n.event, n.title])
    .reverse();
}

/** The SMS texts the peer received since `from`, once the worker has sent everything planned. */
async function smsSince(from: number) {
  await worker.drain();
  await worker.drain();
  return smpp
    .messages()
    .slice(from)
    .map((m) => m.text);
}

describe('the applicant hears of the joint case', () => {
  it('[R-APP-7][R-LAW-3] the formal start, an extension (Art. 42: with its reason on the case page) and the completion reach the applicant in-app and by SMS, each once', async () => {
    await worker.drain();
    let sent = smpp.messages().length;
    const v = await startedJoint(cast);
    const detail = (await cast.citizen.request({ method: 'GET', url: `/api/cases/${v.caseId}` })).json<{
      caseNo: string;
      itemName: string;
      centreName: string;
    }>();
    const sms = (what: string) =>
      `【${detail.centreName}】您申请的“${detail.itemName}”（办件编号${detail.caseNo}）${what}。${t.ctx.config.publicBaseUrl}/portal/my/cases/${v.caseId}`;
    expect(await inboxOf(v.caseId)).toEqual([['case.joint_start', '联办件已正式启动，各部门并联审查']]);
    expect((await smsSince(sent)).filter((s) => s.includes('联合办理'))).toEqual([
      sms('已正式启动联合办理，各部门并联审查'),
    ]);

    sent = smpp.messages().length;
    const extended = await done(cast.clerks.scjg, v, 'extension', {
      days: 15,
      reason: '需组织专家对排烟设施进行论证',
      approvedBy: '张副市长',
    });
    expect((await inboxOf(v.caseId)).at(-1)).toEqual(['case.joint_extension', '联办时限已依法延长']);
    expect(await smsSince(sent)).toEqual([sms('联合办理时限已依法延长，请登录查看理由')]);
    // The reason the SMS points to is on the applicant's view of the joint case.
    const mine = await cast.citizen.request({ method: 'GET', url: `/api/cases/${v.caseId}/joint` });
    expect(JSON.stringify(mine.json())).toContain('需组织专家对排烟设施进行论证');

    sent = smpp.messages().length;
    const decided = await grantSubCases(extended, [
      ['消防救援支队', cast.approvers.xf],
      ['生态环境局', cast.approvers.sthj],
      ['综合行政执法局', cast.approvers.zhzf],
    ]);
    await done(cast.clerks.scjg, decided, 'complete');
    expect(await inboxOf(v.caseId)).toEqual([
      ['case.joint_start', '联办件已正式启动，各部门并联审查'],
      ['case.joint_extension', '联办时限已依法延长'],
      ['case.joint_complete', '各部门均已作出决定，联办件已办结'],
    ]);
    expect((await smsSince(sent)).filter((s) => s.includes('联合办理'))).toEqual([
      sms('各部门均已作出决定，联合办理已办结'),
    ]);
  });

  it('[R-APP-7] a refused stage change tells the applicant nothing', async () => {
    const v = await startedJoint(cast);
    const before = await inboxOf(v.caseId);
    // Completion while every department still reviews is refused: nothing is announced.
    const early = await cast.clerks.scjg.request({
      method: 'POST',
      url: `/api/joint-cases/${v.id}/complete`,
      payload: { version: v.version },
    });
    expect(early.json().error.code).toBe('joint.sub_cases_pending');
    expect(await inboxOf(v.caseId)).toEqual(before);
  });
});
