import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectText, expectVisible, journey, openBrowser, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem } from '../support/api.js';
import { DEMO_PASSWORD, expectedAuthNoise, staffLogin } from '../support/staff.js';
import { atAnotherDesk, move } from '../support/workbench.js';

const FORM = {
  applicantName: '舟山海味餐饮有限公司',
  creditCode: '91330902MA2A1B2C3D',
  contactName: '林海',
  contactPhone: '13857001234',
  businessAddress: '舟山市定海区昌国街道人民北路118号1层',
  businessArea: 86,
  seats: 40,
  jointItems: ['食品经营许可', '消防安全检查', '门头招牌设置'],
};

/** Each co-department's approver (demo accounts) and the reasons of its decision on its sub-case. */
const CO_DECISIONS = [
  { username: 'xfapprover', department: '消防救援支队', reasons: '经消防安全检查，疏散通道和消防设施符合要求，同意' },
  { username: 'sthjapprover', department: '生态环境局', reasons: '油烟净化设施及排放口位置符合要求，同意' },
  { username: 'zhzfapprover', department: '综合行政执法局', reasons: '门头招牌设置符合店招店牌设置规范，同意' },
];

/** The applicant applies online for 开办餐饮店“一件事”联办 (the joint item of the demo catalogue). */
async function applyByApi(): Promise<{ id: string; caseNo: string; version: number }> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  try {
    const guide = await findItem(applicant, '开办餐饮店', (name) => name.includes('联办'));
    return await applyOnline(applicant, guide, FORM, 'joint');
  } finally {
    await applicant.api.dispose();
  }
}

/** The lead window accepts (stage 1) through the API; the joint work itself is done in the browsers. */
async function acceptByApi(c: { id: string; version: number }): Promise<void> {
  const clerk = await apiLogin('staff', 'clerk');
  try {
    const res = await clerk.api.post(`/api/cases/${c.id}/transitions`, {
      headers: { 'x-csrf-token': clerk.csrf },
      data: { action: 'accept', version: c.version },
    });
    assert.equal(res.status(), 200, await res.text());
  } finally {
    await clerk.api.dispose();
  }
}

/** The lead department's approver records its review steps (the decision is the head's). */
async function reviewByApi(caseId: string): Promise<void> {
  const approver = await apiLogin('staff', 'approver');
  try {
    for (;;) {
      const current = await (await approver.api.get(`/api/cases/${caseId}`)).json();
      if (!current.allowedActions.includes('review')) break;
      const res = await approver.api.post(`/api/cases/${caseId}/transitions`, {
        headers: { 'x-csrf-token': approver.csrf },
        data: { action: 'review', outcome: 'agree', opinion: '经审查，材料真实有效', version: current.version },
      });
      assert.equal(res.status(), 200, await res.text());
    }
  } finally {
    await approver.api.dispose();
  }
}

const department = (page: Page, name: string) => page.locator(`[data-testid=joint-department][data-name="${name}"]`);

void test(
  '[R-APP-7][R-APP-8] a joint case across three co-departments, to the decision: the co-window answers the 抄告, the lead window sees it live, holds the meeting and starts; the applicant follows each department; each co-department decides, the lead window completes and the lead department head grants',
  { timeout: 420_000 },
  () =>
    journey(
      'joint-lead',
      async ({ page: lead, context }) => {
        /** The lead desk changes hands: the page left first, so nothing of the last user's is still loading. */
        const handOver = async (username: string) => {
          await lead.goto('about:blank');
          await context.clearCookies();
          await staffLogin(lead, username);
        };
        const created = await applyByApi();
        await acceptByApi(created);

        await staffLogin(lead, 'clerk');
        await lead.goto(`/workbench/cases/${created.id}`);
        await expectVisible(lead.locator('[data-testid=joint-case][data-stage=inspection_review]'), 20_000);
        await expectVisible(lead.locator('[data-testid=joint-live][data-status=live]'), 15_000);
        for (const name of ['消防救援支队', '生态环境局', '综合行政执法局'])
          await expectVisible(department(lead, name).and(lead.locator('[data-status=notified]')));

        // The co-window (消防救援支队, demo clerk2) in its own browser answers the 抄告.
        const co = await openBrowser();
        try {
          await staffLogin(co.page, 'clerk2');
          await co.page.goto('/workbench/joint');
          await co.page.getByTestId('joint-list').getByRole('link').first().click();
          await expectVisible(co.page.getByTestId('joint-case'), 20_000);
          await department(co.page, '消防救援支队').getByTestId('joint-sub-opinion').click();
          await co.page.getByTestId('joint-opinion-text').fill('消防通道和疏散标志符合要求');
          await co.page.getByTestId('joint-dialog-ok').click();
          // Saved first (the co-window's own page shows it once the request succeeded; a refusal would
          // stay in the open dialog), so the wait below is on the live update alone.
          await co.page.getByTestId('joint-dialog-ok').waitFor({ state: 'detached', timeout: 20_000 });
          await expectVisible(
            department(co.page, '消防救援支队')
              .getByTestId('joint-opinion')
              .filter({ hasText: '消防通道和疏散标志符合要求' }),
            15_000,
          );
          // The lead window's page shows it without a reload.
          await expectVisible(
            department(lead, '消防救援支队')
              .getByTestId('joint-opinion')
              .filter({ hasText: '消防通道和疏散标志符合要求' }),
            20_000,
          );
          assert.deepEqual(co.problems, [], 'the co-window’s browser reported no errors');
        } finally {
          await co.close();
        }

        // The joint review meeting: two departments absent are deemed to agree; then the formal start.
        await lead.getByTestId('joint-record-meeting').click();
        await lead.getByTestId('joint-meeting-date').fill('2026-12-02');
        await lead.getByTestId('joint-meeting-place').fill('市行政服务中心三楼会议室');
        await lead.getByTestId('joint-attend-生态环境局').click();
        await lead.getByTestId('joint-attend-综合行政执法局').click();
        await lead.getByTestId('joint-meeting-conclusion').fill('同意联合办理，各部门并联审查。');
        await lead.getByTestId('joint-dialog-ok').click();
        await expectVisible(
          department(lead, '生态环境局').getByTestId('joint-opinion').filter({ hasText: '视为同意' }),
          10_000,
        );
        await lead.getByTestId('joint-start').click();
        await lead.locator('.ant-modal-confirm .ant-btn-primary').click();
        await expectVisible(lead.locator('[data-testid=joint-case][data-stage=started]'), 15_000);
        // The start's notice appears in the case's documents without a reload.
        await expectVisible(lead.locator('[data-testid=case-notice][data-type=joint_start_notice]'), 15_000);
        // The lead case's own decision waits for the completion notice, and the page says so.
        await expectVisible(lead.getByTestId('joint-decision-waits'));
        await screenshot(lead, 'joint-lead');

        // The lead department head, once the review is done, sees the decision waiting, not a button.
        await reviewByApi(created.id);
        await context.clearCookies();
        await staffLogin(lead, 'depthead');
        // The head's queue already says the decision waits for the joint case.
        await lead.goto('/workbench/cases');
        const heldTag = lead.locator('[data-testid=case-held][data-action=decide]').first();
        await expectVisible(heldTag, 20_000);
        assert.equal((await heldTag.innerText()).trim(), '待联办件办结');
        await screenshot(lead, 'joint-head-queue');
        await lead.goto(`/workbench/cases/${created.id}`);
        const held = lead.getByTestId('held-decide');
        await expectVisible(held, 20_000);
        assert.match(await held.innerText(), /作出决定[\s\S]*联办件办结通知书/);
        assert.ok(await held.getByRole('button').isDisabled(), 'the decision is not offered as a live button');
        assert.equal(await lead.getByTestId('action-decide').count(), 0);
        await screenshot(lead, 'joint-lead-head');

        // The applicant sees one case with each department's progress.
        const applicant = await openBrowser();
        try {
          const page = applicant.page;
          await page.goto(`/portal/login?next=${encodeURIComponent(`/portal/my/cases/${created.id}`)}`);
          await page.getByTestId('login-account').fill(DEMO_APPLICANT);
          await page.getByTestId('login-password').fill(DEMO_PASSWORD);
          await page.getByTestId('login-submit').click();
          await expectVisible(page.locator('[data-testid=joint-case][data-stage=started]'), 20_000);
          assert.equal(await page.locator('[data-testid=joint-department][data-status=in_review]').count(), 3);
          assert.equal(await page.getByTestId('joint-lead-actions').count(), 0, 'the applicant has no joint actions');
          await screenshot(page, 'joint-applicant');
          // The formal start reached the applicant's messages (and, where configured, their phone).
          await page.goto('/portal/my/cases?tab=messages');
          const started = page.locator('[data-testid=message][data-event="case.joint_start"]');
          await expectVisible(started, 15_000);
          assert.match(await started.innerText(), /联办件已正式启动，各部门并联审查/);
          await screenshot(page, 'joint-applicant-messages');
        } finally {
          await applicant.close();
        }

        // Each co-department's approver, in its own browser, records its department's decision (子件决定).
        // The lead department head's page (still open on the case) follows each one live.
        for (const [i, d] of CO_DECISIONS.entries()) {
          await atAnotherDesk(`joint-co-${d.username}`, d.username, async (page) => {
            await page.goto('/workbench/joint');
            await page.getByTestId('joint-list').getByRole('link', { name: created.caseNo }).click();
            await expectVisible(page.locator('[data-testid=joint-case][data-stage=started]'), 20_000);
            const row = department(page, d.department);
            await expectVisible(row.and(page.locator('[data-status=in_review]')));
            // Only its own department's sub-case is offered, and no lead action.
            assert.equal(await page.getByTestId('joint-sub-decide').count(), 1);
            assert.equal(await page.getByTestId('joint-lead-actions').count(), 0);
            await row.getByTestId('joint-sub-decide').click();
            await page.getByTestId('joint-decision-reasons').fill(d.reasons);
            if (i === 0) await screenshot(page, 'joint-co-decide-dialog');
            await page.getByTestId('joint-dialog-ok').click();
            await expectVisible(row.and(page.locator('[data-status=decided]')), 15_000);
            await page.getByTestId('joint-dialog-ok').waitFor({ state: 'detached' });
            assert.match(await row.innerText(), new RegExp(`准予许可[\\s\\S]*${d.reasons}`));
            assert.equal(await page.getByTestId('joint-sub-decide').count(), 0, 'a decided sub-case offers no more');
            if (i === CO_DECISIONS.length - 1) await screenshot(page, 'joint-co-decided');
          });
          await expectVisible(department(lead, d.department).and(lead.locator('[data-status=decided]')), 15_000);
        }
        // Every department has decided, but the head's decision still waits for the completion notice.
        assert.equal(await lead.getByTestId('action-decide').count(), 0);
        await expectVisible(lead.getByTestId('held-decide'));

        // The lead window completes the joint case, issuing the 联办件办结通知书.
        await handOver('clerk');
        await lead.goto(`/workbench/cases/${created.id}`);
        await expectVisible(lead.locator('[data-testid=joint-case][data-stage=started]'), 20_000);
        await lead.getByTestId('joint-complete').click();
        await lead.locator('.ant-modal-confirm .ant-btn-primary').click();
        await expectVisible(lead.locator('[data-testid=joint-case][data-stage=completed]'), 15_000);
        // The completion notice appears in the case's documents without a reload.
        await expectVisible(lead.locator('[data-testid=case-notice][data-type=joint_completion_notice]'), 15_000);
        assert.equal(await lead.getByTestId('joint-decision-waits').count(), 0);
        assert.equal(await lead.getByTestId('joint-complete').count(), 0);
        await screenshot(lead, 'joint-completed');

        // The lead department head now has the decision offered, and grants.
        await handOver('depthead');
        await lead.goto(`/workbench/cases/${created.id}`);
        await expectVisible(lead.getByTestId('action-decide'), 20_000);
        assert.equal(await lead.getByTestId('held-decide').count(), 0);
        await move(
          lead,
          'decide',
          async () => {
            await lead.getByTestId('decide-outcome').getByText('准予许可').click();
            await lead
              .getByTestId('action-reasons')
              .fill('经主办部门审查及各协办部门并联审查，均同意，符合开办餐饮店条件，准予许可。');
          },
          'granted',
          'joint-head-decide-dialog',
        );
        await expectText(lead.getByTestId('decision-outcome'), '准予许可');
        await expectVisible(lead.locator('[data-testid=case-notice][data-type=grant_decision]'), 15_000);
        // The joint panel follows the lead case's own move: its line shows the grant without a reload.
        await expectVisible(lead.getByTestId('joint-lead').filter({ hasText: '准予许可' }), 10_000);
        await screenshot(lead, 'joint-head-granted');
      },
      expectedAuthNoise,
    ),
);
