import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectVisible, journey, screenshot } from '../support/browser.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

// A tiny valid PNG: the signed authorisation form as a phone photo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function actingText(page: Page): Promise<string> {
  const h = page.getByTestId('acting-post');
  await expectVisible(h, 20_000);
  return (await h.innerText()).replace(/\s+/g, ' ');
}

void test('[R-ORG-2] clerk, department head and supervisor each log in to their own world', { timeout: 180_000 }, () =>
  journey(
    'staff-worlds',
    async ({ page, context }) => {
      await staffLogin(page, 'clerk');
      assert.match(await actingText(page), /窗口经办人/);
      await expectVisible(page.getByTestId('window-card'));
      assert.equal(await page.getByTestId('window-card').count(), 1);
      await screenshot(page, 'staff-clerk');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-logout').click();
      await expectVisible(page.getByTestId('login-username'));

      await staffLogin(page, 'depthead');
      assert.match(await actingText(page), /部门负责人/);
      await expectVisible(page.getByTestId('window-list'));
      await screenshot(page, 'staff-department-head');
      await context.clearCookies();

      await staffLogin(page, 'supervisor');
      await page.goto('/supervision');
      await expectVisible(page.getByTestId('supervision-home'), 20_000);
      const count = Number(await page.getByTestId('window-count').getAttribute('data-count'));
      assert.ok(count > 16, `a city supervisor sees the city's windows and those below, saw ${count}`);
      assert.ok((await page.getByTestId('centre-group').count()) >= 5);
      await screenshot(page, 'staff-supervisor');
    },
    expectedAuthNoise,
  ),
);

void test(
  '[R-ORG-1] an administrator adds a township centre with a window on the floor plan',
  { timeout: 180_000 },
  () =>
    journey(
      'admin-centre',
      async ({ page }) => {
        await staffLogin(page, 'sysadmin');
        await page.goto('/workbench/admin');
        await expectVisible(page.getByTestId('centre-tree'), 20_000);
        await page.locator('[data-testid="centre-node"][data-centre="定海区行政服务中心"]').click();
        await expectVisible(page.locator('[data-testid="centre-detail"][data-centre="定海区行政服务中心"]'));
        // A town code Dinghai's demo data does not use; unique enough across repeated runs.
        const code = `330902${150 + (Date.now() % 49)}`;
        const name = `e2e${code.slice(-3)}镇便民服务中心`;
        await page.getByTestId('add-centre-open').click();
        await page.getByTestId('add-centre-division-code').fill(code);
        await page.getByTestId('add-centre-name').fill(name);
        await page.getByTestId('add-centre-submit').click();
        const node = page.locator(`[data-testid="centre-node"][data-centre="${name}"]`);
        await expectVisible(node, 15_000);
        await node.click();
        await expectVisible(page.locator(`[data-testid="centre-detail"][data-centre="${name}"]`));
        await page.getByTestId('add-department-open').click();
        await page.getByTestId('add-department-name').fill('综合受理');
        await page.getByTestId('add-department-submit').click();
        await expectVisible(page.getByTestId('department-list').getByText('综合受理'));
        await page.getByTestId('add-window-open').click();
        await page.getByTestId('window-number').fill('01');
        await page.getByTestId('window-name').fill('综合受理窗口');
        await page.getByTestId('window-pos-x').fill('240');
        await page.getByTestId('window-pos-y').fill('360');
        await page.getByTestId('add-window-submit').click();
        await expectVisible(page.getByTestId('window-table').getByText('综合受理窗口'));
        await expectVisible(page.getByTestId('floor-plan-marker').first());
        await page.getByTestId('add-window-submit').waitFor({ state: 'hidden' });
        await screenshot(page, 'admin-township-window');
      },
      expectedAuthNoise,
    ),
);

void test('[R-ORG-4] an agent records a resident and the signed authorisation', { timeout: 180_000 }, () =>
  journey(
    'agent-authorisation',
    async ({ page }) => {
      await staffLogin(page, 'agent');
      await page.goto('/workbench/agent');
      await page.getByTestId('resident-name').fill('王阿婆');
      await page.getByTestId('resident-id-number').fill('33090219450315202X');
      await page.getByTestId('resident-mobile').fill('13957005678');
      await page.getByTestId('resident-submit').click();
      await expectVisible(page.getByTestId('auth-resident'), 15_000);
      await page.getByTestId('auth-scope-all').click();
      await page.getByTestId('auth-valid-until').fill('2027-12-31');
      await page
        .getByTestId('auth-file-input')
        .setInputFiles({ name: '授权委托书.png', mimeType: 'image/png', buffer: PNG });
      await expectVisible(page.getByTestId('auth-upload-done'), 15_000);
      await page.getByTestId('auth-submit').click();
      const row = page.locator('[data-testid="authorisation-row"][data-status="valid"]').first();
      await expectVisible(row, 15_000);
      assert.match(await row.getByTestId('authorisation-acted-by').innerText(), /由代办员 .+ 代为办理/);
      await screenshot(page, 'agent-authorisation');
    },
    expectedAuthNoise,
  ),
);
