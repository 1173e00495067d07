import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_APPLICANT, PNG } from './api.js';
import { expectText, expectVisible } from './browser.js';
import { DEMO_PASSWORD, pick } from './staff.js';

/** The city's 食品经营许可 (市场监督管理局), open to online applications, and what 林海 fills in for it. */
export const FOOD_LICENCE = '食品经营许可';
export const FOOD_FORM = {
  applicantName: '舟山海味餐饮有限公司',
  creditCode: '91330902MA2A1B2C3D',
  contactName: '林海',
  contactPhone: '13857001234',
  businessAddress: '舟山市定海区昌国街道人民北路118号1层',
  businessType: '餐饮服务经营者',
  businessItems: ['热食类食品制售'],
  businessArea: 86,
};

/** From the portal's home page: searches the catalogue for `item` and opens its guide. */
export async function openGuide(page: Page, item: string): Promise<void> {
  await page.goto('/portal');
  const box = page.locator('[data-testid=catalogue-search] input');
  await box.fill(item);
  await box.press('Enter');
  await page.getByTestId('catalogue-result-link').filter({ hasText: item }).first().click();
  await expectVisible(page.getByTestId('guide'), 15_000);
}

/** A phone's screen. */
export async function phone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
}

/** The demo applicant logs in through the portal's login page, which then goes on to `next`. */
export async function applicantLogin(page: Page, next = '/portal/me'): Promise<void> {
  await page.goto(`/portal/login?next=${encodeURIComponent(next)}`);
  await logInAsApplicant(page);
}

/** The demo applicant logs in on the portal's login page, where the page has just sent them. */
export async function logInAsApplicant(page: Page): Promise<void> {
  await expectVisible(page.getByTestId('login-account'), 15_000);
  await page.getByTestId('login-account').fill(DEMO_APPLICANT);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

/** Fills the online application form of 食品经营许可 (the apply page is open). */
export async function fillFoodForm(page: Page, form: typeof FOOD_FORM = FOOD_FORM): Promise<void> {
  await page.getByTestId('apply-applicantName').fill(form.applicantName);
  await page.getByTestId('apply-businessAddress').fill(form.businessAddress);
  await pick(page, 'apply-businessType', form.businessType);
  for (const item of form.businessItems) await page.getByTestId('apply-businessItems').getByText(item).click();
  await page.getByTestId('apply-businessArea').fill(String(form.businessArea));
  await page.getByTestId('apply-creditCode').fill(form.creditCode);
  await page.getByTestId('apply-contactName').fill(form.contactName);
  await page.getByTestId('apply-contactPhone').fill(form.contactPhone);
}

/**
 * Uploads one scan for each required material the apply page lists (but those in `skip`) and waits
 * until every required one shows its file. Returns the keys of the required materials.
 */
export async function uploadRequired(page: Page, skip: string[] = []): Promise<string[]> {
  const required = await page
    .locator('[data-testid=material][data-requirement=required]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));
  assert.ok(required.length >= 4, `the guide lists its required materials, saw ${required.join()}`);
  for (const key of required.filter((k) => !skip.includes(k)))
    await page
      .getByTestId(`material-input-${key}`)
      .setInputFiles({ name: `${key}.png`, mimeType: 'image/png', buffer: PNG });
  for (const key of required)
    await expectVisible(page.locator(`[data-testid=material][data-key=${key}][data-count="1"]`), 15_000);
  const n = required.length;
  await expectText(page.getByTestId('materials-count'), `必交材料已上传 ${n}/${n}`);
  return required;
}

/**
 * Answers the supplement notice on the case page (the supplement panel is shown): a new scan of
 * `materialKey`, a note, 提交补正; the case is back 待受理 and the panel gone.
 */
export async function answerSupplement(page: Page, materialKey: string, fileName: string, note: string) {
  await page
    .getByTestId(`material-input-${materialKey}`)
    .setInputFiles({ name: fileName, mimeType: 'image/png', buffer: PNG });
  await expectVisible(
    page.locator(`[data-testid=supplement-materials] [data-key=${materialKey}][data-count="1"]`),
    15_000,
  );
  await page.getByTestId('supplement-note').fill(note);
  await page.getByTestId('supplement-submit').click();
  await expectVisible(page.locator('[data-testid=case-status][data-status=submitted]'), 15_000);
  await expectVisible(page.locator('[data-testid=case-event][data-action=supplement]'));
  assert.equal(await page.getByTestId('supplement-panel').count(), 0);
}
