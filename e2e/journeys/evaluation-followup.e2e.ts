import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import { artifactsDir, expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, grantAndIssue, type Caller } from '../support/api.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

type Summary = {
  rows: Array<{ windowNumber: string; counts: number[]; total: number; openFollowUps: number }>;
};

/** 食品经营许可 is decided at window 08 (市场监督管理局), the demo clerk's. */
const WINDOW = '08';
const COMMENT = '等了很久才拿到许可证，窗口也没有主动告知进度。';
const FIRST_ANSWER = '已核查办理过程：材料流转耽误两天。已电话回访申请人并致歉，窗口将每日核对进度。';
const SEND_BACK = '请补充整改措施的落实时间和责任人。';
const SECOND_ANSWER = '整改措施自本周一起执行，由窗口负责人陈晓燕每日核对；已再次电话回访，申请人表示认可。';

/** A concluded case of 林海's, rated 非常不满意 for 办事效率 through the API (rating is the applicant's journey). */
async function poorlyRatedCase(): Promise<{ id: string; caseNo: string }> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  const staff = await Promise.all(['clerk', 'approver', 'depthead'].map((u) => apiLogin('staff', u)));
  try {
    const guide = await findItem(applicant, FOOD_LICENCE, (name) => name === FOOD_LICENCE);
    const created = await applyOnline<{ id: string; caseNo: string }>(applicant, guide, FOOD_FORM, 'evaluation');
    await grantAndIssue(created.id, staff);
    const res = await applicant.api.post(`/api/cases/${created.id}/evaluation`, {
      headers: { 'x-csrf-token': applicant.csrf },
      data: { level: 1, reasons: ['efficiency'], comment: COMMENT },
    });
    assert.equal(res.status(), 201, `the applicant rates the case: ${await res.text()}`);
    return created;
  } finally {
    for (const c of [applicant, ...staff]) await c.api.dispose();
  }
}

/** The supervisor's per-window figures as the API gives them, to hold the screen to. */
async function windowFigures(supervisor: Caller) {
  const summary = (await (await supervisor.api.get('/api/evaluations/summary')).json()) as Summary;
  const row = summary.rows.find((r) => r.windowNumber === WINDOW);
  assert.ok(row, `window ${WINDOW} is in the supervisor's summary`);
  return row;
}

/** Another staff member at the same desk: cookies cleared, logged in through the login page. */
async function handOver(page: Page, username: string): Promise<void> {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await staffLogin(page, username);
}

const panelOf = (page: Page) => page.getByTestId('case-evaluation');

/** The case page's evaluation panel while its follow-up is in `status`. */
const panelIn = (page: Page, status: string) => page.locator(`[data-testid=case-evaluation][data-follow-up=${status}]`);

async function answer(page: Page, text: string): Promise<void> {
  const panel = panelOf(page);
  await panel.getByTestId('follow-up-answer').fill(text);
  await panel.getByTestId('follow-up-answer-submit').click();
  await expectVisible(panelIn(page, 'answered'), 15_000);
  await expectText(panel.getByTestId('follow-up-answer-text'), text);
  assert.equal(await panel.getByTestId('follow-up-answer-form').count(), 0, 'answered: nothing more to answer');
}

/** The supervisor's dialog for the case, opened from the follow-up list on the tab given. */
async function openDialog(page: Page, caseNo: string, tab: string): Promise<Locator> {
  await page.getByTestId(`evaluation-tab-${tab}`).click();
  const row = page.locator(`[data-testid=evaluation-row][data-case-no="${caseNo}"]`);
  await expectVisible(row, 15_000);
  await row.getByTestId('evaluation-verify').click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('case-evaluation') });
  await expectVisible(dialog.getByTestId('case-evaluation'), 15_000);
  return dialog;
}

void test(
  '[R-NEW-1][R-SUP-4] a poor rating is answered by the window and closed by the supervisor; the window’s counts show it',
  { timeout: 300_000 },
  () =>
    journey(
      'evaluation-followup',
      async ({ page }) => {
        const rated = await poorlyRatedCase();
        const supervisorApi = await apiLogin('staff', 'supervisor');
        try {
          // The window clerk: 差评整改 from the home page, the rating waiting under 待整改.
          await staffLogin(page, 'clerk');
          await page.goto('/workbench');
          const link = page.getByTestId('link-evaluations');
          await expectVisible(link, 20_000);
          await link.click();
          await expectVisible(page.getByTestId('evaluations-page'), 15_000);
          await expectVisible(page.locator('[data-testid=evaluation-list][data-filter=open]'));
          const row = page.locator(`[data-testid=evaluation-row][data-case-no="${rated.caseNo}"]`);
          await expectVisible(row, 15_000);
          await expectText(row.getByTestId('evaluation-level'), '非常不满意');
          await expectText(row.getByTestId('follow-up-status'), '待整改');
          assert.match(await row.innerText(), new RegExp(`${WINDOW} `), 'the row names the window');
          await screenshot(page, 'evaluation-window-list');

          // The list when the server cannot be reached: said, with 重试; and when there is nothing.
          await page.route('**/api/evaluations?*', (route) => route.abort('connectionrefused'), { times: 1 });
          await page.getByTestId('evaluation-tab-closed').click();
          const failed = page.getByTestId('error-alert');
          await expectVisible(failed, 15_000);
          await failed.getByRole('button', { name: '重试' }).click();
          await expectVisible(page.locator('[data-testid=evaluation-list][data-filter=closed]'));
          await failed.waitFor({ state: 'detached' });
          await page.route('**/api/evaluations?*', (route) =>
            route.fulfill({ json: { items: [], total: 0, page: 1, pageSize: 20 } }),
          );
          await page.getByTestId('evaluation-tab-overdue').click();
          await expectText(page.getByTestId('evaluation-empty'), '没有超期的差评整改。');
          await page.unrouteAll();

          // On the case page: the rating, then an answer (too short first, refused on the spot).
          await page.getByTestId('evaluation-tab-open').click();
          await row.getByTestId('evaluation-case-link').click();
          await expectVisible(page.locator(`[data-testid=case-page][data-case-no="${rated.caseNo}"]`), 20_000);
          const panel = panelOf(page);
          await expectVisible(panelIn(page, 'open'), 15_000);
          await expectText(panel.getByTestId('evaluation-level'), '非常不满意');
          await expectText(panel.getByTestId('evaluation-reasons'), '办事效率');
          await expectText(panel.getByTestId('evaluation-comment'), COMMENT);
          await expectText(panel.getByTestId('follow-up-status'), '待整改');
          await panel.getByTestId('follow-up-answer').fill('已处理');
          await panel.getByTestId('follow-up-answer-submit').click();
          await expectVisible(panel.getByText('请至少填写 5 个字'));
          await panel.scrollIntoViewIfNeeded();
          await screenshot(page, 'evaluation-case-panel-open');
          await answer(page, FIRST_ANSWER);
          await expectText(panel.getByTestId('follow-up-status'), '待核实');

          // The supervisor: the window's counts, then the answer under 待核实, sent back with a note.
          await handOver(page, 'supervisor');
          await page.goto('/supervision');
          await page.getByTestId('link-evaluations').click();
          await expectVisible(page.getByTestId('supervision-evaluations'), 20_000);
          const before = await windowFigures(supervisorApi);
          assert.ok(before.counts[0]! >= 1 && before.openFollowUps >= 1, 'the rating counts for the window');
          const summaryRow = page.locator(`[data-testid=summary-row][data-window-number="${WINDOW}"]`);
          await expectVisible(summaryRow, 15_000);
          await expectText(summaryRow.getByTestId('summary-level-1'), String(before.counts[0]));
          await expectText(summaryRow.getByTestId('summary-total'), String(before.total));
          await expectText(summaryRow.getByTestId('summary-open'), String(before.openFollowUps));
          await expectVisible(page.getByTestId('summary-overall'));
          await expectVisible(page.locator('[data-testid=evaluation-list][data-filter=answered]'));
          await expectVisible(page.locator(`[data-testid=evaluation-row][data-case-no="${rated.caseNo}"]`), 15_000);
          await screenshot(page, 'evaluation-supervision');

          let dialog = await openDialog(page, rated.caseNo, 'answered');
          await expectText(dialog.getByTestId('follow-up-answer-text'), FIRST_ANSWER);
          await dialog.getByTestId('follow-up-send-back').click();
          await expectVisible(dialog.getByText('退回重新整改时请填写核实意见'));
          await screenshot(page, 'evaluation-supervision-dialog');
          await dialog.getByTestId('follow-up-review-note').fill(SEND_BACK);
          await dialog.getByTestId('follow-up-send-back').click();
          await expectVisible(dialog.locator('[data-testid=case-evaluation][data-follow-up=open]'), 15_000);
          await expectText(dialog.getByTestId('follow-up-review-note-text'), SEND_BACK);
          assert.equal(await dialog.getByTestId('follow-up-review-form').count(), 0, 'back with the window');
          await page.getByTestId('evaluation-dialog-close').click();
          await page.getByTestId('evaluation-tab-open').click();
          await expectVisible(page.locator(`[data-testid=evaluation-row][data-case-no="${rated.caseNo}"]`), 15_000);

          // The clerk again: the note, and a second answer. A stale version (someone was quicker)
          // is said and the panel reloads; the answer typed stays for the next try.
          await handOver(page, 'clerk');
          await page.goto(`/workbench/cases/${rated.id}`);
          await expectVisible(panelIn(page, 'open'), 20_000);
          await expectText(panel.getByTestId('follow-up-review-note-text'), SEND_BACK);
          await expectText(panel.getByTestId('follow-up-returns'), '已退回 1 次');
          await panel.screenshot({
            path: path.join(artifactsDir, 'evaluation-case-panel-sent-back.png'),
            animations: 'disabled',
          });
          await page.route(
            '**/api/evaluations/*/answer',
            (route) =>
              route.fulfill({
                status: 409,
                json: { error: { code: 'resource.version_conflict', message: '记录已被修改', details: null } },
              }),
            { times: 1 },
          );
          await panel.getByTestId('follow-up-answer').fill(SECOND_ANSWER);
          await panel.getByTestId('follow-up-answer-submit').click();
          await expectVisible(page.getByText('该评价已被他人处理，已刷新为最新内容'));
          await answer(page, SECOND_ANSWER);

          // The supervisor closes it: 已办结, and the window has one open follow-up fewer.
          await handOver(page, 'supervisor');
          await page.goto('/supervision/evaluations');
          dialog = await openDialog(page, rated.caseNo, 'answered');
          await expectText(dialog.getByTestId('follow-up-answer-text'), SECOND_ANSWER);
          await dialog.getByTestId('follow-up-close').click();
          await expectVisible(dialog.locator('[data-testid=case-evaluation][data-follow-up=closed]'), 15_000);
          await expectText(dialog.getByTestId('follow-up-status'), '已办结');
          await page.getByTestId('evaluation-dialog-close').click();
          const after = await windowFigures(supervisorApi);
          assert.equal(after.openFollowUps, before.openFollowUps - 1, 'closed: one open follow-up fewer');
          await expectText(summaryRow.getByTestId('summary-open'), String(after.openFollowUps));
          await page.getByTestId('evaluation-tab-closed').click();
          const closed = page.locator(`[data-testid=evaluation-row][data-case-no="${rated.caseNo}"]`);
          await expectText(closed.getByTestId('follow-up-status'), '已办结');
          await screenshot(page, 'evaluation-supervision-closed');
        } finally {
          await supervisorApi.api.dispose();
        }
      },
      [...expectedAuthNoise, /ERR_CONNECTION_REFUSED/, /status of 409/],
    ),
);
