import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, type Caller } from '../support/api.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { expectedAuthNoise, pick, staffLogin } from '../support/staff.js';

type Counts = { openCases: number; yellowCards: number; redCards: number; openUrges: number; overdueUrges: number };
type Windows = { rows: Array<Counts & { windowNumber: string; centreName: string }>; total: Counts };

/** 食品经营许可 is decided at window 08 (市场监督管理局), the demo clerk's. */
const WINDOW = '08';
const NOTE = '申请人反映提交已久未见进展，请说明审查进度并加快办理。';
const REPLY = '已核对材料，今日完成受理审查，预计三个工作日内作出决定，已电话告知申请人。';

/** An open 食品经营许可 case of 林海's, applied for online through the API (applying is a journey of its own). */
async function openCase(): Promise<{ id: string; caseNo: string }> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  try {
    const guide = await findItem(applicant, FOOD_LICENCE, (name) => name === FOOD_LICENCE);
    return await applyOnline<{ id: string; caseNo: string }>(applicant, guide, FOOD_FORM, 'urge');
  } finally {
    await applicant.api.dispose();
  }
}

/** Window 08's figures as the API gives them to the supervisor, to hold the screen to. */
async function windowFigures(supervisor: Caller) {
  const body = (await (await supervisor.api.get('/api/supervision/windows')).json()) as Windows;
  const row = body.rows.find((r) => r.windowNumber === WINDOW);
  assert.ok(row, `window ${WINDOW} is in the supervisor's table`);
  return { row, total: body.total };
}

/** Another staff member at the same desk: cookies cleared, logged in through the login page. */
async function handOver(page: Page, username: string): Promise<void> {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await staffLogin(page, username);
}

const urgeIn = (page: Page, status: 'open' | 'replied') => page.locator(`[data-testid=urge][data-status=${status}]`);

void test(
  '[R-SUP-1][R-SUP-3][R-NEW-3] the supervisor sees the window’s cards, urges a case; the window replies; the supervisor reads the reply',
  { timeout: 300_000 },
  () =>
    journey(
      'supervision-urge',
      async ({ page }) => {
        const c = await openCase();
        const supervisorApi = await apiLogin('staff', 'supervisor');
        try {
          // The supervisor: 办件监督 from the supervision home, window 08's counts as the API has them.
          await staffLogin(page, 'supervisor');
          await page.goto('/supervision');
          const link = page.getByTestId('link-supervision-cases');
          await expectVisible(link, 20_000);
          await expectVisible(page.getByTestId('link-evaluations'));
          await link.click();
          await expectVisible(page.getByTestId('supervision-cases'), 20_000);
          const before = await windowFigures(supervisorApi);
          assert.ok(before.row.openCases >= 1, 'the new case is open at window 08');
          const row = page.locator(`[data-testid=window-cards-row][data-window-number="${WINDOW}"]`);
          await expectVisible(row, 15_000);
          await expectText(row.getByTestId('cards-openCases'), String(before.row.openCases));
          await expectText(row.getByTestId('cards-yellowCards'), String(before.row.yellowCards));
          await expectText(row.getByTestId('cards-redCards'), String(before.row.redCards));
          await expectText(row.getByTestId('cards-openUrges'), String(before.row.openUrges));
          const total = page.getByTestId('window-cards-total');
          await expectText(total.getByTestId('total-openCases'), String(before.total.openCases));
          await expectVisible(page.locator('[data-testid=urge-list][data-filter=open]'));
          await screenshot(page, 'supervision-cases');

          // The queue in reach, read-only, found by its number; the case page offers no moves.
          await page.goto(`/workbench/cases?view=all&q=${c.caseNo}`);
          const queueRow = page.locator(`[data-testid=queue-row][data-case-no="${c.caseNo}"]`);
          await expectVisible(queueRow, 20_000);
          assert.equal(await page.getByTestId('queue-tab-todo').count(), 0, 'nothing waits on a supervisor');
          await screenshot(page, 'supervision-queue');
          await queueRow.getByTestId('queue-case-link').click();
          await expectVisible(page.locator(`[data-testid=case-page][data-case-no="${c.caseNo}"]`), 20_000);
          await expectVisible(page.getByTestId('no-actions'));
          const panel = page.getByTestId('case-urges');
          await expectVisible(panel.getByTestId('urge-form'), 15_000);

          // 督办: a note is required; three working days to reply.
          await panel.getByTestId('urge-submit').click();
          await expectVisible(panel.getByText('请填写督办意见'));
          await panel.getByTestId('urge-note').fill(NOTE);
          await pick(page, 'urge-days', '3 个工作日');
          await panel.getByTestId('urge-submit').click();
          await expectVisible(urgeIn(page, 'open'), 15_000);
          await expectText(panel.getByTestId('urge-note-text'), NOTE);
          await expectText(panel.getByTestId('urge-status'), '待回复');
          assert.equal(await panel.getByTestId('urge-form').count(), 0, 'one open urge at a time');
          await screenshot(page, 'supervision-case-urged');
          const after = await windowFigures(supervisorApi);
          assert.equal(after.row.openUrges, before.row.openUrges + 1, 'the window has one more urge to answer');

          // The clerk: the 督办件 card on the home page, the case from the list, and the reply.
          await handOver(page, 'clerk');
          await page.goto('/workbench');
          const card = page.getByTestId('link-urges');
          await expectVisible(card, 20_000);
          assert.ok(Number(await card.getAttribute('data-open')) >= 1, 'the card counts the open urge');
          await screenshot(page, 'supervision-clerk-home');
          await card.click();
          await expectVisible(page.getByTestId('urges-page'), 15_000);
          const urgeRow = page.locator(`[data-testid=urge-row][data-case-no="${c.caseNo}"]`);
          await expectVisible(urgeRow, 15_000);
          await urgeRow.getByTestId('urge-case-link').click();
          await expectVisible(page.locator(`[data-testid=case-page][data-case-no="${c.caseNo}"]`), 20_000);
          await expectVisible(urgeIn(page, 'open'), 15_000);
          await panel.getByTestId('urge-reply-submit').click();
          await expectVisible(panel.getByText('请填写回复内容'));
          await panel.getByTestId('urge-reply').fill(REPLY);
          // From the top: scrolled, the sticky action bar is drawn over the panel in a full-page shot.
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, 'supervision-clerk-reply');
          await panel.getByTestId('urge-reply-submit').click();
          await expectVisible(urgeIn(page, 'replied'), 15_000);
          await expectText(panel.getByTestId('urge-reply-text'), REPLY);
          assert.equal(await panel.getByTestId('urge-reply-form').count(), 0, 'replied: nothing more to answer');

          // The supervisor reads the reply from 已回复 on 办件监督.
          await handOver(page, 'supervisor');
          await page.goto('/supervision/cases');
          await page.getByTestId('urge-tab-replied').click();
          const replied = page.locator(`[data-testid=urge-row][data-case-no="${c.caseNo}"]`);
          await expectVisible(replied, 15_000);
          await expectText(replied.getByTestId('urge-status'), '已回复');
          await replied.getByTestId('urge-case-link').click();
          await expectVisible(urgeIn(page, 'replied'), 20_000);
          await expectText(page.getByTestId('case-urges').getByTestId('urge-reply-text'), REPLY);
          // Replied: the supervisor may urge again.
          await expectVisible(page.getByTestId('case-urges').getByTestId('urge-form'));
          await screenshot(page, 'supervision-reply-read');
        } finally {
          await supervisorApi.api.dispose();
        }
      },
      expectedAuthNoise,
    ),
);
