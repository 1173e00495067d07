import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

void test(
  '[R-WEB-2] a citizen searches 餐饮 on a phone, opens the guide and downloads the form',
  { timeout: 120_000 },
  () =>
    journey('catalogue-search', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/portal');
      const box = page.locator('[data-testid=catalogue-search] input');
      await box.fill('餐饮');
      await box.press('Enter');
      const food = page.getByTestId('catalogue-result-link').filter({ hasText: '食品经营许可' }).first();
      await expectVisible(food, 15_000);
      await screenshot(page, 'catalogue-search-phone');
      await food.click();
      await expectVisible(page.getByTestId('guide'), 15_000);
      const download = page.locator('[data-testid^="download-form-"]').first();
      await expectVisible(download);
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      assert.match(file.suggestedFilename(), /\.docx$/);
      const path = await file.path();
      assert.ok(path, 'the form was downloaded');
      await screenshot(page, 'catalogue-guide-phone');
    }),
);

void test(
  '[R-WEB-2] on the English pages the search and the guide name the item, its department and its centre in English',
  { timeout: 120_000 },
  () =>
    journey('catalogue-english', async ({ page }) => {
      await page.goto('/portal');
      await page.getByTestId('lang-switch').click();
      const box = page.locator('[data-testid=catalogue-search] input');
      await box.fill('餐饮');
      await box.press('Enter');
      const food = page.getByTestId('catalogue-result').filter({ hasText: 'Food business licence' }).first();
      await expectVisible(food, 15_000);
      assert.match(await food.innerText(), /Market Regulation Bureau/);
      assert.doesNotMatch(await food.innerText(), /食品经营许可|市场监督管理局/);
      // The department filters are named in English too (every demo department has an English name).
      const chip = page.getByTestId('facet-department').first();
      await expectVisible(chip);
      assert.doesNotMatch(await chip.innerText(), /[\u4e00-\u9fff]/);
      await screenshot(page, 'catalogue-search-english');
      await food.getByTestId('catalogue-result-link').click();
      await expectText(page.locator('#tbp-guide-title'), 'Food business licence', 15_000);
      await expectText(page.getByTestId('guide-department'), 'Market Regulation Bureau');
      await screenshot(page, 'catalogue-guide-english');
    }),
);

void test(
  '[R-SUP-5] a clerk edits an item’s materials; after the supervisor publishes, the guide shows it',
  { timeout: 180_000 },
  () =>
    journey(
      'catalogue-edit-publish',
      async ({ page, context }) => {
        await staffLogin(page, 'clerk');
        await page.goto('/workbench/items');
        const link = page.getByTestId('item-link').filter({ hasText: '食品经营许可' }).first();
        await expectVisible(link, 15_000);
        const itemId = await link.getAttribute('data-item-id');
        await link.click();
        await page.getByTestId('tab-materials').click();
        const before = await page.getByTestId('material-row').count();
        await page.getByTestId('material-add').click();
        const row = page.getByTestId('material-row').nth(before);
        const name = `场所租赁合同（e2e ${Date.now() % 100000}）`;
        await row.getByTestId('material-name').fill(name);
        await page.getByTestId('item-save').click();
        await expectVisible(page.getByTestId('item-submit'));
        await page.getByTestId('item-submit').click();
        await page.getByTestId('item-submit-confirm').click();
        await expectVisible(page.getByTestId('item-in-review'), 15_000);
        await screenshot(page, 'catalogue-clerk-submitted');
        await context.clearCookies();

        await staffLogin(page, 'supervisor');
        await page.goto(`/supervision/items/${itemId}`);
        await page.getByTestId('review-publish').click();
        await page.getByTestId('review-publish-confirm').click();
        await expectVisible(page.getByTestId('review-published'), 15_000);

        await page.goto(`/portal/items/${itemId}`);
        await expectVisible(page.getByTestId('guide'), 15_000);
        await expectVisible(page.getByTestId('guide').getByText(name));
        await screenshot(page, 'catalogue-guide-after-publish');
      },
      expectedAuthNoise,
    ),
);

void test('[R-ORG-4] a person registers, logs in and sees their masked identity', { timeout: 120_000 }, () =>
  journey('person-register', async ({ page }) => {
    await page.goto('/portal/register');
    // A valid GB 11643 number not used by the demo data; a repeated run answers the same (no enumeration).
    await page.getByTestId('register-name').fill('岑海燕');
    await page.getByTestId('register-id-number').fill('330922198307144122');
    await page.getByTestId('register-mobile').fill('13606801234');
    await page.getByTestId('register-password').fill('Haiyan2026');
    await page.getByTestId('register-confirm').fill('Haiyan2026');
    await page.getByTestId('register-submit').click();
    await expectVisible(page.getByTestId('register-done'), 15_000);
    await page.getByTestId('register-to-login').click();
    await page.getByTestId('login-account').fill('13606801234');
    await page.getByTestId('login-password').fill('Haiyan2026');
    await page.getByTestId('login-submit').click();
    await expectVisible(page.getByTestId('me-id-number'), 15_000);
    assert.equal((await page.getByTestId('me-id-number').innerText()).trim(), '330922********4122');
    await screenshot(page, 'person-registered');
  }),
);
