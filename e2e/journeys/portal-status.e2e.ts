import assert from 'node:assert/strict';
import { test } from 'node:test';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { baseUrl, expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { PNG } from '../support/api.js';
import {
  answerSupplement,
  applicantLogin,
  fillFoodForm,
  FOOD_FORM,
  FOOD_LICENCE,
  logInAsApplicant,
  openGuide,
  phone,
  uploadRequired,
} from '../support/portal.js';
import { DEMO_PASSWORD } from '../support/staff.js';

const ITEM = FOOD_LICENCE;
const FORM = FOOD_FORM;
// A failed look-up answers 404 and an expected conflict 409; the browser logs both as console errors.
const expectedNoise = [/status of 404/, /status of 409/];

/** The item and its required materials as published now (another journey may have added one). */
async function item(api: APIRequestContext): Promise<{ id: string; required: string[] }> {
  const page = await (await api.get(`/api/catalogue?q=${encodeURIComponent(ITEM)}`)).json();
  const id = page.items.find((i: { name: string }) => i.name === ITEM)?.itemId as string | undefined;
  assert.ok(id, `${ITEM} is in the demo catalogue`);
  const guide = await (await api.get(`/api/catalogue/items/${id}`)).json();
  const required = (guide.definition.materials as Array<{ key: string; requirement: string }>)
    .filter((m) => m.requirement === 'required')
    .map((m) => m.key);
  return { id, required };
}

/** Submits a complete online application through the API with the page's session. */
async function applyByApi(page: Page): Promise<{ id: string; caseNo: string; queryCode: string }> {
  const api = page.request;
  const me = await (await api.get('/api/auth/me')).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  const { id, required } = await item(api);
  const materials = [];
  for (const key of required) {
    const res = await api.post('/api/uploads', {
      headers,
      multipart: { file: { name: `${key}.png`, mimeType: 'image/png', buffer: PNG } },
    });
    assert.equal(res.status(), 201, await res.text());
    materials.push({ materialKey: key, uploadId: (await res.json()).uploadId });
  }
  const res = await api.post('/api/cases', {
    headers: { ...headers, 'idempotency-key': `e2e-${Date.now()}-${Math.random()}` },
    data: { itemId: id, formData: FORM, materials },
  });
  assert.equal(res.status(), 201, await res.text());
  return (await res.json()) as { id: string; caseNo: string; queryCode: string };
}

/** The demo clerk of 市场监督管理局, in a request context of their own (the browser stays the applicant's). */
async function clerk(): Promise<{ api: APIRequestContext; act: (id: string, body: object) => Promise<void> }> {
  const api = await request.newContext({ baseURL: baseUrl });
  const login = await api.post('/api/auth/staff/login', { data: { username: 'clerk', password: DEMO_PASSWORD } });
  assert.equal(login.status(), 200, await login.text());
  const token = (await login.json()).csrfToken as string;
  return {
    api,
    act: async (id, body) => {
      const { version } = await (await api.get(`/api/cases/${id}`)).json();
      const res = await api.post(`/api/cases/${id}/transitions`, {
        headers: { 'x-csrf-token': token },
        data: { ...body, version },
      });
      assert.equal(res.status(), 200, await res.text());
    },
  };
}

void test(
  '[R-WEB-2][R-WEB-3] 办件查询: anyone looks a case up on a phone by case number and query code; a wrong code is refused',
  { timeout: 120_000 },
  () =>
    journey(
      'portal-status',
      async ({ page, context }) => {
        await phone(page);
        await applicantLogin(page);
        await expectVisible(page.getByTestId('me-name'), 15_000);
        const created = await applyByApi(page);
        assert.match(created.caseNo, /^330900\d{14}$/);
        await context.clearCookies(); // the look-up needs no login

        await page.goto('/portal');
        await page.getByTestId('portal-nav-status').click();
        await expectVisible(page.getByTestId('status-page'));
        await screenshot(page, 'portal-status-empty');
        await page.getByTestId('status-case-no-input').fill(created.caseNo);
        await page.getByTestId('status-query-code-input').fill(created.queryCode);
        await page.getByTestId('status-submit').click();
        await expectVisible(page.getByTestId('status-result'), 15_000);
        await expectText(page.getByTestId('status-item'), ITEM);
        assert.equal(await page.getByTestId('case-status').getAttribute('data-status'), 'submitted');
        await expectText(page.getByTestId('status-case-no').locator('dd'), created.caseNo);
        await expectText(page.getByTestId('status-department').locator('dd'), '市场监督管理局');
        // Not at a step yet: no 当前环节 line; 办理过程 has the submission only.
        assert.equal(await page.getByTestId('status-stage').count(), 0);
        await expectText(page.getByTestId('status-move').locator('strong'), '提交申请');
        await screenshot(page, 'portal-status-found');

        // A wrong code: the server's one answer for "no such case" and "wrong code", no result shown.
        const wrong = created.queryCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
        await page.getByTestId('status-query-code-input').fill(wrong);
        await page.getByTestId('status-submit').click();
        await expectVisible(page.getByTestId('status-error'), 15_000);
        assert.match(await page.getByTestId('status-error').innerText(), /办件编号或查询密码不正确/);
        assert.equal(await page.getByTestId('status-result').count(), 0);
        await screenshot(page, 'portal-status-failed');

        // The window accepts (with a note the public must not see). The link a receipt or the kiosk
        // carries fills the form and looks up at once: now at the demo item's review step, two moves, no note.
        const window = await clerk();
        try {
          await window.act(created.id, { action: 'accept', note: '受理备注：现场核验通过' });
        } finally {
          await window.api.dispose();
        }
        await page.goto(`/portal/status?caseNo=${created.caseNo}&queryCode=${created.queryCode}`);
        await expectVisible(page.getByTestId('status-result'), 15_000);
        assert.equal(await page.getByTestId('status-case-no-input').inputValue(), created.caseNo);
        await expectText(page.getByTestId('status-stage'), '当前环节 材料审查及现场核查');
        const moves = page.getByTestId('status-move');
        assert.deepEqual(await moves.evaluateAll((m) => m.map((e) => e.getAttribute('data-action'))), [
          'submit',
          'accept',
        ]);
        await expectText(moves.nth(1).locator('strong'), '受理');
        await expectText(moves.nth(1).locator('.tbs-move__status'), '→ 审查中');
        const shown = await page.getByTestId('status-result').innerText();
        assert.doesNotMatch(shown, /受理备注|现场核验/);
        await screenshot(page, 'portal-status-progress');

        // In English the item and its department carry their English names (the data has them).
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByTestId('lang-switch').click();
        await expectText(page.getByTestId('status-item'), 'Food business licence');
        await expectText(page.getByTestId('status-department').locator('dd'), 'Market Regulation Bureau');
        await expectText(page.getByTestId('status-stage').locator('dt'), 'Current stage');
        await expectText(page.getByTestId('status-move').nth(1).locator('strong'), 'Accepted');
        await screenshot(page, 'portal-status-found-en');
      },
      expectedNoise,
    ),
);

void test(
  '[R-APP-1][R-WEB-3] an applicant applies online on a phone: the form, uploads, a draft, one submission, then 我的办件',
  { timeout: 180_000 },
  () =>
    journey(
      'portal-apply',
      async ({ page }) => {
        await phone(page);
        await openGuide(page, ITEM);
        // Not logged in: 网上申报 goes to the login page and comes back to the application.
        await page.getByTestId('apply-online').click();
        await logInAsApplicant(page);
        await expectVisible(page.getByTestId('application-form'), 15_000);
        assert.match(page.url(), /\/portal\/items\/[0-9a-f-]+\/apply/);

        // Submitting an empty form is stopped in the browser, every problem shown at its field.
        await page.getByTestId('apply-submit').click();
        await expectVisible(page.getByTestId('apply-problem'));
        await expectVisible(page.getByTestId('apply-missing'));
        await screenshot(page, 'portal-apply-invalid');

        await fillFoodForm(page, FORM);
        await page
          .getByTestId('material-input-application')
          .setInputFiles({ name: '申请书.png', mimeType: 'image/png', buffer: PNG });
        // A file that is not a scan is refused before it is sent, with its name.
        await page
          .getByTestId('material-input-identity')
          .setInputFiles({ name: '身份证.txt', mimeType: 'text/plain', buffer: Buffer.from('text') });
        await expectVisible(page.locator('[data-testid=material][data-key=identity] [role=alert]'));
        await expectVisible(page.locator('[data-testid=material][data-key=application][data-count="1"]'), 15_000);

        // 保存草稿: the address now names the draft, so a reload comes back to it.
        await page.getByTestId('apply-save').click();
        await expectVisible(page.getByTestId('draft-status').getByText('草稿已保存'), 15_000);
        const draftId = new URL(page.url()).searchParams.get('draft');
        assert.match(draftId ?? '', /^[0-9a-f-]{36}$/);
        await page.reload();
        await expectVisible(page.locator('[data-testid=material][data-key=application][data-count="1"]'), 15_000);
        assert.equal(await page.getByTestId('apply-creditCode').inputValue(), FORM.creditCode);

        const n = (await uploadRequired(page, ['application'])).length;
        await screenshot(page, 'portal-apply-ready');

        // A double click sends one application (the button locks at once; the key is reused on retry).
        await page.getByTestId('apply-submit').dblclick();
        await expectVisible(page.getByTestId('apply-done'), 20_000);
        const caseNo = (await page.getByTestId('done-case-no').innerText()).trim();
        assert.match(caseNo, /^330900\d{14}$/);
        assert.match((await page.getByTestId('done-query-code').innerText()).trim(), /^[0-9A-Z]{6,}$/);
        await screenshot(page, 'portal-apply-done');

        await page.getByTestId('done-open-case').click();
        await expectVisible(page.getByTestId('case-detail'), 15_000);
        await expectText(page.getByTestId('case-no'), caseNo);
        assert.equal(await page.getByTestId('case-material').count(), n);
        await screenshot(page, 'portal-case-submitted');

        await page.getByTestId('portal-nav-my-cases').click();
        await expectVisible(page.getByTestId('my-cases'), 15_000);
        assert.equal(await page.locator(`[data-testid=my-case][data-case-no="${caseNo}"]`).count(), 1, 'sent once');
        await page.getByTestId('tab-drafts').click();
        await expectVisible(page.locator('[data-testid=drafts], [data-testid=drafts-empty]'));
        assert.equal(
          await page.locator(`[data-testid=draft][data-draft-id="${draftId}"]`).count(),
          0,
          'the draft went with the submission',
        );
        await page.getByTestId('tab-cases').click();
        await screenshot(page, 'portal-my-cases');
      },
      expectedNoise,
    ),
);

void test(
  '[R-APP-3][R-LAW-2] the applicant answers a one-time supplement notice from the case page; a stale page is told to reload',
  { timeout: 180_000 },
  () =>
    journey(
      'portal-supplement',
      async ({ page }) => {
        await phone(page);
        await applicantLogin(page);
        await expectVisible(page.getByTestId('me-name'), 15_000);
        const created = await applyByApi(page);
        const window = await clerk();
        try {
          await window.act(created.id, {
            action: 'request_supplement',
            items: [
              { materialKey: 'layout', problem: '平面布局图未标明更衣区位置，请补充标注' },
              { materialKey: null, problem: '联系电话无法接通，请在补正说明中提供备用电话' },
            ],
          });
          await page.goto('/portal/my/cases');
          await page.getByTestId('tab-messages').click();
          const message = page
            .locator('[data-testid=message][data-event="case.request_supplement"]')
            .filter({ hasText: created.caseNo });
          await expectVisible(message, 15_000);
          await page.goto(`/portal/my/cases/${created.id}`);
          await expectVisible(page.getByTestId('supplement-panel'), 15_000);
          assert.equal(await page.getByTestId('supplement-asked').locator('li').count(), 2);
          await expectVisible(page.getByTestId('supplement-items'));
          await screenshot(page, 'portal-case-supplement');

          await answerSupplement(page, 'layout', '平面布局图-更正.png', '备用电话 0580-2021234');

          // The window accepts while the applicant's page still shows the old version: withdrawing
          // from it is refused as a conflict and the page reloads to what is true now.
          await window.act(created.id, { action: 'accept' });
          await page.getByTestId('withdraw-open').click();
          await page.getByTestId('withdraw-reason').fill('经营场所变更');
          await page.getByTestId('withdraw-confirm').click();
          await expectVisible(page.getByText('办件已被他人更新，请刷新后重试'), 15_000);
          await expectVisible(page.locator('[data-testid=case-status][data-status=in_review]'), 15_000);
          await screenshot(page, 'portal-case-conflict');
        } finally {
          await window.api.dispose();
        }
      },
      expectedNoise,
    ),
);
