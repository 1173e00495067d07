import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, grantAndIssue, type Caller } from '../support/api.js';
import { pdfText } from '../support/pdf.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

const ITEM = FOOD_LICENCE;
const FORM = FOOD_FORM;

/** The case the first journey granted, for the template preview in the second. */
let grantedCaseId: string | null = null;

type CaseView = { id: string; caseNo: string; status: string; version: number; allowedActions: string[] };
type Notice = { id: string; type: string; title: string; docNo: string; downloadUrl: string };

const login = apiLogin;

/** The applicant applies online for 食品经营许可 with every required material (API). */
async function apply(applicant: Caller): Promise<CaseView> {
  return applyOnline(applicant, await findItem(applicant, ITEM, (name) => name === ITEM), FORM, 'notices');
}

void test(
  '[R-NEW-2] a granted case’s notices print from the case, and the certificate’s code verifies on a phone',
  { timeout: 240_000 },
  () =>
    journey(
      'notices',
      async ({ page, context }) => {
        const applicant = await login('applicant', DEMO_APPLICANT);
        const staff = await Promise.all(['clerk', 'approver', 'depthead'].map((u) => login('staff', u)));
        const created = await apply(applicant);
        await grantAndIssue(created.id, staff);
        grantedCaseId = created.id;

        const clerkApi = staff[0]!;
        const notices = (await (await clerkApi.api.get(`/api/cases/${created.id}/notices`)).json()) as {
          items: Notice[];
        };
        const types = notices.items.map((n) => n.type);
        for (const t of ['acceptance_notice', 'grant_decision', 'certificate'])
          assert.ok(types.includes(t), `a ${t} was issued (saw ${types.join(', ')})`);
        const certificate = notices.items.find((n) => n.type === 'certificate')!;

        // The certificate PDF carries its verification code (under the QR code and in the text).
        const pdfRes = await clerkApi.api.get(certificate.downloadUrl);
        assert.equal(pdfRes.status(), 200);
        assert.match(pdfRes.headers()['content-type'] ?? '', /application\/pdf/);
        const pdf = await pdfRes.body();
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const text = await pdfText(pdf);
        const code = /verify\/([0-9A-Za-z]{6,20})/.exec(text)?.[1] ?? /验证码\s*([0-9A-Z]{6,20})/.exec(text)?.[1];
        assert.ok(code, `the certificate shows its verification code:\n${text.slice(0, 600)}`);

        // The clerk in the browser: the case page's 文书 list (once placed there) prints in one click.
        await staffLogin(page, 'clerk');
        await page.goto(`/workbench/cases/${created.id}`);
        await expectVisible(page.getByTestId('case-page'), 20_000);
        const list = page.getByTestId('case-notices');
        const placed = await list
          .waitFor({ state: 'visible', timeout: 8_000 })
          .then(() => true)
          .catch(() => false);
        if (placed) {
          const row = list.locator('[data-testid=case-notice][data-type=certificate]');
          await expectVisible(row, 15_000);
          await expectText(row.getByTestId('case-notice-docno'), certificate.docNo);
          await list.scrollIntoViewIfNeeded();
          await screenshot(page, 'notices-case-list');
          const [tab] = await Promise.all([context.waitForEvent('page'), row.getByTestId('case-notice-print').click()]);
          await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
          assert.match(tab.url(), new RegExp(`/api/notices/${certificate.id}/pdf$`));
          await tab.close();
        } else {
          // Not on the case page yet: the PDF itself, inline, through the browser's session.
          const res = await page.request.get(certificate.downloadUrl);
          assert.equal(res.status(), 200);
          assert.match(res.headers()['content-disposition'] ?? '', /^inline/);
          assert.equal((await res.body()).subarray(0, 5).toString('latin1'), '%PDF-');
          const download = await page.request.get(`${certificate.downloadUrl}?download=1`);
          assert.match(download.headers()['content-disposition'] ?? '', /^attachment/);
        }

        // Anyone, on a phone, follows the QR code: 有效, and the signature verifies.
        const phone = await context.newPage();
        await phone.setViewportSize({ width: 390, height: 844 });
        await context.clearCookies();
        await phone.goto(`/verify/${code}`);
        const result = phone.getByTestId('verify-result');
        await expectVisible(result, 15_000);
        assert.equal(await result.getAttribute('data-status'), 'valid');
        assert.equal(await result.getAttribute('data-authentic'), 'true');
        await expectText(phone.getByTestId('verify-status'), '有效');
        assert.match(await phone.getByTestId('verify-authentic').innerText(), /已验证（SM2 签名有效）/);
        await screenshot(phone, 'notices-verify-phone');

        // The PDF as issued checks out as authentic; one changed byte does not.
        const upload = phone.locator('[data-testid=verify-document] input[type=file]');
        await upload.setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdf });
        const doc = phone.getByTestId('verify-document-result');
        await expectVisible(doc, 15_000);
        assert.equal(await doc.getAttribute('data-authentic'), 'true');
        assert.match(await doc.innerText(), new RegExp(certificate.docNo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        await screenshot(phone, 'notices-verify-document');
        const tampered = Buffer.from(pdf);
        tampered[tampered.length - 10] = (tampered[tampered.length - 10]! + 1) % 256;
        await upload.setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: tampered });
        await expectVisible(phone.locator('[data-testid=verify-document-result][data-authentic=false]'), 15_000);

        // A code that does not exist says so plainly; the form looks the real one up again.
        await phone.goto('/verify/ZZZZZZZZZZZZ');
        await expectVisible(phone.getByTestId('verify-not-found'), 15_000);
        await screenshot(phone, 'notices-verify-not-found');
        await phone.getByTestId('verify-code').fill(code.toLowerCase());
        await phone.getByTestId('verify-submit').click();
        await expectVisible(phone.locator('[data-testid=verify-result][data-status=valid]'), 15_000);

        // 许可公示 lists the grant.
        await phone.goto('/portal/announcements');
        await expectVisible(phone.getByTestId('announcements-page'));
        await phone.getByTestId('announcements-q').fill(ITEM);
        await phone.getByTestId('announcements-search').click();
        await expectVisible(phone.getByTestId('announcement').first(), 15_000);
        await screenshot(phone, 'notices-announcements-phone');
        await phone.close();

        for (const c of [applicant, ...staff]) await c.api.dispose();
      },
      // A login that asks for TOTP answers 401; a code that does not exist answers 404.
      [...expectedAuthNoise, /status of 404/],
    ),
);

void test(
  '[R-NEW-2] a supervisor edits a notice template: an unknown field is refused where it is, a good one saves as a new version',
  { timeout: 120_000 },
  () =>
    journey(
      'notice-templates',
      async ({ page }) => {
        await staffLogin(page, 'supervisor');
        await page.goto('/supervision');
        await page.getByTestId('link-notice-templates').click();
        await expectVisible(page.getByTestId('template-editor'), 20_000);
        const version = Number(await page.getByTestId('template-editor').getAttribute('data-version'));
        await screenshot(page, 'notices-templates');

        const title = page.locator('[data-path=title]');
        await title.fill('受理通知书{{case.nope}}');
        await page.getByTestId('template-save').click();
        await expectVisible(page.getByTestId('template-problems'), 15_000);
        assert.match(await page.getByTestId('template-problems').innerText(), /标题：不认识的字段 \{\{case\.nope\}\}/);
        await screenshot(page, 'notices-templates-invalid');

        await title.fill('受理通知书');
        await page.getByTestId('template-add-paragraph').click();
        const last = page.locator('[data-testid=template-block][data-kind=paragraph]').last().locator('textarea');
        await last.fill('办件编号：');
        await last.focus();
        await page.getByTestId('template-field').filter({ hasText: '{{case.caseNo}}' }).click();
        assert.equal(await last.inputValue(), '办件编号：{{case.caseNo}}');
        await page.getByTestId('template-save').click();
        await expectVisible(page.locator(`[data-testid=template-editor][data-version="${version + 1}"]`), 15_000);
        assert.ok((await page.getByTestId('template-history').locator('li').count()) >= 1);

        // Preview with a real case: the PDF opens in a new tab from a blob URL.
        if (grantedCaseId) {
          await page.getByTestId('template-preview-case').fill(grantedCaseId);
          const [tab] = await Promise.all([
            page.context().waitForEvent('page'),
            page.getByTestId('template-preview').click(),
          ]);
          await expectVisible(page.getByTestId('template-preview-link'), 15_000);
          await tab.waitForURL(/^blob:/, { timeout: 15_000 });
          await tab.close();
        }
      },
      [...expectedAuthNoise, /status of 400/],
    ),
);
