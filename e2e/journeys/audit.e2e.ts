import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectVisible, journey, screenshot } from '../support/browser.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

void test(
  '[R-NEW-5] the audit administrator checks the whole hash-chained trail from the workbench and is told it is intact',
  { timeout: 120_000 },
  () =>
    journey(
      'audit-verify',
      async ({ page }) => {
        // Administrators enrol TOTP on their first login (staffLogin does) and land on their page.
        await staffLogin(page, 'auditadmin');
        await expectVisible(page.getByTestId('audit-page'), 20_000);
        await page.getByTestId('audit-verify').click();
        const result = page.getByTestId('audit-verify-result');
        await expectVisible(result, 20_000);
        assert.equal(await result.getAttribute('data-ok'), 'true');
        // Every chain walked: the demo data and this login are in it.
        assert.ok(Number(await result.getAttribute('data-records')) > 0);
        assert.match(await result.innerText(), /审计链完整：\d+ 条记录全部校验通过/);
        await screenshot(page, 'audit-verify');
      },
      expectedAuthNoise,
    ),
);
