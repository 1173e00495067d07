import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectText, expectVisible, journey, mainSettled, screenshot } from '../support/browser.js';
import { KIOSK, kioskChecks } from '../support/kiosk.js';
import { pick, staffLogin } from '../support/staff.js';

/** The day in China, as the ownership line prints it. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

void test(
  '[R-WEB-1][R-WEB-6][R-SUP-5] a supervisor publishes a notice kept by window 08; the public portal shows it with its ownership line',
  { timeout: 240_000 },
  () =>
    journey(
      'content',
      async ({ page }) => {
        const title = `关于调整市场监管窗口受理时间的通知 ${Date.now() % 100000}`;
        await staffLogin(page, 'supervisor');
        await page.goto('/supervision');
        await page.getByTestId('link-website').click();
        await expectVisible(page.getByTestId('website-manage-page'), 20_000);
        // The demo website is there, the centre's pages and the windows' own.
        await expectVisible(page.locator('[data-testid=manage-row][data-title="中心办事规则"]'), 15_000);

        await page.getByTestId('article-create').click();
        const form = page.getByTestId('article-form');
        await expectVisible(form);
        await pick(page, 'article-channel', '通知公告');
        await form.getByTestId('article-title-input').fill(title);
        await form
          .getByTestId('article-body-input')
          .fill('自下月起，市场监督管理局窗口每周六上午增设受理时段。\n\n咨询电话：0580-2280108');
        // Sixteen departments and their windows: the owner is found by typing, as a supervisor would.
        const owner = page.getByTestId('article-owner');
        await owner.click();
        await owner.locator('input').fill('08号');
        await pick(page, owner, '08号 市场监督管理局窗口');
        await screenshot(page, 'content-editor');
        await page.getByTestId('article-save').click();

        const row = page.locator(`[data-testid=manage-row][data-title="${title}"]`);
        await expectVisible(row.and(page.locator('[data-status=draft]')), 15_000);
        assert.match(await row.innerText(), /市场监督管理局窗口（08号）/, 'the row names the window that keeps it');
        await row.getByTestId('article-publish').click();
        await expectVisible(
          page.locator(`[data-testid=manage-row][data-title="${title}"][data-status=published]`),
          15_000,
        );
        await screenshot(page, 'content-manage');

        // The public: 信息公开 in the portal's bar, 通知公告, the notice, its ownership line.
        await page.goto('about:blank');
        await page.context().clearCookies();
        await page.goto('/portal');
        await page.getByTestId('portal-nav-disclosure').click();
        await expectVisible(page.getByTestId('disclosure-page'), 15_000);
        await expectVisible(page.getByTestId('article-body').or(page.getByTestId('disclosure-item')).first(), 15_000);
        await screenshot(page, 'content-portal-intro');
        await page.getByTestId('disclosure-tab-notices').click();
        const item = page.getByTestId('disclosure-item').filter({ hasText: title });
        await expectVisible(item, 15_000);
        await item.getByTestId('disclosure-link').click();
        await expectText(page.getByTestId('article-title'), title, 15_000);
        await expectText(
          page.getByTestId('article-ownership'),
          `本页由 市场监督管理局窗口（08号） 负责维护，更新于 ${today()}`,
        );
        assert.equal(await page.getByTestId('article-body').locator('p').count(), 2, 'two paragraphs');

        // 相关链接 at the foot: the city government portal, opening in a new window that cannot reach back.
        const portalLink = page.getByTestId('related-link').filter({ hasText: '舟山市人民政府门户网站' });
        await expectVisible(portalLink);
        assert.equal(await portalLink.getAttribute('href'), 'https://www.zhoushan.gov.cn/');
        assert.equal(await portalLink.getAttribute('rel'), 'noopener noreferrer');
        assert.equal(await portalLink.getAttribute('target'), '_blank');
        await screenshot(page, 'content-portal-article');

        // At 360 px wide, and a channel with nothing in it.
        await page.setViewportSize({ width: 360, height: 780 });
        await page.goto('/portal/disclosure?channel=briefings');
        await expectVisible(page.getByTestId('disclosure-empty'), 15_000);
        await screenshot(page, 'content-portal-360-empty');
        // A withdrawn or unknown article says so, with the way back.
        await page.goto('/portal/disclosure/00000000-0000-4000-8000-000000000000');
        await expectVisible(page.getByTestId('article-not-found'), 15_000);
      },
      [/status of 404/],
    ),
);

void test(
  '[R-KIO-2] the kiosk shows 办事规则, 人员公示 and 联系我们 from the website, a page per screen',
  { timeout: 120_000 },
  () =>
    journey(
      'content-kiosk',
      async ({ page }) => {
        const checks = kioskChecks(page);
        await page.goto('/kiosk');
        await mainSettled(page);
        await checks.screen('home');
        // A failed load is said, with 重试; the next try shows the page.
        await page.route('**/api/content/articles?*', (route) => route.abort('connectionrefused'), { times: 1 });
        await page.getByTestId('kiosk-tile-rules').click();
        await expectVisible(page.getByTestId('kiosk-error'), 15_000);
        await page.getByTestId('kiosk-retry').click();
        await expectText(page.locator('.tbk-article__title'), '中心办事规则', 15_000);
        await checks.screen('rules');
        await page.getByTestId('kiosk-home').click();
        await page.getByTestId('kiosk-tile-staff').click();
        await expectVisible(page.getByTestId('kiosk-article'), 15_000);
        await mainSettled(page);
        await checks.screen('staff');
        const first = await page.locator('.tbk-article__title').innerText();
        await screenshot(page, 'content-kiosk-staff');
        await page.getByTestId('kiosk-next').click();
        await page.locator('.tbk-article__title').filter({ hasNotText: first }).waitFor({ timeout: 15_000 });
        await expectVisible(page.getByTestId('article-ownership'));
        await page.getByTestId('kiosk-home').click();
        await page.getByTestId('kiosk-tile-contacts').click();
        await expectText(page.locator('.tbk-article__title'), '联系我们', 15_000);
        await screenshot(page, 'content-kiosk-contacts');
        await page.goto('/kiosk');
        await mainSettled(page);
        await screenshot(page, 'content-kiosk-home');
        checks.assertNone();
      },
      [/ERR_CONNECTION_REFUSED/],
      KIOSK,
    ),
);

void test(
  '[R-WEB-6][R-WEB-5] a window clerk keeps the window’s own page and reads the internal exchange',
  { timeout: 180_000 },
  () =>
    journey('content-clerk', async ({ page }) => {
      await staffLogin(page, 'clerk');
      await page.goto('/workbench');
      await page.getByTestId('link-website').click();
      await expectVisible(page.getByTestId('website-manage-page'), 20_000);
      // Only window 08's own page, editable, not publishable by the window.
      const row = page.locator('[data-testid=manage-row][data-title="市场监督管理局窗口人员公示"]');
      await expectVisible(row, 15_000);
      for (const text of await page.getByTestId('manage-row').allInnerTexts())
        assert.match(text, /市场监督管理局窗口（08号）/, 'the window sees its own pages only');
      assert.equal(await page.locator('[data-testid=manage-row][data-title="消防救援支队窗口人员公示"]').count(), 0);
      assert.equal(await row.getByTestId('article-publish').count(), 0);
      assert.equal(await row.getByTestId('article-withdraw').count(), 0);
      await row.getByTestId('article-edit').click();
      const body = page.getByTestId('article-body-input');
      await expectVisible(body, 15_000);
      await body.fill('窗口负责人：陈晓燕\n\n窗口经办人：李明\n\n窗口电话：0580-2280108');
      await page.getByTestId('article-save').click();
      await body.waitFor({ state: 'detached', timeout: 15_000 });
      await screenshot(page, 'content-clerk-manage');

      await page.goto('/workbench/internal');
      await expectVisible(page.getByTestId('internal-page'), 15_000);
      const notice = page.getByTestId('internal-row').filter({ hasText: '关于举办“三级联动”系统操作培训的通知' });
      await expectVisible(notice, 15_000);
      await notice.getByTestId('internal-link').click();
      await expectVisible(page.getByTestId('internal-article'), 15_000);
      await expectVisible(page.getByTestId('article-ownership'));
      await screenshot(page, 'content-internal-article');

      // The public sees the window's change at once, still published.
      await page.goto('about:blank');
      await page.context().clearCookies();
      await page.goto('/portal/disclosure?channel=staff');
      await page
        .getByTestId('disclosure-item')
        .filter({ hasText: '市场监督管理局窗口人员公示' })
        .getByTestId('disclosure-link')
        .click();
      await expectVisible(page.getByTestId('article-body').filter({ hasText: '李明' }), 15_000);
    }),
);
