import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act as caseAct, ok, queueRow } from '../../../test/case-support.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { upload } from '../../../test/case-support.js';
import {
  acceptedJoint,
  act,
  applyJoint,
  buildJointCast,
  done,
  grantSubCases,
  inspection,
  jointOf,
  meetingOf,
  startedJoint,
  sub,
  view,
  type JointCast,
} from './joint.test-support.js';

let t: TestApp;
let cast: JointCast;
beforeAll(async () => {
  t = await buildTestApp();
  cast = await buildJointCast(t);
});
afterAll(async () => {
  await t.close();
});

describe('the four stages of a joint case', () => {
  it('[R-APP-7] applying for a joint item opens one joint case led by the lead window, with a sub-case per co-department; the applicant sees each department', async () => {
    const c = await applyJoint(cast);
    const mine = await jointOf(cast.citizen, c.id);
    expect(mine.stage).toBe('acceptance');
    expect(mine.departments.map((d) => [d.departmentName, d.status])).toEqual([
      ['消防救援支队', 'waiting'],
      ['生态环境局', 'waiting'],
      ['综合行政执法局', 'waiting'],
    ]);
    expect(mine).toMatchObject({ lead: { departmentName: '市场监督管理局' }, me: { applicant: true, lead: false } });
    expect((mine.abilities as { lead: string[] }).lead).toEqual([]);
    // A plain item has no joint case.
    const plain = await cast.citizen.request({ method: 'GET', url: `/api/cases/${cast.tree.city.id}/joint` });
    expect([plain.statusCode, plain.json()]).toEqual([200, { joint: null }]);
  });

  it('[R-APP-7] stage 1: the lead window’s acceptance notifies every co-window (抄告) and starts the 45-day clock', async () => {
    const v = await acceptedJoint(cast);
    expect(v.stage).toBe('inspection_review');
    expect(v.departments.every((d) => d.status === 'notified' && d.dueAt)).toBe(true);
    expect(v.events.filter((e) => e.kind === 'cc_notice')).toHaveLength(3);
    expect(v.clock).toMatchObject({ limitDays: 45, extensionDays: 0, overdue: false });
    const list = await cast.clerks.xf.request({ method: 'GET', url: '/api/joint-cases' });
    expect(list.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ id: v.id, role: 'co' })]));
    const co = await view(cast.clerks.xf, v.id);
    expect(
      (co.abilities as { bySubCase: Record<string, string[]> }).bySubCase[sub(co, '消防救援支队').subCaseId],
    ).toEqual(['opinion']);
  });

  it('[R-APP-7] stage 2: joint site inspection (at least two staff, Art. 34; photos) and joint review meeting where an absent window is deemed to agree', async () => {
    const v = await acceptedJoint(cast);
    const alone = await act(cast.clerks.scjg, v, 'inspection', { ...inspection, participants: [{ name: '王海东' }] });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error).toMatchObject({
      code: 'joint.inspection_staff',
      message: expect.stringContaining('两名'),
    });
    expect((await view(cast.clerks.scjg, v.id)).version).toBe(v.version);

    const tinyPng = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a6590000000049454e44ae426082',
      'hex',
    );
    const photo = await upload(cast.clerks.scjg, tinyPng, '现场.png');
    // Another window's upload is not this clerk's to use: refused by name, and the clerk's own photo,
    // taken in the same statement, is put back when the refusal rolls the change back.
    const theirs = await upload(cast.clerks.xf, tinyPng, '别人的.png');
    const foreign = await act(cast.clerks.scjg, v, 'inspection', { ...inspection, photoUploadIds: [photo, theirs] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error).toMatchObject({
      code: 'case.upload_not_found',
      details: [{ field: 'photoUploadIds', uploadId: theirs }],
    });
    expect((await view(cast.clerks.scjg, v.id)).version).toBe(v.version);
    const inspected = await done(cast.clerks.scjg, v, 'inspection', { ...inspection, photoUploadIds: [photo] });
    expect(inspected.inspection).toMatchObject({ place: inspection.place, photos: [{ fileName: '现场.png' }] });
    // A co-window is no party to the lead case, yet sees the photos and the applicant's materials here.
    const photoSha = (inspected.inspection as { photos: Array<{ sha256: string }> }).photos[0]!.sha256;
    const materialSha = (inspected.materials as Array<{ sha256: string }>)[0]!.sha256;
    for (const sha of [photoSha, materialSha]) {
      const file = await cast.clerks.xf.request({ method: 'GET', url: `/api/joint-cases/${v.id}/files/${sha}` });
      expect(file.statusCode, file.body).toBe(200);
    }
    const stranger = await cast.clerks.gaj.request({
      method: 'GET',
      url: `/api/joint-cases/${v.id}/files/${photoSha}`,
    });
    expect(stranger.statusCode).toBe(404);

    const xf = sub(inspected, '消防救援支队');
    const answered = await done(cast.clerks.xf, inspected, `sub-cases/${xf.subCaseId}/opinion`, {
      position: 'agree',
      text: '消防通道符合要求',
    });
    const meeting = meetingOf(answered, ['综合行政执法局']);
    // 消防 attended but says nothing new: its answer to the 抄告 stands.
    meeting.attendance = meeting.attendance.map((a) =>
      a.subCaseId === xf.subCaseId ? { subCaseId: a.subCaseId, attended: true } : a,
    );
    const met = await done(cast.clerks.scjg, answered, 'meeting', meeting);
    expect(sub(met, '综合行政执法局').opinion).toMatchObject({
      position: 'agree',
      deemed: 'absent',
      text: '未参加联合会审，视为同意',
    });
    expect(sub(met, '消防救援支队').opinion).toMatchObject({ text: '消防通道符合要求', deemed: null });
    expect(met.events.filter((e) => e.kind === 'deemed_agreement')).toHaveLength(1);
    // Every participant sees every opinion: the 生态环境局 clerk reads the meeting too.
    expect((await view(cast.clerks.sthj, v.id)).meeting).toMatchObject({ conclusion: meeting.conclusion });
  });

  it('[R-APP-7] stage 3: the formal start needs the meeting, issues the 联办件启动通知书 and starts every sub-case’s own limit', async () => {
    const v = await acceptedJoint(cast);
    const early = await act(cast.clerks.scjg, v, 'start');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('joint.meeting_required');
    const met = await done(cast.clerks.scjg, v, 'meeting', meetingOf(v));
    const xf = sub(met, '消防救援支队');
    const started = await done(cast.clerks.scjg, met, 'start', { limits: [{ subCaseId: xf.subCaseId, days: 10 }] });
    expect(started.stage).toBe('started');
    expect(started.notices).toEqual([
      expect.objectContaining({ type: 'joint_start_notice', docNo: expect.stringMatching(/联启〔\d{4}〕\d{4}号$/) }),
    ]);
    expect(sub(started, '消防救援支队')).toMatchObject({ status: 'in_review', limitDays: 10 });
    expect(sub(started, '生态环境局')).toMatchObject({ status: 'in_review', limitDays: 20 });
    expect(
      new Date(String(sub(started, '消防救援支队').dueAt)) < new Date(String(sub(started, '生态环境局').dueAt)),
    ).toBe(true);
    // The notice is one of the lead case's notices, numbered and signed like every other.
    const notices = await cast.citizen.request({ method: 'GET', url: `/api/cases/${v.caseId}/notices` });
    expect(notices.json().items.map((n: { type: string }) => n.type)).toContain('joint_start_notice');
  });

  it('[R-APP-7] one department decides while another still reviews; completion waits for every sub-case, then issues the 联办件办结通知书', async () => {
    const v = await startedJoint(cast);
    const xf = sub(v, '消防救援支队');
    const sthj = sub(v, '生态环境局');
    const zhzf = sub(v, '综合行政执法局');
    // A clerk records steps; only the department's approver or head decides.
    const clerkDecides = await act(cast.clerks.xf, v, `sub-cases/${xf.subCaseId}/decision`, {
      outcome: 'grant',
      reasons: '符合',
    });
    expect(clerkDecides.json().error.code).toBe('joint.not_your_sub_case');
    let now = await done(cast.clerks.sthj, v, `sub-cases/${sthj.subCaseId}/steps`, {
      step: '初审',
      opinion: '油烟净化设施待复核',
    });
    now = await done(cast.approvers.xf, now, `sub-cases/${xf.subCaseId}/decision`, {
      outcome: 'grant',
      reasons: '消防安全检查合格',
    });
    expect(sub(now, '消防救援支队')).toMatchObject({
      status: 'decided',
      decision: { outcome: 'grant', deemed: false },
    });
    expect(sub(now, '生态环境局')).toMatchObject({ status: 'in_review' });
    // A sub-case's steps are in the history every participant reads.
    expect(now.events.find((e) => e.kind === 'step')).toMatchObject({
      subCaseId: sthj.subCaseId,
      data: { step: '初审' },
    });

    expect(((await view(cast.clerks.scjg, v.id)).abilities as { lead: string[] }).lead).not.toContain('complete');
    const early = await act(cast.clerks.scjg, now, 'complete');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'joint.sub_cases_pending',
      message: expect.stringContaining('尚有协办部门'),
    });
    expect(early.json().error.details.subCaseIds.sort()).toEqual([sthj.subCaseId, zhzf.subCaseId].sort());
    const unchanged = await view(cast.clerks.scjg, v.id);
    expect([unchanged.version, unchanged.stage, unchanged.notices.length]).toEqual([now.version, 'started', 1]);

    now = await done(cast.approvers.sthj, now, `sub-cases/${sthj.subCaseId}/decision`, {
      outcome: 'deny',
      reasons: '排放口距离不足',
    });
    now = await done(cast.approvers.zhzf, now, `sub-cases/${zhzf.subCaseId}/decision`, {
      outcome: 'grant',
      reasons: '招牌符合导则',
    });
    expect(((await view(cast.clerks.scjg, v.id)).abilities as { lead: string[] }).lead).toContain('complete');
    const finished = await done(cast.clerks.scjg, now, 'complete');
    expect(finished.stage).toBe('completed');
    expect(finished.notices.map((n) => n.type)).toEqual(['joint_start_notice', 'joint_completion_notice']);
    const again = await act(cast.clerks.scjg, finished, 'complete');
    expect(again.json().error.code).toBe('joint.invalid_stage');
  });

  it('[R-APP-7] the lead case is decided only after the joint case completes: refused while a department still reviews, changing nothing', async () => {
    const v = await startedJoint(cast);
    const leadCase = async () =>
      (await cast.clerks.scjg.request({ method: 'GET', url: `/api/cases/${v.caseId}` })).json<{
        id: string;
        version: number;
        status: string;
      }>();
    const reviewed = await ok(cast.approvers.scjg, await leadCase(), {
      action: 'review',
      outcome: 'agree',
      opinion: '经审查，材料真实有效',
    });
    // The head's view offers the decision as waiting, with the reason, not as a move that fails.
    const headView = async () =>
      (await cast.approvers.scjgHead.request({ method: 'GET', url: `/api/cases/${v.caseId}` })).json<{
        allowedActions: string[];
        heldActions: Array<{ action: string; code: string }>;
      }>();
    const waiting = await headView();
    expect(waiting.allowedActions).not.toContain('decide');
    // The head's queue says so too: the case waits for them, its decision for the joint case.
    expect(await queueRow(cast.approvers.scjgHead, v.caseId, 'todo')).toMatchObject({
      held: [{ action: 'decide', code: 'joint.decision_waits' }],
    });
    expect(waiting.heldActions).toEqual([
      { action: 'decide', code: 'joint.decision_waits', details: { jointCaseId: v.id, stage: 'started' } },
    ]);
    const grant = { action: 'decide', outcome: 'grant', reasons: '各部门审查通过' };
    const early = await caseAct(cast.approvers.scjgHead, reviewed, grant);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'joint.decision_waits',
      message: expect.stringContaining('联办件尚未办结'),
      details: { jointCaseId: v.id, stage: 'started' },
    });
    // Nothing of the refused move stays: the case's version, status and history are as they were.
    const after = await leadCase();
    expect([after.version, after.status]).toEqual([reviewed.version, 'in_review']);

    const now = await grantSubCases(v, [
      ['消防救援支队', cast.approvers.xf],
      ['生态环境局', cast.approvers.sthj],
      ['综合行政执法局', cast.approvers.zhzf],
    ]);
    expect((await done(cast.clerks.scjg, now, 'complete')).stage).toBe('completed');
    expect(await headView()).toMatchObject({ allowedActions: expect.arrayContaining(['decide']), heldActions: [] });
    expect(await queueRow(cast.approvers.scjgHead, v.caseId, 'todo')).toMatchObject({ held: [] });
    const decided = await ok(cast.approvers.scjgHead, after, grant);
    expect(decided).toMatchObject({ status: 'granted' });
  });

  it('[R-APP-7] a lead case not accepted closes its joint case; nothing more can be done on it', async () => {
    const c = await applyJoint(cast);
    await ok(cast.clerks.scjg, c, { action: 'reject', reasons: '不属于本中心受理范围' });
    const v = await jointOf(cast.clerks.scjg, c.id);
    expect(v.stage).toBe('closed');
    const res = await act(cast.clerks.scjg, v, 'windows', { windowId: cast.posts.gaj.window.id });
    expect(res.json().error.code).toBe('joint.invalid_stage');
  });
});
