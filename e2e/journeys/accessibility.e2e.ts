import assert from 'node:assert/strict';
import { test } from 'node:test';
import { violationLog } from '../support/accessibility.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem } from '../support/api.js';
import { expectVisible, journey, mainSettled, openBrowser, screenshot } from '../support/browser.js';
import { applicantLogin, FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { staffLogin } from '../support/staff.js';

const PUBLIC_PAGES = [
  '/',
  '/portal',
  '/portal/status',
  '/portal/announcements',
  '/portal/login',
  '/portal/register',
  '/verify',
];

void test(
  '[R-NEW-4] the public pages pass the WCAG 2.1 AA checks, in standard and in large text (大字版), error state included',
  { timeout: 300_000 },
  () =>
    journey(
      'accessibility',
      async ({ page }) => {
        const log = violationLog();
        const scan = async (where: string) => {
          await mainSettled(page);
          await log.scan(page, where);
        };
        for (const url of PUBLIC_PAGES) {
          await page.goto(url);
          await scan(url);
        }
        // A guide page, opened from the search as a resident would.
        const openGuide = async () => {
          await page.goto('/portal');
          await mainSettled(page);
          await page.locator('a[href^="/portal/items/"]').first().click();
        };
        await openGuide();
        await scan('guide');
        await screenshot(page, 'accessibility-guide');

        // The error state: a status look-up that finds nothing announces itself (role=alert).
        await page.goto('/portal/status');
        await mainSettled(page);
        await page.getByTestId('status-case-no-input').fill('330900202611280000099');
        await page.getByTestId('status-query-code-input').fill('ABCD1234');
        await page.getByTestId('status-submit').click();
        await expectVisible(page.getByTestId('status-error'));
        assert.equal(await page.getByTestId('status-error').getAttribute('role'), 'alert');
        // The pointer stays on the button it clicked: its hover colours must keep the contrast too.
        const submit = page.getByTestId('status-submit');
        await submit.hover();
        await submit.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
        await scan('status look-up, not found');

        // 大字版 (elder-friendly mode): one switch in the header scales every page, is announced as a
        // pressed toggle, and is remembered on this device.
        const toggle = page.getByTestId('large-text');
        assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
        const sizeOf = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        const before = await sizeOf('main#main p, main#main label');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
        const after = await sizeOf('main#main p, main#main label');
        assert.ok(after >= before * 1.2, `large text scales the page's text (${before}px → ${after}px)`);
        await page.reload();
        await mainSettled(page);
        assert.equal(await page.getByTestId('large-text').getAttribute('aria-pressed'), 'true', 'remembered');
        assert.equal(await sizeOf('main#main p, main#main label'), after);
        await scan('status look-up, large text');
        await openGuide();
        await scan('guide, large text');
        await screenshot(page, 'accessibility-guide-large');

        // WCAG 1.4.10 (reflow): at 320 CSS px, as on the cheapest phones, no page scrolls sideways,
        // in large text (as an elderly resident reads it) and in standard text.
        await page.setViewportSize({ width: 320, height: 720 });
        for (const mode of ['large text', 'standard'] as const) {
          for (const url of [...PUBLIC_PAGES, 'guide']) {
            if (url === 'guide') await openGuide();
            else await page.goto(url);
            await mainSettled(page);
            const [scroll, client] = await page.evaluate(() => [
              document.documentElement.scrollWidth,
              document.documentElement.clientWidth,
            ]);
            if (scroll > client) log.note(`${url}, ${mode}: ${scroll} px wide at a 320 px viewport (WCAG 1.4.10)`);
          }
          await screenshot(page, `accessibility-guide-320-${mode === 'standard' ? 'standard' : 'large'}`);
          if (mode === 'large text') await toggle.click();
        }

        log.assertNone();
      },
      // The look-up that finds nothing answers 404, which the browser logs as a console error.
      [/status of 404/],
    ),
);

void test(
  '[R-NEW-4] a case as the applicant and as the window clerk sees it passes the WCAG 2.1 AA checks',
  { timeout: 300_000 },
  () =>
    journey('accessibility-case', async ({ page }) => {
      const applicant = await apiLogin('applicant', DEMO_APPLICANT);
      let caseId: string;
      try {
        const guide = await findItem(applicant, FOOD_LICENCE, (name) => name.includes(FOOD_LICENCE));
        caseId = (await applyOnline<{ id: string }>(applicant, guide, FOOD_FORM, 'a11y')).id;
      } finally {
        await applicant.api.dispose();
      }
      const log = violationLog();
      const scan = async (where: string, ready: string) => {
        await expectVisible(page.getByTestId(ready), 20_000);
        await mainSettled(page);
        await log.scan(page, where);
      };

      // 我的办件 and the case page, as the resident (or their agent) reads them.
      await applicantLogin(page, `/portal/my/cases/${caseId}`);
      await scan('portal case page', 'case-item-name');
      await page.goto('/portal/my/cases');
      await scan('portal my cases', 'my-cases');

      // The window's queue and the case page with its actions, in a browser of its own.
      const clerk = await openBrowser();
      try {
        const staff = clerk.page;
        await staffLogin(staff, 'clerk');
        await staff.goto(`/workbench/cases/${caseId}`);
        await expectVisible(staff.getByTestId('case-actions'), 20_000);
        await log.scan(staff, 'workbench case page');
        await staff.goto('/workbench/cases');
        await expectVisible(staff.getByTestId('queue-case-link').first(), 20_000);
        await log.scan(staff, 'workbench queue');
        await screenshot(staff, 'accessibility-queue');
        assert.deepEqual(clerk.problems, [], 'the clerk’s browser reported no errors');
      } finally {
        await clerk.close();
      }
      log.assertNone();
    }),
);
