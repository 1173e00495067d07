import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectVisible, journey, screenshot } from '../support/browser.js';
import { expectedAuthNoise, pick, staffLogin } from '../support/staff.js';

// A tiny valid PNG: a scanned page as the window's scanner would send it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A resident ID that passes GB 11643 (a new person each run, so the server records a new resident). */
function residentId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const day = String(1 + (Date.now() % 28)).padStart(2, '0');
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const body = `33090219${70 + Math.floor(Math.random() * 30)}03${day}${seq}`;
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

/** The print sheet as the printer gets it: the page in print media with the sheet switched on. */
async function screenshotPrint(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.body.classList.add('tbc-printing'));
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, name);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('tbc-printing'));
}

/** Registers a walk-in application for 食品经营许可 with two of its materials; returns the case page URL. */
async function walkIn(page: Page, applicant: string, shots: boolean): Promise<{ caseNo: string; url: string }> {
  await page.goto('/workbench');
  await expectVisible(page.getByTestId('link-cases'), 20_000);
  if (shots) await screenshot(page, 'cases-clerk-home');
  await page.getByTestId('link-intake').click();
  await expectVisible(page.getByTestId('intake-page'));
  await pick(page, 'intake-item', '食品经营许可');
  await expectVisible(page.getByTestId('intake-item-facts'), 15_000);
  await page.getByTestId('intake-name').fill(applicant);
  await page.getByTestId('intake-id-number').fill(residentId());
  await page.getByTestId('intake-mobile').fill('13957001234');
  await page.getByTestId('intake-applicantName').fill('舟山海味餐饮有限公司');
  await page.getByTestId('intake-creditCode').fill('91330902MA2A1B2C3D');
  await page.getByTestId('intake-contactName').fill(applicant);
  await page.getByTestId('intake-contactPhone').fill('13957001234');
  await page.getByTestId('intake-businessAddress').fill('舟山市定海区昌国街道人民北路118号1层');
  await pick(page, 'intake-businessType', '餐饮服务经营者');
  await page.getByTestId('intake-businessItems').getByText('热食类食品制售').click();
  await page.getByTestId('intake-businessArea').fill('86');
  await page
    .getByTestId('material-input-application')
    .setInputFiles({ name: '申请书.png', mimeType: 'image/png', buffer: PNG });
  await page
    .getByTestId('material-input-identity')
    .setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: PNG });
  await expectVisible(page.locator('[data-testid=material-upload][data-key=application][data-count="1"]'), 15_000);
  await expectVisible(page.locator('[data-testid=material-upload][data-key=identity][data-count="1"]'), 15_000);
  await expectVisible(page.getByTestId('intake-missing'));
  if (shots) await screenshot(page, 'cases-intake-form');
  await page.getByTestId('intake-submit').click();
  await expectVisible(page.getByTestId('intake-done'), 20_000);
  const caseNo = (await page.getByTestId('intake-case-no').innerText()).trim();
  assert.match(caseNo, /^330900\d{14}$/, 'the case number starts with the deciding centre’s division code');
  assert.match(await page.getByTestId('intake-query-code').innerText(), /^[0-9A-Z]{6,}$/);
  if (shots) {
    await screenshot(page, 'cases-intake-done');
    const sheet = page.getByTestId('print-sheet');
    assert.equal(await sheet.getAttribute('data-kind'), 'receipt');
    assert.equal((await sheet.getByTestId('print-case-no').innerText()).trim(), caseNo);
    await page.getByTestId('intake-print').click();
    await screenshotPrint(page, 'cases-intake-receipt-print');
  }
  await page.getByTestId('intake-open-case').click();
  await expectVisible(page.getByTestId('case-page'), 15_000);
  return { caseNo, url: new URL(page.url()).pathname };
}

void test(
  '[R-APP-2][R-LAW-2] a clerk takes in a walk-in application, prints the receipt, and asks for everything missing at once',
  { timeout: 240_000 },
  () =>
    journey(
      'cases-intake-supplement',
      async ({ page }) => {
        await staffLogin(page, 'clerk');
        const { caseNo } = await walkIn(page, '周海燕', true);
        assert.equal((await page.getByTestId('case-no').innerText()).trim(), caseNo);
        assert.equal(await page.getByTestId('case-status').getAttribute('data-status'), 'submitted');
        const missing = page.locator('[data-testid=material-check][data-state=missing]');
        assert.ok((await missing.count()) >= 2, 'the checklist shows the materials not yet received');
        await expectVisible(page.getByTestId('action-accept'));
        await screenshot(page, 'cases-detail-submitted');

        // 一次性告知: the dialog starts with every missing required material; add one free-text problem.
        await page.getByTestId('action-request_supplement').click();
        const dialog = page.getByTestId('action-form-request_supplement');
        await expectVisible(dialog);
        const prefilled = await dialog.getByTestId('supplement-item').count();
        assert.ok(prefilled >= 2, `missing materials are listed up front, saw ${prefilled}`);
        await dialog.getByTestId('supplement-add').click();
        const extra = dialog.getByTestId('supplement-item').nth(prefilled);
        await pick(page, extra.getByTestId('supplement-material'), '其他（不属于所列材料）');
        await extra.getByTestId('supplement-problem').fill('申请表联系电话与营业执照登记的不一致，请核实');
        await dialog.getByTestId('supplement-due-days').fill('5');
        await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
        await screenshot(page, 'cases-supplement-dialog');
        await page.getByTestId('action-submit').click();
        await expectVisible(page.locator('[data-testid=case-header][data-status=supplement]'), 15_000);
        await dialog.waitFor({ state: 'detached' });
        const notice = page.locator('[data-testid=case-event][data-action=request_supplement]');
        await expectVisible(notice);
        assert.match(await notice.innerText(), /核实/);
        assert.equal(await notice.locator('.tbc-event__line').count(), prefilled + 1, 'one notice lists every item');
        await expectVisible(page.locator('[data-testid=case-clock] [data-fact=supplement]'));
        await screenshot(page, 'cases-detail-supplement');

        // The queue (all) shows it as 待补正; searching by its number finds exactly it.
        await page.getByTestId('back-to-queue').click();
        await expectVisible(page.getByTestId('queue-table'));
        await page.getByTestId('queue-tab-all').click();
        await page.locator('[data-testid=queue-search] input').fill(caseNo);
        await page.locator('[data-testid=queue-search] input').press('Enter');
        const row = page.locator(`[data-testid=queue-row][data-case-no="${caseNo}"]`);
        await expectVisible(row, 15_000);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=queue-row]').length === 1, null, {
          timeout: 15_000,
        });
        assert.equal(await row.getByTestId('case-status').getAttribute('data-status'), 'supplement');
      },
      expectedAuthNoise,
    ),
);

void test(
  '[R-APP-6][R-ORG-3][R-LAW-5] the queue by deadline; accepted at the window, reviewed by the approver, denied by the head with the remedies',
  { timeout: 300_000 },
  () =>
    journey(
      'cases-review-decide',
      async ({ page, context }) => {
        await staffLogin(page, 'clerk');
        const { caseNo, url } = await walkIn(page, '李文斌', false);
        await page.getByTestId('action-accept').click();
        await expectVisible(page.getByTestId('action-form-accept'));
        await page.getByTestId('action-note').fill('材料已当场核验');
        await page.getByTestId('action-submit').click();
        await expectVisible(page.locator('[data-testid=case-header][data-status=in_review]'), 15_000);
        await page.getByTestId('action-form-accept').waitFor({ state: 'detached' });
        await screenshot(page, 'cases-detail-accepted');
        await page.getByTestId('print-acceptance').click();
        await page.locator('[data-testid=print-sheet][data-kind=acceptance]').waitFor({ state: 'attached' });
        await screenshotPrint(page, 'cases-acceptance-print');

        // The clerk's queue, by deadline; a search with no match shows the empty state.
        await page.goto('/workbench/cases?view=all');
        await expectVisible(page.locator(`[data-testid=queue-row][data-case-no="${caseNo}"]`), 15_000);
        await screenshot(page, 'cases-queue-clerk');
        await page.locator('[data-testid=queue-search] input').fill('不存在的事项名称');
        await page.locator('[data-testid=queue-search] input').press('Enter');
        await expectVisible(page.locator('[data-testid=queue-table] .ant-empty'), 15_000);
        await screenshot(page, 'cases-queue-empty');
        await context.clearCookies();

        // The approver works remotely: the case waits in their to-do queue.
        await staffLogin(page, 'approver');
        await page.goto('/workbench/cases');
        const todo = page.locator(`[data-testid=queue-row][data-case-no="${caseNo}"]`);
        await expectVisible(todo, 15_000);
        await screenshot(page, 'cases-queue-approver');
        await todo.getByTestId('queue-case-link').click();
        await expectVisible(page.getByTestId('action-review'), 15_000);
        await page.getByTestId('action-review').click();
        await page.getByTestId('action-opinion').fill('经现场核查，经营场所布局不符合要求');
        await page.getByTestId('action-submit').click();
        await expectVisible(page.locator('[data-testid=case-step][data-key=review][data-status=done]'), 15_000);
        await context.clearCookies();

        await staffLogin(page, 'depthead');
        await page.goto(url);
        await expectVisible(page.getByTestId('action-decide'), 15_000);
        await page.getByTestId('action-decide').click();
        await page.getByTestId('decide-outcome').getByText('不予许可').click();
        await expectVisible(page.getByTestId('decide-remedies'));
        assert.match(await page.getByTestId('decide-remedies').innerText(), /六十日内.*六个月内/s);
        await page
          .getByTestId('action-reasons')
          .fill('经营场所布局不符合《食品经营许可审查通则》要求，生熟加工区域未分开');
        await screenshot(page, 'cases-decide-deny-dialog');
        await page.getByTestId('action-submit').click();
        await expectVisible(page.locator('[data-testid=case-header][data-status=denied]'), 15_000);
        await page.getByTestId('action-form-decide').waitFor({ state: 'detached' });
        assert.equal(await page.getByTestId('decision-outcome').innerText(), '不予许可');
        await screenshot(page, 'cases-detail-denied');
      },
      expectedAuthNoise,
    ),
);
