import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectText, journey, mainSettled, screenshot } from '../support/browser.js';

const areas = [
  { testId: 'nav-portal', zh: '网上办事大厅', en: 'Online Service Hall', shot: 'portal' },
  { testId: 'nav-workbench', zh: '窗口工作台', en: 'Window Workbench', shot: 'workbench' },
  { testId: 'nav-supervision', zh: '监察中心', en: 'Supervision Centre', shot: 'supervision' },
  { testId: 'nav-kiosk', zh: '触摸屏', en: 'Kiosk', shot: 'kiosk' },
] as const;

async function expectNavIn(page: Page, lang: 'zh' | 'en'): Promise<void> {
  for (const area of areas) await expectText(page.getByTestId(area.testId), area[lang]);
}

void test('[R-NEW-7] home page shows the four areas in Chinese and English', { timeout: 120_000 }, () =>
  journey('shell', async ({ page }) => {
    await page.goto('/');
    await expectNavIn(page, 'zh');
    await screenshot(page, 'shell-home-zh');

    const langSwitch = page.getByTestId('lang-switch');
    await expectText(langSwitch, 'English');
    await langSwitch.click();
    await expectNavIn(page, 'en');
    await expectText(langSwitch, '中文');
    await screenshot(page, 'shell-home-en');

    await page.reload();
    await expectNavIn(page, 'en');

    await langSwitch.click();
    await expectNavIn(page, 'zh');
    await expectText(langSwitch, 'English');

    // Each area opens from the home page's navigation. An area still being built shows the
    // under-construction notice, one already built its own page, and a staff area its login page
    // (which may live under another area's path). Either way the main region must settle with visible
    // text: a blank page, an endless spinner or a crash fails here, console errors fail the journey.
    for (const area of areas) {
      await page.goto('/');
      const link = page.getByTestId(area.testId);
      const href = await link.getAttribute('href');
      if (!href?.startsWith('/')) throw new Error(`${area.testId} should link to an area path, not ${href}`);
      await link.click();
      await page.waitForURL((url) => url.pathname !== '/');
      await mainSettled(page);
      await screenshot(page, `shell-${area.shot}`);
    }
  }),
);
