import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { addWorkingDays } from '../../platform/working-time/index.js';
import { rulesFor } from '../cases/rules-source.js';
import {
  acceptedJoint,
  act,
  applyJoint,
  buildJointCast,
  done,
  grantSubCases,
  jointOf,
  meetingOf,
  startedJoint,
  sub,
  view,
  type JointCast,
  type View,
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

const add = (v: View, windowId = cast.posts.gaj.window.id) => done(cast.clerks.scjg, v, 'windows', { windowId });
const remove = (v: View, windowId: string) =>
  done(cast.clerks.scjg, v, 'windows/remove', { windowId, reason: '该部门事项不在本次联办范围' });

describe('adding and removing co-windows (R-APP-8)', () => {
  it('[R-APP-8] at stage 1 an added window waits for the acceptance like the others; a removed one is gone from the work but stays in the history', async () => {
    const c = await applyJoint(cast);
    let v = await jointOf(cast.clerks.scjg, c.id);
    v = await add(v);
    expect(sub(v, '公安局')).toMatchObject({ status: 'waiting', addedStage: 'acceptance' });
    v = await remove(v, cast.posts.zhzf.window.id);
    expect(v.departments.find((d) => d.departmentName === '综合行政执法局')).toMatchObject({
      status: 'removed',
      removedStage: 'acceptance',
    });
    expect(v.events.map((e) => e.kind)).toEqual(['opened', 'window_added', 'window_removed']);
  });

  it('[R-APP-8] at stage 2 an added window is notified (抄告) at once with its reply limit; a removed window’s opinion stays in the history and it still reads the case', async () => {
    let v = await acceptedJoint(cast);
    const zhzf = sub(v, '综合行政执法局');
    v = await done(cast.clerks.zhzf, v, `sub-cases/${zhzf.subCaseId}/opinion`, {
      position: 'disagree',
      text: '招牌过大',
    });
    v = await add(v);
    const gaj = sub(v, '公安局');
    expect(gaj).toMatchObject({ status: 'notified', addedStage: 'inspection_review', dueAt: expect.any(String) });
    expect(v.events.filter((e) => e.kind === 'cc_notice' && e.subCaseId === gaj.subCaseId)).toHaveLength(1);
    v = await remove(v, cast.posts.zhzf.window.id);
    const gone = v.departments.find((d) => d.subCaseId === zhzf.subCaseId);
    expect(gone).toMatchObject({ status: 'removed', opinion: { position: 'disagree', text: '招牌过大' } });
    // The meeting is of the departments taking part now; the removed one cannot act any more.
    const met = await done(cast.clerks.scjg, v, 'meeting', meetingOf(v));
    expect((met.meeting as { attendance: unknown[] }).attendance).toHaveLength(3);
    const late = await act(cast.clerks.zhzf, met, `sub-cases/${zhzf.subCaseId}/opinion`, {
      position: 'agree',
      text: '同意',
    });
    expect(late.json().error.code).toBe('joint.not_your_sub_case');
    expect((await view(cast.clerks.zhzf, v.id)).departments.find((d) => d.subCaseId === zhzf.subCaseId)?.status).toBe(
      'removed',
    );
  });

  it('[R-APP-8] at stage 3 an added window starts its own review with its own limit; removing a window that has not decided lets the case complete', async () => {
    let v = await startedJoint(cast);
    v = await done(cast.clerks.scjg, v, 'windows', { windowId: cast.posts.gaj.window.id, limitDays: 7 });
    expect(sub(v, '公安局')).toMatchObject({
      status: 'in_review',
      addedStage: 'started',
      limitDays: 7,
      dueAt: expect.any(String),
    });
    v = await grantSubCases(v, [
      ['消防救援支队', cast.approvers.xf],
      ['生态环境局', cast.approvers.sthj],
      ['公安局', cast.approvers.gaj],
    ]);
    expect((await act(cast.clerks.scjg, v, 'complete')).json().error.code).toBe('joint.sub_cases_pending');
    v = await remove(v, cast.posts.zhzf.window.id);
    v = await done(cast.clerks.scjg, v, 'complete');
    expect(v.stage).toBe('completed');
    // After completion the set of windows is closed.
    expect((await act(cast.clerks.scjg, v, 'windows', { windowId: cast.posts.zhzf.window.id })).json().error.code).toBe(
      'joint.invalid_stage',
    );
  });
});

describe('refusals change nothing', () => {
  it('[R-APP-8] a co-window trying a lead-only action, removing the lead window, adding a window twice, a stale version: clear 4xx in Chinese', async () => {
    const v = await acceptedJoint(cast);
    const cases = [
      [await act(cast.clerks.xf, v, 'windows', { windowId: cast.posts.gaj.window.id }), 403, 'joint.lead_only'],
      [await act(cast.approvers.xf, v, 'meeting', meetingOf(v)), 403, 'joint.lead_only'],
      [
        await act(cast.clerks.scjg, v, 'windows/remove', { windowId: cast.posts.scjg.window.id, reason: '试' }),
        409,
        'joint.cannot_remove_lead',
      ],
      [
        await act(cast.clerks.scjg, v, 'windows/remove', { windowId: cast.tree.citySCJG2.id, reason: '试' }),
        409,
        'joint.cannot_remove_lead',
      ],
      [
        await act(cast.clerks.scjg, v, 'windows', { windowId: cast.posts.xf.window.id }),
        409,
        'joint.window_already_added',
      ],
      [await act(cast.clerks.scjg, v, 'windows', { windowId: cast.posts.scjg.window.id }), 409, 'joint.window_is_lead'],
      [await act(cast.clerks.scjg, { ...v, version: v.version - 1 }, 'start'), 409, 'joint.version_conflict'],
      [await act(cast.clerks.scjg, v, 'complete'), 409, 'joint.invalid_stage'],
    ] as const;
    for (const [res, status, code] of cases) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    }
    const after = await view(cast.clerks.scjg, v.id);
    expect([after.version, after.departments.length, after.events.length]).toEqual([
      v.version,
      v.departments.length,
      v.events.length,
    ]);
    // A stranger to the case does not learn it exists.
    const stranger = await act(cast.clerks.gaj, v, 'windows', { windowId: cast.posts.gaj.window.id });
    expect(stranger.statusCode).toBe(404);
  });

  it('[R-APP-8] two windows acting on the same version: one wins, the other gets 409', async () => {
    const v = await acceptedJoint(cast);
    const [a, b] = await Promise.all([
      act(cast.clerks.xf, v, `sub-cases/${sub(v, '消防救援支队').subCaseId}/opinion`, {
        position: 'agree',
        text: '同意',
      }),
      act(cast.clerks.sthj, v, `sub-cases/${sub(v, '生态环境局').subCaseId}/opinion`, {
        position: 'agree',
        text: '同意',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});

describe('the clock and deemed agreement', () => {
  const overdue = (subCaseId: string) =>
    sql`UPDATE joint_sub_case SET due_at = now() - interval '1 hour' WHERE id = ${subCaseId}`.execute(
      t.ctx.database.db,
    );

  it('[R-APP-7][R-LAW-3] 45 working days from acceptance on the centre’s calendar, extended once by ≤ 15 with the government head’s approval recorded', async () => {
    const v = await acceptedJoint(cast);
    const rules = await rulesFor(t.ctx, cast.centreId);
    const accepted = new Date(String((v.clock as { acceptedAt: string }).acceptedAt));
    expect((v.clock as { dueAt: string }).dueAt).toBe(addWorkingDays(rules.calendar, accepted, 45).toISOString());
    const tooLong = await act(cast.clerks.scjg, v, 'extension', {
      days: 16,
      reason: '需专家论证',
      approvedBy: '张副市长',
    });
    expect(tooLong.statusCode).toBe(400);
    const ext = await done(cast.clerks.scjg, v, 'extension', {
      days: 15,
      reason: '需专家论证',
      approvedBy: '张副市长',
      approvalRef: '舟政办〔2026〕12号',
    });
    expect(ext.extension).toMatchObject({ days: 15, approvedBy: '张副市长', approvalRef: '舟政办〔2026〕12号' });
    expect((ext.clock as { dueAt: string }).dueAt).toBe(addWorkingDays(rules.calendar, accepted, 60).toISOString());
    const twice = await act(cast.clerks.scjg, ext, 'extension', { days: 5, reason: '再延', approvedBy: '张副市长' });
    expect(twice.json().error.code).toBe('joint.extension_exists');
  });

  it('[R-APP-7] a co-window silent past its limit is flagged; deemed agreement only where the centre configures it, recorded as such', async () => {
    let v = await startedJoint(cast);
    const zhzf = sub(v, '综合行政执法局');
    await overdue(zhzf.subCaseId);
    v = await view(cast.clerks.scjg, v.id);
    expect(sub(v, '综合行政执法局')).toMatchObject({ silentOverdue: true, deemable: false });
    expect(sub(v, '消防救援支队')).toMatchObject({ silentOverdue: false });
    const refused = await act(cast.clerks.scjg, v, `sub-cases/${zhzf.subCaseId}/deem`);
    expect(refused.json().error.code).toBe('joint.deem_not_allowed');

    const setting = `/api/joint-settings/${cast.centreId}`;
    expect(
      (await cast.clerks.scjg.request({ method: 'PUT', url: setting, payload: { deemSilentAgreement: true } }))
        .statusCode,
    ).toBe(403);
    const put = await cast.supervisor.request({ method: 'PUT', url: setting, payload: { deemSilentAgreement: true } });
    expect(put.json()).toEqual({ centreId: cast.centreId, deemSilentAgreement: true });
    // Not overdue: still refused.
    const early = await act(cast.clerks.scjg, v, `sub-cases/${sub(v, '生态环境局').subCaseId}/deem`);
    expect(early.json().error.code).toBe('joint.deem_not_allowed');
    v = await done(cast.clerks.scjg, v, `sub-cases/${zhzf.subCaseId}/deem`);
    expect(sub(v, '综合行政执法局')).toMatchObject({ status: 'decided', decision: { outcome: 'grant', deemed: true } });

    // At completion, silent overdue windows are deemed to agree in the same transaction.
    await overdue(sub(v, '生态环境局').subCaseId);
    v = await done(cast.approvers.xf, v, `sub-cases/${sub(v, '消防救援支队').subCaseId}/decision`, {
      outcome: 'grant',
      reasons: '合格',
    });
    v = await done(cast.clerks.scjg, v, 'complete');
    expect(v.stage).toBe('completed');
    expect(v.departments.find((d) => d.departmentName === '生态环境局')?.decision).toMatchObject({ deemed: true });
    expect(v.events.filter((e) => e.kind === 'deemed_agreement')).toHaveLength(2);
    await cast.supervisor.request({ method: 'PUT', url: setting, payload: { deemSilentAgreement: false } });
  });

  it('[R-APP-7] at stage 2 a co-window silent past its reply limit to the 抄告 is deemed to agree where the centre allows; the meeting keeps that opinion', async () => {
    const setting = `/api/joint-settings/${cast.centreId}`;
    await cast.supervisor.request({ method: 'PUT', url: setting, payload: { deemSilentAgreement: true } });
    try {
      let v = await acceptedJoint(cast);
      const sthj = sub(v, '生态环境局');
      await overdue(sthj.subCaseId);
      v = await done(cast.clerks.scjg, await view(cast.clerks.scjg, v.id), `sub-cases/${sthj.subCaseId}/deem`);
      expect(sub(v, '生态环境局')).toMatchObject({
        status: 'notified',
        opinion: { position: 'agree', deemed: 'silent' },
      });
      const meeting = meetingOf(v);
      meeting.attendance = meeting.attendance.map((a) =>
        a.subCaseId === sthj.subCaseId ? { subCaseId: a.subCaseId, attended: true } : a,
      );
      const met = await done(cast.clerks.scjg, v, 'meeting', meeting);
      expect(sub(met, '生态环境局').opinion).toMatchObject({ deemed: 'silent' });
    } finally {
      await cast.supervisor.request({ method: 'PUT', url: setting, payload: { deemSilentAgreement: false } });
    }
  });
});
