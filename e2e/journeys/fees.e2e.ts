import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { artifactsDir, expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem } from '../support/api.js';
import { collectAtWindow, priceCase } from '../support/fees.js';
import { expectPdf } from '../support/pdf.js';
import { applicantLogin } from '../support/portal.js';
import { expectedAuthNoise, pick, staffLogin } from '../support/staff.js';

/** Decided at the city's 市场监督管理局 window (the demo clerk's); its 工本费 is paid at the window. */
const ITEM = '食品生产许可';
const FEE = '食品生产许可证工本费';
const FORM = {
  applicantName: '舟山东海渔味食品有限公司',
  creditCode: '91330900MA2B3C4D5E',
  contactName: '林海',
  contactPhone: '13857001234',
  productionAddress: '舟山市普陀区东港街道海洋科技园区9号',
  foodCategories: ['水产制品'],
  plantArea: 1800,
};

/** The applicant applies online with every required material (the application is another journey). */
async function apply(): Promise<{ id: string; caseNo: string }> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  try {
    const guide = await findItem(applicant, ITEM, (name) => name === ITEM);
    assert.ok(
      guide.definition.fees.some((f) => f.name === FEE),
      `${ITEM} publishes ${FEE}`,
    );
    return await applyOnline(applicant, guide, FORM, 'fees');
  } finally {
    await applicant.api.dispose();
  }
}

/** e2e/artifacts/<name>.png of one element, animations finished (a dialog, the fees panel). */
async function shot(locator: Locator, name: string): Promise<void> {
  await locator.screenshot({ path: path.join(artifactsDir, `${name}.png`), animations: 'disabled' });
}

void test(
  '[R-APP-9][R-APP-10][R-SUP-3] the clerk prices a case, the payment notice prints, the window takes the money, the applicant sees it paid, the supervisor sees it counted',
  { timeout: 300_000 },
  () =>
    journey(
      'fees',
      async ({ page, context }) => {
        const created = await apply();

        // The clerk accepts the case: pricing is allowed from 审查中 on.
        await staffLogin(page, 'clerk');
        await page.goto(`/workbench/cases/${created.id}`);
        await expectVisible(page.getByTestId('case-page'), 20_000);
        const fees = page.getByTestId('case-fees');
        await expectVisible(fees, 15_000);
        assert.equal(await fees.getByTestId('fees-preview').count(), 0, 'no pricing before acceptance');
        await page.getByTestId('action-accept').click();
        await expectVisible(page.getByTestId('action-form-accept'));
        await page.getByTestId('action-submit').click();
        await expectVisible(page.locator('[data-testid=case-header][data-status=in_review]'), 15_000);
        await page.getByTestId('action-form-accept').waitFor({ state: 'detached' });

        // 核价: the amount comes from the published standard; the clerk confirms it.
        await expectVisible(fees.getByTestId('fees-preview'), 15_000);
        await fees.scrollIntoViewIfNeeded();
        await screenshot(page, 'fees-clerk-to-price');
        const preview = await priceCase(page, (dialog) =>
          shot(dialog.locator('.ant-modal-container, .ant-modal-content').first(), 'fees-clerk-pricing'),
        );
        assert.match(preview, new RegExp(`${FEE}：¥20\\.00`));
        assert.match(preview, /合计：¥20\.00/);

        // 缴款通知书: numbered in its series, printable.
        const docNo = fees.getByTestId('fees-docno');
        assert.match(await docNo.innerText(), /^舟缴〔\d{4}〕\d{6}号$/);
        await expectText(fees.getByTestId('fees-total'), '¥20.00（已缴 ¥0.00）');
        const noticePdf = fees.getByTestId('fees-notice-pdf');
        await expectVisible(noticePdf);
        await expectPdf(page, await noticePdf.getAttribute('href'));
        await fees.scrollIntoViewIfNeeded();
        await screenshot(page, 'fees-clerk-notice');
        await shot(fees, 'fees-clerk-notice-panel');
        const noticeNo = (await docNo.innerText()).trim();

        // 窗口收费: the cashier records the priced amount; the receipt prints; the fee is paid.
        await collectAtWindow(page);
        await expectText(fees.getByTestId('fees-total'), '¥20.00（已缴 ¥20.00）');
        assert.equal(await fees.getByTestId('fees-collect-window').count(), 0, 'nothing is left to collect');
        const receipt = fees.getByTestId('fees-receipt');
        await expectVisible(receipt);
        await expectPdf(page, await receipt.getAttribute('href'));
        await fees.scrollIntoViewIfNeeded();
        await screenshot(page, 'fees-clerk-paid');
        await shot(fees, 'fees-clerk-paid-panel');

        // The window's 收费管理 page: its invoice books (none issued in the demo).
        await page.goto('/workbench/fees');
        await expectVisible(page.getByTestId('workbench-fees'), 15_000);
        await expectVisible(page.locator('[data-testid=window-books][data-loading=false] .ant-empty'), 15_000);
        await shot(page.locator('body'), 'fees-workbench-books');

        // The applicant, on the portal: the notice with its number, and the payment.
        await page.goto('about:blank');
        await context.clearCookies();
        const portal = await context.newPage();
        await applicantLogin(portal, `/portal/my/cases/${created.id}`);
        await expectVisible(portal.getByTestId('case-detail'), 20_000);
        const mine = portal.getByTestId('case-fees');
        await expectVisible(mine, 15_000);
        await expectText(mine.getByTestId('fees-docno'), noticeNo);
        await expectText(mine.getByTestId('fees-status'), '已缴清');
        await expectText(mine.getByTestId('fees-payment-status'), '已收');
        assert.equal(await mine.getByTestId('fees-collect-window').count(), 0, 'the applicant records no payments');
        await expectPdf(portal, await mine.getByTestId('fees-notice-pdf').getAttribute('href'));
        await expectPdf(portal, await mine.getByTestId('fees-receipt').getAttribute('href'));
        await mine.scrollIntoViewIfNeeded();
        await screenshot(portal, 'fees-portal-applicant');
        await shot(mine, 'fees-portal-applicant-panel');
        await portal.setViewportSize({ width: 390, height: 844 });
        await shot(mine, 'fees-portal-applicant-phone');
        await screenshot(portal, 'fees-portal-case-phone');
        // On a phone the case page fits the screen: wide tables scroll inside their own section.
        const sideways = await portal.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(sideways <= 1, `the case page scrolls sideways by ${sideways}px on a phone`);
        await portal.setViewportSize({ width: 1280, height: 800 });
        // …and in English.
        await portal.getByTestId('lang-switch').click();
        await expectText(mine.getByTestId('fees-status'), 'Paid');
        await expectText(mine.getByTestId('fees-total'), '¥20.00 (paid ¥20.00)');
        await expectText(mine.getByTestId('fees-receipt'), 'Receipt');
        await shot(mine, 'fees-portal-applicant-panel-en');
        await portal.getByTestId('lang-switch').click(); // the choice is remembered for the next page
        await expectText(mine.getByTestId('fees-status'), '已缴清');
        await portal.close();

        // The supervisor: this month's figures include the payment; the export is an .xlsx.
        await context.clearCookies();
        await staffLogin(page, 'supervisor');
        await page.goto('/supervision/fees');
        await expectVisible(page.getByTestId('supervision-fees'), 20_000);
        const row = page.locator('[data-testid=fee-stats] tr', { hasText: ITEM });
        await expectVisible(row, 15_000);
        assert.match(await row.innerText(), /20\.00/);
        const exportButton = page.getByTestId('fee-stats-export');
        await expectVisible(exportButton);
        const xlsx = await page.request.get((await exportButton.getAttribute('href'))!);
        assert.equal(xlsx.status(), 200);
        assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
        assert.equal((await xlsx.body()).subarray(0, 2).toString('latin1'), 'PK');
        await screenshot(page, 'fees-supervision-stats');

        // 票据本: the supervisor issues a book of receipts to the clerk's window.
        await page.getByRole('tab', { name: '票据本' }).click();
        await page.getByTestId('book-issue-open').click();
        const issue = page.locator('.ant-modal', { hasText: '向窗口发放票据本' });
        await expectVisible(issue);
        await pick(page, 'book-window', '市场监督管理局窗口');
        const series = `ZS-${Date.now() % 1_000_000}`;
        await issue.getByTestId('book-series').fill(series);
        await issue.getByTestId('book-first').fill('1');
        await issue.getByTestId('book-last').fill('50');
        await shot(issue.locator('.ant-modal-container, .ant-modal-content').first(), 'fees-supervision-issue-book');
        await issue.getByRole('button', { name: '发放' }).click();
        await issue.waitFor({ state: 'hidden', timeout: 15_000 });
        const book = page.locator('tr', { hasText: series });
        await expectVisible(book, 15_000);
        await expectText(book.getByTestId('book-status'), '已领用');
        await shot(page.locator('body'), 'fees-supervision-books');
        await page.getByRole('tab', { name: '收费统计' }).click();
        await expectVisible(page.locator('[data-testid=fee-stats] tr', { hasText: ITEM }), 15_000);

        // The same page in English.
        await page.getByTestId('lang-switch').click();
        await expectText(page.getByTestId('fees-title'), 'Fee supervision');
        await expectText(exportButton, 'Export Excel');
        await expectVisible(page.locator('[data-testid=fee-stats] tr', { hasText: 'Total' }));
        await screenshot(page, 'fees-supervision-stats-en');
        await page.getByTestId('lang-switch').click();
        await expectText(page.getByTestId('fees-title'), '收费监管');

        // The department head's 收费审批: nothing awaits (the case was priced without a reduction).
        await page.goto('about:blank');
        await context.clearCookies();
        await staffLogin(page, 'depthead');
        await page.goto('/workbench/fees');
        await expectVisible(page.locator('[data-testid=fee-approvals][data-loading=false] .ant-empty'), 15_000);
        assert.match(await page.getByTestId('fee-approvals').innerText(), /没有待审批的申请/);
        await shot(page.locator('body'), 'fees-head-approvals');
      },
      expectedAuthNoise,
    ),
);
