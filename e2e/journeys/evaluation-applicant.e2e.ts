import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { violationLog } from '../support/accessibility.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, grantAndIssue, type Caller } from '../support/api.js';
import { artifactsDir, expectText, expectVisible, journey, mainSettled, screenshot } from '../support/browser.js';
import { KIOSK, kioskChecks, tapKeys } from '../support/kiosk.js';
import { applicantLogin, FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';

type Created = { id: string; caseNo: string; queryCode: string };
type Rated = {
  level: number;
  channel: string;
  reasons: string[];
  comment: string;
  version: number;
  followUp: { status: string; dueAt: string } | null;
};

const LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'];
const ANSWER = '已核实：网上指南的材料清单已与窗口统一，并向申请人电话致歉说明。';
const CLOSING = '经回访核实，申请人认可整改结果，本次差评办结。';

/** The demo applicant applies online for 食品经营许可 (through the API); the case is still open. */
async function apply(applicant: Caller, tag: string): Promise<Created> {
  const guide = await findItem(applicant, FOOD_LICENCE, (name) => name === FOOD_LICENCE);
  return applyOnline<Created>(applicant, guide, FOOD_FORM, tag);
}

/** The demo staff of 市场监督管理局 accept, grant and issue: the case is 已办结. */
async function conclude(...ids: string[]): Promise<void> {
  const staff = await Promise.all(['clerk', 'approver', 'depthead'].map((u) => apiLogin('staff', u)));
  try {
    for (const id of ids) await grantAndIssue(id, staff);
  } finally {
    for (const s of staff) await s.api.dispose();
  }
}

/** The case's rating as its applicant reads it through the API. */
async function ratingOf(caller: Caller, id: string): Promise<Rated | null> {
  const res = await caller.api.get(`/api/cases/${id}/evaluation`);
  assert.equal(res.status(), 200, await res.text());
  return (await res.json()).evaluation as Rated | null;
}

/** A staff member's step on the follow-up (the window's answer, the supervisor's close), at the version they see. */
async function followUpStep(username: string, id: string, step: 'answer' | 'review', body: object): Promise<void> {
  const staff = await apiLogin('staff', username);
  try {
    const { evaluation } = await (await staff.api.get(`/api/cases/${id}/evaluation`)).json();
    const res = await staff.api.post(`/api/evaluations/${id}/${step}`, {
      headers: { 'x-csrf-token': staff.csrf },
      data: { ...body, version: evaluation.version },
    });
    assert.equal(res.status(), 200, `${username} ${step}: ${await res.text()}`);
  } finally {
    await staff.api.dispose();
  }
}

/** The page scrolls sideways: it does not fit the phone (WCAG 1.4.10). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The whole page as the helper saves it, and the panel alone beside it (a phone's full page is too tall to read). */
async function shots(page: Page, panel: Locator, name: string): Promise<void> {
  await screenshot(page, name);
  await panel.screenshot({ path: path.join(artifactsDir, `${name}-panel.png`) });
}

const level = (page: Page, n: number) => page.locator(`[data-testid=evaluation-level][data-level="${n}"]`);
const reason = (page: Page, r: string) => page.locator(`[data-testid=evaluation-reason][data-reason=${r}]`);

void test(
  '[R-NEW-1] the applicant rates a concluded case 不满意 with a reason on 我的办件 and sees the follow-up waiting for the window, answered, then closed',
  { timeout: 240_000 },
  () =>
    journey('evaluation-portal', async ({ page }) => {
      const applicant = await apiLogin('applicant', DEMO_APPLICANT);
      let created: Created;
      try {
        created = await apply(applicant, 'evaluation-portal');
      } finally {
        await applicant.api.dispose();
      }
      const log = violationLog();
      // The cheapest phones' width, where an elderly resident reads it.
      await page.setViewportSize({ width: 360, height: 780 });
      await applicantLogin(page, `/portal/my/cases/${created.id}`);
      await expectVisible(page.getByTestId('case-detail'), 20_000);
      await mainSettled(page);
      // Still being handled: nothing to rate, and nothing said about it.
      assert.equal(await page.getByTestId('evaluation-panel').count(), 0, 'no rating while the case is open');

      await conclude(created.id);
      await page.reload();
      await expectText(page.getByTestId('case-detail').locator('header').getByTestId('case-status'), '已办结', 20_000);
      const panel = page.getByTestId('evaluation-panel');
      await expectVisible(panel.getByTestId('evaluation-form'), 15_000);
      await expectText(panel.locator('h2'), '服务评价');
      assert.deepEqual(
        (await panel.locator('[data-testid=evaluation-level]').allInnerTexts()).map((s) => s.trim()),
        LEVELS,
        'five levels, best first, each in words',
      );
      assert.equal(await panel.getByRole('radio').count(), 5, 'the levels are one radio group');
      assert.equal(await panel.getByTestId('evaluation-reasons').count(), 0, 'no reasons for a good rating');
      for (const n of [5, 1]) {
        const box = await level(page, n).boundingBox();
        assert.ok(box && box.height >= 44 && box.width >= 250, `level ${n} is a large target: ${JSON.stringify(box)}`);
      }
      assert.equal(await overflows(page), false, 'fits 360 px');
      await panel.scrollIntoViewIfNeeded();
      await log.scan(page, 'case page, rating form');
      await shots(page, panel, 'evaluation-portal-before');

      // Nothing chosen, then a poor level with neither reason nor comment: said before anything is sent.
      await page.getByTestId('evaluation-submit').click();
      await expectText(page.getByTestId('evaluation-missing'), '请选择满意程度');
      await level(page, 2).click();
      assert.equal(await level(page, 2).locator('input').isChecked(), true);
      await expectVisible(page.getByTestId('evaluation-reasons'));
      assert.deepEqual(
        (await page.locator('[data-testid=evaluation-reason]').allInnerTexts()).map((s) => s.trim()),
        ['服务态度', '办事效率', '告知指引不清', '材料要求繁琐', '收费问题', '其他'],
      );
      await page.getByTestId('evaluation-submit').click();
      await expectText(page.getByTestId('evaluation-missing'), '请至少选择一个不满意的原因，或填写意见');

      // 大字版, as an elderly resident reads it: still one column, nothing sideways.
      await page.getByTestId('large-text').click();
      assert.equal(await page.getByTestId('large-text').getAttribute('aria-pressed'), 'true');
      await reason(page, 'guidance').click();
      assert.equal(await reason(page, 'guidance').locator('input').isChecked(), true);
      await page.getByTestId('evaluation-comment').fill('网上指南的材料清单和窗口说的不一样，多跑了一趟。');
      await expectText(panel.locator('.ant-input-data-count'), '24 / 500');
      assert.equal(await overflows(page), false, 'fits 360 px in large text');
      await log.scan(page, 'case page, poor rating, large text');
      await panel.scrollIntoViewIfNeeded();
      await shots(page, panel, 'evaluation-portal-poor-large');
      await page.getByTestId('large-text').click();

      await page.getByTestId('evaluation-submit').click();
      const result = panel.getByTestId('evaluation-result');
      await expectVisible(result, 15_000);
      assert.equal(await result.getAttribute('data-level'), '2');
      await expectText(page.getByTestId('evaluation-note'), '感谢您的评价');
      await expectText(page.getByTestId('evaluation-level-given').locator('dd'), '不满意');
      await expectText(page.getByTestId('evaluation-reasons-given').locator('dd'), '告知指引不清');
      await expectText(
        page.getByTestId('evaluation-comment-given').locator('dd'),
        '网上指南的材料清单和窗口说的不一样，多跑了一趟。',
      );
      const followUp = page.getByTestId('evaluation-followup');
      assert.equal(await followUp.getAttribute('data-status'), 'open');
      await expectText(page.getByTestId('evaluation-followup-status').locator('dd'), '待整改');
      const due = (await page.getByTestId('evaluation-followup-due').locator('dd').innerText()).trim();
      assert.match(due, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      await expectText(page.getByTestId('evaluation-followup-hint'), `窗口将在 ${due} 前就您的意见作出答复。`);
      assert.equal(await page.getByTestId('evaluation-form').count(), 0, 'rated once: the form is gone');
      assert.equal(await overflows(page), false);
      await log.scan(page, 'case page, rated');
      await panel.scrollIntoViewIfNeeded();
      await shots(page, panel, 'evaluation-portal-after');

      // Stored as given, from the website; a second rating is refused.
      const again = await apiLogin('applicant', DEMO_APPLICANT);
      try {
        const stored = await ratingOf(again, created.id);
        assert.equal(stored?.level, 2);
        assert.equal(stored?.channel, 'web');
        assert.deepEqual(stored?.reasons, ['guidance']);
        const twice = await again.api.post(`/api/cases/${created.id}/evaluation`, {
          headers: { 'x-csrf-token': again.csrf },
          data: { level: 5 },
        });
        assert.equal(twice.status(), 409, await twice.text());
      } finally {
        await again.api.dispose();
      }

      // The window answers: the applicant reads the answer, waiting for the supervisor.
      await followUpStep('clerk', created.id, 'answer', { answer: ANSWER });
      await page.reload();
      await expectVisible(page.locator('[data-testid=evaluation-followup][data-status=answered]'), 20_000);
      await expectText(page.getByTestId('evaluation-followup-status').locator('dd'), '待核实');
      await expectText(page.getByTestId('evaluation-followup-answer').locator('dd'), ANSWER);
      await expectText(page.getByTestId('evaluation-followup-hint'), '窗口已答复，监督人员正在核实。');
      assert.equal(await page.getByTestId('evaluation-note').count(), 0, 'the thanks was for the moment of rating');

      // The supervisor closes it with a note: the applicant reads that too.
      await followUpStep('supervisor', created.id, 'review', { accept: true, note: CLOSING });
      await page.reload();
      await expectVisible(page.locator('[data-testid=evaluation-followup][data-status=closed]'), 20_000);
      await expectText(page.getByTestId('evaluation-followup-status').locator('dd'), '已办结');
      await expectText(page.getByTestId('evaluation-followup-note').locator('dd'), CLOSING);
      assert.equal(await page.getByTestId('evaluation-followup-due').count(), 0, 'no due date once closed');
      await shots(page, page.getByTestId('evaluation-panel'), 'evaluation-portal-closed');

      // In English: the same panel in the other dictionary.
      await page.getByTestId('lang-switch').click();
      await expectText(page.getByTestId('evaluation-panel').locator('h2'), 'Rate our service');
      await expectText(page.getByTestId('evaluation-level-given').locator('dd'), 'Dissatisfied');
      await expectText(page.getByTestId('evaluation-followup-status').locator('dd'), 'Closed');
      await page.getByTestId('lang-switch').click();

      log.assertNone();
    }),
);

void test(
  '[R-KIO-3][R-NEW-1] the applicant votes 非常不满意 with reasons on the kiosk by case number and query code; a vote already given is said, not asked again',
  { timeout: 300_000 },
  () =>
    journey(
      'evaluation-kiosk',
      async ({ page }) => {
        const applicant = await apiLogin('applicant', DEMO_APPLICANT);
        try {
          const [first, second] = [await apply(applicant, 'vote-1'), await apply(applicant, 'vote-2')];
          await conclude(first.id, second.id);
          const checks = kioskChecks(page);
          const lookUp = async (c: Created) => {
            await tapKeys(page, 'caseNo', c.caseNo);
            await tapKeys(page, 'queryCode', c.queryCode);
            await page.getByTestId('kiosk-status-submit').tap();
            await expectVisible(page.getByTestId('status-result'), 15_000);
          };
          const kLevel = (n: number) => page.locator(`[data-testid=kiosk-vote-levels] [data-level="${n}"]`);
          const kReason = (r: string) => page.locator(`[data-testid=kiosk-vote-reasons] [data-reason=${r}]`);

          await page.goto('/kiosk');
          await page.getByTestId('kiosk-tile-status').tap();
          await expectVisible(page.getByTestId('kiosk-status'), 20_000);
          await lookUp(first);
          await expectText(page.getByTestId('case-status'), '已办结');
          const vote = page.getByTestId('kiosk-vote');
          await expectVisible(vote);
          await expectText(vote.locator('h2'), '评价本次服务');
          assert.deepEqual(
            (await vote.locator('[data-testid=evaluation-level]').allInnerTexts()).map((s) => s.trim()),
            LEVELS,
          );
          // Each choice is for a finger: at least 64 px each way (the kiosk's promise).
          for (const n of [5, 4, 3, 2, 1]) {
            const box = await kLevel(n).boundingBox();
            assert.ok(box && box.width >= 64 && box.height >= 64, `level ${n}: ${JSON.stringify(box)}`);
          }
          await vote.scrollIntoViewIfNeeded();
          await checks.screen('vote, levels');
          await screenshot(page, 'evaluation-kiosk-vote');

          await page.getByTestId('kiosk-vote-submit').tap();
          await expectText(page.getByTestId('kiosk-vote-error'), '评价未提交 请先点选满意程度。');
          await kLevel(1).tap();
          await expectVisible(page.getByTestId('kiosk-vote-reasons'));
          assert.equal(await vote.locator('textarea, input[type=text]').count(), 0, 'no free text on the kiosk');
          await page.getByTestId('kiosk-vote-submit').tap();
          await expectText(page.getByTestId('kiosk-vote-error'), '评价未提交 请至少点选一个不满意的原因。');
          await kReason('efficiency').tap();
          await kReason('attitude').tap();
          await kReason('fees').tap();
          await kReason('fees').tap(); // a second touch takes it back
          for (const r of ['attitude', 'efficiency', 'fees'] as const) {
            const box = await kReason(r).boundingBox();
            assert.ok(box && box.width >= 64 && box.height >= 64, `reason ${r}: ${JSON.stringify(box)}`);
          }
          await checks.screen('vote, poor with reasons');
          await screenshot(page, 'evaluation-kiosk-poor');

          // Too many requests from this kiosk: the server's words (its rate limit's body, stubbed once).
          await page.route(
            '**/api/case-status/evaluation',
            (route) =>
              route.fulfill({
                status: 429,
                json: { error: { code: 'request.rate_limited', message: '请求过于频繁，请稍后再试', details: null } },
              }),
            { times: 1 },
          );
          await page.getByTestId('kiosk-vote-submit').tap();
          await expectText(page.getByTestId('kiosk-vote-error'), '评价未提交 请求过于频繁，请稍后再试', 15_000);
          assert.equal(await kLevel(1).locator('input').isChecked(), true, 'the choice is kept for another try');

          await page.getByTestId('kiosk-vote-submit').tap();
          await expectVisible(page.getByTestId('kiosk-vote-done'), 15_000);
          await expectText(page.getByTestId('kiosk-vote-level'), '已评价：非常不满意');
          assert.equal(await page.getByTestId('kiosk-vote-error').count(), 0);
          await checks.screen('vote, thanks');
          await screenshot(page, 'evaluation-kiosk-thanks');

          const stored = await ratingOf(applicant, first.id);
          assert.equal(stored?.level, 1);
          assert.equal(stored?.channel, 'kiosk');
          assert.deepEqual(stored?.reasons, ['attitude', 'efficiency'], 'the reasons touched, the one taken back not');
          assert.equal(stored?.followUp?.status, 'open', 'a poor vote opens the follow-up');

          // Looked up again: the vote is said, not asked again.
          await page.getByTestId('kiosk-status-again').tap();
          await lookUp(first);
          await expectText(page.getByTestId('kiosk-vote-rated'), '已评价：非常不满意');
          assert.equal(await page.getByTestId('kiosk-vote').count(), 0);
          await checks.screen('status, already rated');
          await screenshot(page, 'evaluation-kiosk-rated');

          // Rated on the website while the kiosk's form was open: the kiosk says so and asks no more.
          await page.getByTestId('kiosk-status-again').tap();
          await lookUp(second);
          await expectVisible(page.getByTestId('kiosk-vote'));
          const web = await applicant.api.post(`/api/cases/${second.id}/evaluation`, {
            headers: { 'x-csrf-token': applicant.csrf },
            data: { level: 4 },
          });
          assert.equal(web.status(), 201, await web.text());
          await page.getByTestId('lang-switch').tap();
          await expectText(page.getByTestId('kiosk-vote').locator('h2'), 'Rate this service');
          await expectText(kLevel(5), 'Very satisfied');
          await page.getByTestId('lang-switch').tap();
          await kLevel(5).tap();
          await page.getByTestId('kiosk-vote-submit').tap();
          await expectText(page.getByTestId('kiosk-vote-error'), '评价未提交 该办件已评价，每件只能评价一次', 15_000);
          assert.equal(await page.getByTestId('kiosk-vote-submit').count(), 0, 'nothing more to submit');
          assert.equal((await ratingOf(applicant, second.id))?.level, 4, 'the website’s rating stands');
          await checks.screen('vote, already rated elsewhere');
          await screenshot(page, 'evaluation-kiosk-conflict');

          checks.assertNone();
        } finally {
          await applicant.api.dispose();
        }
      },
      // The stubbed rate limit answers 429 and the late vote 409; the browser logs both.
      [/status of 429/, /status of 409/],
      KIOSK,
    ),
);
