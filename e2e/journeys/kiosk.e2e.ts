import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, grantAndIssue } from '../support/api.js';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import {
  expectWindow,
  KIOSK,
  kioskChecks,
  mapMarker as marker,
  mapRow as row,
  rowNumbers,
  markerNumbers,
  tapKeys,
} from '../support/kiosk.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';

const ITEM = FOOD_LICENCE;
const DEPARTMENT = '市场监督管理局';
/** The kiosk's own idle time (web/src/areas/kiosk/idle.ts). */
const IDLE_MS = 120_000;
// The server unreachable, as the journeys below pretend it is once: the browser logs the refused request.
const unreachable = /ERR_CONNECTION_REFUSED/;
const NOT_FOUND = '办件编号或查询密码不正确';

type Created = { id: string; caseNo: string; queryCode: string };

/** The demo applicant applies online for 食品经营许可 (through the API: applying is not the kiosk's job). */
async function applyForFoodLicence(tag: string): Promise<Created> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  try {
    const guide = await findItem(applicant, ITEM, (name) => name === ITEM);
    return await applyOnline<Created>(applicant, guide, FOOD_FORM, tag);
  } finally {
    await applicant.api.dispose();
  }
}

const REVIEW_OPINION = '审查意见：场所布局符合要求';

/** The demo clerk accepts the case and the approver reviews it (through the API, as officers do). */
async function acceptAndReview(caseId: string): Promise<void> {
  const staff = await Promise.all(['clerk', 'approver'].map((u) => apiLogin('staff', u)));
  const moves = [{ action: 'accept' }, { action: 'review', outcome: 'agree', opinion: REVIEW_OPINION }];
  try {
    for (const [i, who] of staff.entries()) {
      const { version } = (await (await who.api.get(`/api/cases/${caseId}`)).json()) as { version: number };
      const res = await who.api.post(`/api/cases/${caseId}/transitions`, {
        headers: { 'x-csrf-token': who.csrf },
        data: { ...moves[i], version },
      });
      assert.equal(res.status(), 200, `${who.name}: ${await res.text()}`);
    }
  } finally {
    await Promise.all(staff.map((s) => s.api.dispose()));
  }
}

/** The names of the materials the open guide lists, in order. */
const materialNames = (page: Page) => page.locator('[data-testid=guide-materials] tbody th').allInnerTexts();

void test(
  '[R-KIO-1] 办事指南 on the kiosk: by department to 食品经营许可, every section by touch, the same materials as the website',
  { timeout: 180_000 },
  () =>
    journey(
      'kiosk-guide',
      async ({ page }) => {
        const checks = kioskChecks(page);
        await page.goto('/kiosk');
        await expectVisible(page.getByTestId('kiosk-home-screen'), 20_000);
        await expectText(page.getByTestId('kiosk-tile-guide').locator('.tbk-tile__title'), '办事指南');
        await expectText(page.getByTestId('kiosk-tile-status').locator('.tbk-tile__title'), '办件查询');
        await expectText(page.getByTestId('kiosk-tile-announcements').locator('.tbk-tile__title'), '公示公告');
        await checks.screen('home');
        await screenshot(page, 'kiosk-home');

        // The server out of reach: said in Chinese, with 重试, which then works.
        await page.route('**/api/catalogue/facets', (route) => route.abort('connectionrefused'), { times: 1 });
        await page.getByTestId('kiosk-tile-guide').tap();
        await expectVisible(page.getByTestId('kiosk-error'), 15_000);
        assert.match(await page.getByTestId('kiosk-error').innerText(), /加载失败[\s\S]*无法连接服务器/);
        await checks.screen('guide, load failed');
        await screenshot(page, 'kiosk-guide-error');
        await page.getByTestId('kiosk-retry').tap();
        await expectVisible(page.getByTestId('kiosk-facets'), 15_000);
        assert.equal(await page.getByTestId('kiosk-by-department').getAttribute('aria-pressed'), 'true');
        await checks.screen('guide, by department');
        await screenshot(page, 'kiosk-guide-departments');

        await page.getByTestId('kiosk-by-theme').tap();
        await expectVisible(page.locator('[data-testid=kiosk-theme][data-value=开办餐饮店]'));
        await checks.screen('guide, by topic');
        await screenshot(page, 'kiosk-guide-themes');
        await page.getByTestId('kiosk-by-department').tap();

        await page.locator(`[data-testid=kiosk-department][data-value=${DEPARTMENT}]`).tap();
        await expectVisible(page.getByTestId('kiosk-items'), 15_000);
        await expectText(page.locator('#tbk-screen-title'), DEPARTMENT);
        const entry = page.getByTestId('kiosk-item').filter({ has: page.getByText(ITEM, { exact: true }) });
        await expectVisible(entry);
        await checks.screen('guide, items of a department');
        await screenshot(page, 'kiosk-guide-items');

        await entry.tap();
        await expectVisible(page.getByTestId('kiosk-guide'), 15_000);
        await expectText(page.locator('#tbk-screen-title'), ITEM);
        const itemId = /\/kiosk\/guide\/items\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
        assert.ok(itemId, `the guide's address names the item: ${page.url()}`);
        assert.notEqual((await page.getByTestId('kiosk-fact-window').locator('dd').innerText()).trim(), '');
        await checks.screen('guide, basic information');
        await screenshot(page, 'kiosk-guide-item');

        // Every section of the guide, one at a time behind its own button.
        const section = page.getByTestId('kiosk-guide-section');
        for (const id of ['basis', 'conditions', 'materials', 'process', 'limits', 'fees', 'office']) {
          await page.getByTestId(`kiosk-section-${id}`).tap();
          await expectVisible(page.locator(`[data-testid=kiosk-guide-section][data-section=${id}] #guide-${id}`));
          assert.equal(await page.getByTestId(`kiosk-section-${id}`).getAttribute('aria-pressed'), 'true');
          await checks.screen(`guide, section ${id}`);
          await screenshot(page, `kiosk-guide-${id}`);
        }
        await expectText(
          section.getByTestId('guide-window').locator('dd'),
          (await page.getByTestId('kiosk-fact-window').locator('dd').innerText()).trim(),
        );
        await page.getByTestId('kiosk-section-materials').tap();
        await expectVisible(section.getByTestId('guide-materials'));
        const onKiosk = await materialNames(page);
        assert.ok(onKiosk.length >= 4, `the kiosk lists the materials: ${onKiosk.join('、')}`);
        // A kiosk can neither download a form nor dial: no such links on it.
        assert.equal(await section.locator('a[download], a[href^="tel:"]').count(), 0);

        // One level up goes back to the list it came from; 返回首页 goes home.
        await page.getByTestId('kiosk-back').tap();
        await expectVisible(page.getByTestId('kiosk-items'), 15_000);
        await expectText(page.locator('#tbk-screen-title'), DEPARTMENT);
        await page.getByTestId('kiosk-home').tap();
        await expectVisible(page.getByTestId('kiosk-home-screen'));

        // The website shows the same materials, from the same published version.
        await page.goto(`/portal/items/${itemId}`);
        await expectVisible(page.getByTestId('guide-materials'), 15_000);
        assert.deepEqual(await materialNames(page), onKiosk);

        checks.assertNone();
      },
      [unreachable],
      KIOSK,
    ),
);

void test(
  '[R-KIO-3] 办件查询 on the kiosk: number and code tapped on the on-screen keypad; a wrong code and an unknown number get one Chinese answer; a receipt’s link looks up at once',
  { timeout: 180_000 },
  () =>
    journey(
      'kiosk-status',
      async ({ page }) => {
        const created = await applyForFoodLicence('kiosk-status');
        const checks = kioskChecks(page);
        await page.goto('/kiosk');
        await page.getByTestId('kiosk-tile-status').tap();
        await expectVisible(page.getByTestId('kiosk-status'), 20_000);
        assert.equal(await page.getByTestId('kiosk-field-caseNo').getAttribute('aria-pressed'), 'true');
        await checks.screen('status, empty');
        await screenshot(page, 'kiosk-status-empty');

        // Nothing entered: said before anything is sent.
        await page.getByTestId('kiosk-status-submit').tap();
        await expectVisible(page.getByTestId('kiosk-status-error'));
        assert.match(await page.getByTestId('kiosk-status-error').innerText(), /办件编号至少 6 位/);

        // The case number on the digit pad, 下一项, the code on the letter pad; a slip corrected with 退格.
        for (const ch of created.caseNo) await page.locator(`[data-testid=kiosk-key][data-key="${ch}"]`).tap();
        await expectText(page.getByTestId('kiosk-value-caseNo'), created.caseNo);
        assert.equal(await page.getByTestId('kiosk-status-error').count(), 0, 'the hint goes once typing starts');
        await page.getByTestId('kiosk-status-next').tap();
        assert.equal(await page.getByTestId('kiosk-field-queryCode').getAttribute('aria-pressed'), 'true');
        await expectVisible(page.locator('[data-testid=kiosk-key][data-key=A]'));
        assert.equal(await page.locator('[data-testid=kiosk-key][data-key=O]').count(), 0, 'no O in a code');
        for (const ch of created.queryCode.slice(0, -1)) {
          await page.locator(`[data-testid=kiosk-key][data-key="${ch}"]`).tap();
        }
        await page.locator('[data-testid=kiosk-key][data-key=Z]').tap();
        await page.getByTestId('kiosk-key-backspace').tap();
        await page.locator(`[data-testid=kiosk-key][data-key="${created.queryCode.at(-1)}"]`).tap();
        await expectText(page.getByTestId('kiosk-value-queryCode'), created.queryCode);
        await checks.screen('status, typed');
        await screenshot(page, 'kiosk-status-typed');

        await page.getByTestId('kiosk-status-submit').tap();
        await expectVisible(page.getByTestId('status-result'), 15_000);
        await expectText(page.getByTestId('status-item'), ITEM);
        assert.equal(await page.getByTestId('case-status').getAttribute('data-status'), 'submitted');
        await expectText(page.getByTestId('case-status'), '待受理');
        await expectText(page.getByTestId('status-case-no').locator('dd'), created.caseNo);
        await expectText(page.getByTestId('status-department').locator('dd'), DEPARTMENT);
        await expectText(page.getByTestId('status-accepted').locator('dd'), '尚未受理');
        assert.equal(await page.getByTestId('status-stage').count(), 0, 'no step yet before acceptance');
        await expectText(page.getByTestId('status-move').locator('strong'), '提交申请');
        await checks.screen('status, found');
        await screenshot(page, 'kiosk-status-found');

        // A wrong code: the server's one answer, in Chinese, and no result.
        await page.getByTestId('kiosk-status-again').tap();
        await expectVisible(page.getByTestId('kiosk-keypad'));
        await tapKeys(page, 'caseNo', created.caseNo);
        await tapKeys(page, 'queryCode', created.queryCode === 'ZZZZZZZZ' ? 'YYYYYYYY' : 'ZZZZZZZZ');
        await page.getByTestId('kiosk-status-submit').tap();
        await expectVisible(page.getByTestId('kiosk-status-error'), 15_000);
        const wrongCode = (await page.getByTestId('kiosk-status-error').innerText()).replace(/\s+/g, ' ').trim();
        assert.match(wrongCode, new RegExp(`查询失败 ${NOT_FOUND}`));
        assert.equal(await page.getByTestId('status-result').count(), 0);
        await checks.screen('status, wrong code');
        await screenshot(page, 'kiosk-status-wrong-code');

        // An unknown number with the real code: the very same answer (editing clears the old one first).
        await tapKeys(page, 'caseNo', '330900209901010000001');
        assert.equal(await page.getByTestId('kiosk-status-error').count(), 0);
        await tapKeys(page, 'queryCode', created.queryCode);
        await page.getByTestId('kiosk-status-submit').tap();
        await expectText(page.getByTestId('kiosk-status-error'), wrongCode, 15_000);

        // Too many look-ups: the server's own words are shown (stubbed with the body the server's
        // rate limit sends; reaching the real limit would take hundreds of requests).
        await page.route(
          '**/api/case-status?*',
          (route) =>
            route.fulfill({
              status: 429,
              json: { error: { code: 'request.rate_limited', message: '请求过于频繁，请稍后再试', details: null } },
            }),
          { times: 1 },
        );
        await page.getByTestId('kiosk-key-backspace').tap();
        await page.locator(`[data-testid=kiosk-key][data-key="${created.queryCode.at(-1)}"]`).tap();
        await page.getByTestId('kiosk-status-submit').tap();
        await expectText(page.getByTestId('kiosk-status-error'), '查询失败 请求过于频繁，请稍后再试', 15_000);

        // Accepted and reviewed meanwhile. A receipt's QR code opens the look-up with both filled in
        // (the code in lower case too): the stage is 决定, the moves newest first, no opinion shown.
        await acceptAndReview(created.id);
        await page.goto(`/kiosk/status?caseNo=${created.caseNo}&code=${created.queryCode.toLowerCase()}`);
        await expectVisible(page.getByTestId('status-result'), 20_000);
        await expectText(page.getByTestId('status-case-no').locator('dd'), created.caseNo);
        await expectText(page.getByTestId('status-stage').locator('dd'), '决定');
        const moves = page.getByTestId('status-move');
        assert.deepEqual(await moves.evaluateAll((m) => m.map((e) => e.getAttribute('data-action'))), [
          'review',
          'accept',
          'submit',
        ]);
        await expectText(moves.first().locator('strong'), '审查');
        assert.doesNotMatch(await page.getByTestId('status-result').innerText(), new RegExp(REVIEW_OPINION));
        await checks.screen('status, progress');
        await screenshot(page, 'kiosk-status-progress');
        await page.getByTestId('kiosk-home').tap();
        await expectVisible(page.getByTestId('kiosk-home-screen'));

        checks.assertNone();
      },
      // A look-up that finds nothing answers 404, one refused as too many 429; the browser logs both.
      [/status of 404/, /status of 429/],
      KIOSK,
    ),
);

/** A page of made-up announcements, for the paging of a list longer than this database's. */
function fakePage(page: number) {
  const items = Array.from({ length: page < 3 ? 5 : 2 }, (_, i) => ({
    certificateNo: `KIOSK-E2E-${page}-${i + 1}`,
    certificateType: '食品经营许可证',
    holderName: `舟山示例餐饮有限公司（第 ${page} 页第 ${i + 1} 条）`,
    itemName: ITEM,
    issuer: '舟山市市场监督管理局',
    decidedOn: '2026-01-15',
    validUntil: null,
  }));
  return { total: 12, page, pageSize: 5, items };
}

void test(
  '[R-KIO-2] 公示公告 on the kiosk: the website’s licence announcements in large type, paged by touch; empty and failed loads said in Chinese',
  { timeout: 240_000 },
  () =>
    journey(
      'kiosk-announcements',
      async ({ page }) => {
        const created = await applyForFoodLicence('kiosk-announcements');
        const staff = await Promise.all(['clerk', 'approver', 'depthead'].map((u) => apiLogin('staff', u)));
        let certificateNo: string;
        try {
          await grantAndIssue(created.id, staff);
          certificateNo = (await (await staff[0]!.api.get(`/api/cases/${created.id}`)).json()).certificateNo;
        } finally {
          for (const s of staff) await s.api.dispose();
        }
        assert.ok(certificateNo, 'the case has its certificate');
        const checks = kioskChecks(page);
        const open = async () => {
          await page.goto('/kiosk');
          await page.getByTestId('kiosk-tile-announcements').tap();
          await expectVisible(page.getByTestId('kiosk-announcements'), 20_000);
        };

        // Empty, as a kiosk sees it before anything is granted (stubbed: this database has grants).
        await page.route('**/api/announcements?*', (route) =>
          route.fulfill({ json: { total: 0, page: 1, pageSize: 5, items: [] } }),
        );
        await open();
        await expectVisible(page.getByTestId('kiosk-announcements-empty'));
        await expectText(page.getByTestId('kiosk-announcements-empty'), '暂无公示信息。');
        await checks.screen('announcements, empty');
        await screenshot(page, 'kiosk-announcements-empty');
        await page.unrouteAll();

        // The server out of reach, then 重试.
        await page.route('**/api/announcements?*', (route) => route.abort('connectionrefused'), { times: 1 });
        await page.getByTestId('kiosk-home').tap();
        await page.getByTestId('kiosk-tile-announcements').tap();
        await expectVisible(page.getByTestId('kiosk-error'), 15_000);
        assert.match(await page.getByTestId('kiosk-error').innerText(), /加载失败[\s\S]*无法连接服务器/);
        await checks.screen('announcements, load failed');
        await screenshot(page, 'kiosk-announcements-error');
        await page.getByTestId('kiosk-retry').tap();
        await expectVisible(page.getByTestId('kiosk-announcement').first(), 15_000);

        // The grant just made is published, newest first; found by paging if others came the same day.
        const ours = page.locator(`[data-testid=kiosk-announcement][data-certificate-no="${certificateNo}"]`);
        for (let turns = 0; (await ours.count()) === 0; turns += 1) {
          assert.ok(turns < 20 && (await page.getByTestId('kiosk-next').isEnabled()), `${certificateNo} is listed`);
          const where = await page.getByTestId('kiosk-page').innerText();
          await page.getByTestId('kiosk-next').tap();
          // The number changes with the cards: once it has, the next page is the one shown.
          await page.waitForFunction(
            (before) => document.querySelector('[data-testid=kiosk-page]')?.textContent !== before,
            where,
          );
        }
        // The holder as the website publishes them (a person's name masked), under the item's name.
        assert.match(
          await ours.innerText(),
          new RegExp(`^${ITEM}\\s+持证人\\s+林\\*[\\s\\S]*证照编号\\s+${certificateNo}`),
        );
        await checks.screen('announcements');
        await screenshot(page, 'kiosk-announcements');

        // A longer list pages by touch (stubbed: 12 announcements, 5 a page).
        await page.route('**/api/announcements?*', (route) =>
          route.fulfill({ json: fakePage(Number(new URL(route.request().url()).searchParams.get('page'))) }),
        );
        await open();
        await expectText(page.getByTestId('kiosk-page'), '第 1 / 3 页');
        assert.equal(await page.getByTestId('kiosk-prev').isDisabled(), true);
        await page.getByTestId('kiosk-next').tap();
        await expectText(page.getByTestId('kiosk-page'), '第 2 / 3 页');
        await expectVisible(page.locator('[data-testid=kiosk-announcement][data-certificate-no=KIOSK-E2E-2-1]'));
        await checks.screen('announcements, page 2');
        await page.getByTestId('kiosk-next').tap();
        // The page number follows the cards shown (it changes when the new page has arrived).
        await expectText(page.getByTestId('kiosk-page'), '第 3 / 3 页');
        assert.equal(await page.getByTestId('kiosk-announcement').count(), 2);
        assert.equal(await page.getByTestId('kiosk-next').isDisabled(), true);
        await screenshot(page, 'kiosk-announcements-last-page');
        await page.getByTestId('kiosk-prev').tap();
        await expectText(page.getByTestId('kiosk-page'), '第 2 / 3 页');
        await page.unrouteAll();

        checks.assertNone();
      },
      [unreachable],
      KIOSK,
    ),
);

/** The demo's city hall (server/src/seed/demo.ts): twelve windows a floor, numbered in department order. */
const FLOOR_1 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const FLOOR_2 = ['13', '14', '15', '16'];
void test(
  '[R-KIO-4] 窗口分布 on the kiosk: the hall’s plan a floor at a time, a window’s details by tapping its marker or its row; from 食品经营许可’s guide to window 08 lit on the map',
  { timeout: 180_000 },
  () =>
    journey(
      'kiosk-map',
      async ({ page }) => {
        const checks = kioskChecks(page);
        await page.goto('/kiosk');
        await expectVisible(page.getByTestId('kiosk-home-screen'), 20_000);
        await expectText(page.getByTestId('kiosk-tile-map').locator('.tbk-tile__title'), '窗口分布');
        await checks.screen('home, four tiles');
        await screenshot(page, 'kiosk-map-home');

        // The server out of reach, then 重试.
        await page.route('**/api/org/centres/*/windows', (route) => route.abort('connectionrefused'), { times: 1 });
        await page.getByTestId('kiosk-tile-map').tap();
        await expectVisible(page.getByTestId('kiosk-error'), 15_000);
        assert.match(await page.getByTestId('kiosk-error').innerText(), /加载失败[\s\S]*无法连接服务器/);
        await checks.screen('map, load failed');
        await screenshot(page, 'kiosk-map-error');
        await page.getByTestId('kiosk-retry').tap();
        await expectVisible(page.getByTestId('kiosk-map-plan'), 15_000);

        // Floor 1 first, its windows on the plan and in the list, by number; nothing chosen yet.
        await expectText(page.locator('#tbk-screen-title'), '窗口分布');
        assert.match(await page.locator('.tbk-screen__lead').innerText(), /^舟山市行政审批服务中心办事大厅。/);
        assert.deepEqual(await page.getByTestId('kiosk-floor').evaluateAll((els) => els.map((el) => el.textContent)), [
          '1F 1 楼',
          '2F 2 楼',
        ]);
        assert.equal(
          await page.locator('[data-testid=kiosk-floor][data-floor="1"]').getAttribute('aria-pressed'),
          'true',
        );
        assert.equal(await page.getByTestId('kiosk-map-plan').getAttribute('data-floor'), '1');
        assert.deepEqual((await markerNumbers(page)).sort(), FLOOR_1);
        assert.deepEqual(await rowNumbers(page), FLOOR_1, 'the list is ordered by number');
        await expectText(row(page, '08').locator('.tbk-window-row__department'), '市场监督管理局');
        await expectText(row(page, '11').locator('.tbk-window-row__department'), '消防救援支队');
        await expectText(
          page.getByTestId('kiosk-window-details'),
          '请点按平面图上的窗口编号，或在下方列表中点选窗口。',
        );
        await checks.screen('map, floor 1');
        await screenshot(page, 'kiosk-map');

        // A tap on a marker shows its window; a tap on a row of the list another.
        await marker(page, '11').tap();
        await expectWindow(page, '11', '消防救援支队', '1 楼');
        await row(page, '08').tap();
        await expectWindow(page, '08', '市场监督管理局', '1 楼');
        // A kiosk cannot dial: no tel: link (the demo's windows have no telephone of their own).
        assert.equal(await page.locator('.tb-kiosk a[href^="tel:"]').count(), 0);
        await checks.screen('map, a window chosen');
        await screenshot(page, 'kiosk-map-window');

        // The second floor: its own windows, the choice of the first floor gone.
        await page.locator('[data-testid=kiosk-floor][data-floor="2"]').tap();
        await expectVisible(page.locator('[data-testid=kiosk-map-plan][data-floor="2"]'));
        assert.equal(
          await page.locator('[data-testid=kiosk-floor][data-floor="2"]').getAttribute('aria-pressed'),
          'true',
        );
        assert.deepEqual(await rowNumbers(page), FLOOR_2);
        assert.equal(await page.getByTestId('kiosk-window-details').getAttribute('data-number'), null);
        await marker(page, '14').tap();
        await expectWindow(page, '14', '综合行政执法局', '2 楼');
        await checks.screen('map, floor 2');
        await screenshot(page, 'kiosk-map-floor-2');

        // In English: the department's English name, the window's own name as the data has it.
        await page.getByTestId('lang-switch').tap();
        await expectText(page.locator('#tbk-screen-title'), 'Hall map');
        await expectText(
          page.getByTestId('kiosk-window-department').locator('dd'),
          'Comprehensive Law Enforcement Bureau',
        );
        await expectText(page.getByTestId('kiosk-window-floor').locator('dd'), 'Floor 2');
        await checks.screen('map, English');
        await screenshot(page, 'kiosk-map-en');
        await page.getByTestId('lang-switch').tap();
        await expectText(page.locator('#tbk-screen-title'), '窗口分布');

        // A centre with no window placed yet (stubbed: the demo places them all).
        await page.route('**/api/org/centres/*/windows', (route) => route.fulfill({ json: [] }));
        await page.getByTestId('kiosk-home').tap();
        await page.getByTestId('kiosk-tile-map').tap();
        await expectText(page.getByTestId('kiosk-map-empty'), '本中心尚未标注窗口位置', 15_000);
        await checks.screen('map, empty');
        await screenshot(page, 'kiosk-map-empty');
        await page.unrouteAll();

        // From 食品经营许可's guide: 在地图上查看 opens the map on window 08, lit; one step back returns.
        await page.getByTestId('kiosk-home').tap();
        await page.getByTestId('kiosk-tile-guide').tap();
        await page.locator(`[data-testid=kiosk-department][data-value=${DEPARTMENT}]`).tap();
        await page
          .getByTestId('kiosk-item')
          .filter({ has: page.getByText(ITEM, { exact: true }) })
          .tap();
        await expectText(page.locator('#tbk-screen-title'), ITEM, 15_000);
        await expectText(page.getByTestId('kiosk-fact-window').locator('dd'), `08号窗口（${DEPARTMENT}）`);
        const toMap = page.getByTestId('kiosk-guide-map');
        await expectText(toMap, '在地图上查看', 15_000);
        await checks.screen('guide with the way to the map');
        await screenshot(page, 'kiosk-map-guide-button');
        await toMap.tap();
        await expectVisible(page.locator('[data-testid=kiosk-map-plan][data-floor="1"]'), 15_000);
        await expectWindow(page, '08', DEPARTMENT, '1 楼');
        await checks.screen('map, from a guide');
        await screenshot(page, 'kiosk-map-from-guide');
        await page.getByTestId('kiosk-back').tap();
        await expectText(page.locator('#tbk-screen-title'), ITEM, 15_000);

        // A county hall's kiosk, started at ?centre=<division code>, keeps to its hall after going home.
        await page.goto('/kiosk?centre=330902');
        // Its header names the county's centre, not the site's (the city's).
        await expectText(page.locator('.tb-kiosk__centre'), '定海区行政服务中心', 15_000);
        await page.getByTestId('kiosk-tile-map').tap();
        await expectVisible(page.getByTestId('kiosk-map-plan'), 15_000);
        assert.match(await page.locator('.tbk-screen__lead').innerText(), /^定海区行政服务中心办事大厅。/);
        assert.deepEqual(await rowNumbers(page), ['01', '02', '03', '04', '05', '06']);
        assert.equal(await page.getByTestId('kiosk-floor').count(), 0, 'one floor: no floor buttons');
        await row(page, '02').tap();
        await expectWindow(page, '02', DEPARTMENT, '1 楼');
        await screenshot(page, 'kiosk-map-county');

        checks.assertNone();
      },
      [unreachable],
      KIOSK,
    ),
);

void test(
  '[R-KIO-1] the kiosk goes back to its home screen in Chinese after two minutes without a touch, and not while in use',
  { timeout: 120_000 },
  () =>
    journey(
      'kiosk-idle',
      async ({ page }) => {
        // Playwright's clock stands in for the two minutes: the kiosk's own timer, sped up from outside.
        await page.clock.install();
        await page.goto('/kiosk');
        await page.getByTestId('kiosk-tile-guide').tap();
        await expectVisible(page.getByTestId('kiosk-facets'), 20_000);
        await page.getByTestId('lang-switch').tap();
        await expectText(page.locator('#tbk-screen-title'), 'Service guides');
        await screenshot(page, 'kiosk-guide-en');

        await page.clock.fastForward(IDLE_MS - 10_000);
        await page.getByTestId('kiosk-by-theme').tap(); // a touch: the two minutes start again
        await expectVisible(page.locator('[data-testid=kiosk-by-theme][aria-pressed=true]'));
        await page.clock.fastForward(IDLE_MS - 10_000);
        assert.match(new URL(page.url()).pathname, /^\/kiosk\/guide$/, 'still where the visitor is');
        await expectText(page.locator('#tbk-screen-title'), 'Service guides');

        await page.clock.fastForward(20_000);
        await expectVisible(page.getByTestId('kiosk-home-screen'));
        await expectText(page.locator('#tbk-home-title'), '请选择服务');
        await expectText(page.getByTestId('lang-switch'), 'English');
        assert.equal(new URL(page.url()).pathname, '/kiosk');
      },
      [],
      KIOSK,
    ),
);
