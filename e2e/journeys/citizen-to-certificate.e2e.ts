import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { collectAtWindow, priceCase } from '../support/fees.js';
import { pdfText } from '../support/pdf.js';
import {
  answerSupplement,
  fillFoodForm,
  logInAsApplicant,
  openGuide,
  FOOD_FORM,
  FOOD_LICENCE,
  uploadRequired,
} from '../support/portal.js';
import { expectedAuthNoise, pick } from '../support/staff.js';
import { atAnotherDesk, move, openFromTodo } from '../support/workbench.js';

/**
 * Issue 5, journey 1, all of it in the browser: 林海 applies online for the city's 食品经营许可; the
 * 市场监督管理局 window (clerk) asks once for a supplement, then accepts; the department's approver
 * reviews (approver), its head grants (depthead); the window issues the certificate; 林海 finds the
 * case 已办结 on 我的办件 with the decision and downloads the certificate.
 */
const NAME = 'citizen-to-certificate';
const ITEM = FOOD_LICENCE;
const LAYOUT = 'layout'; // 经营场所平面布局图、设备布局图及操作流程说明
const PROBLEM = '平面布局图未标明更衣区位置，请补充标注后重新上传';
const GRANT_REASONS = '经审查，申请材料齐全，现场核查符合《食品安全法》第三十三条规定的条件，准予许可。';

/** The last day of a five-year licence granted today (Asia/Shanghai, as the officers see it). */
function fiveYearsOn(): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  const end = new Date(today.getFullYear() + 5, today.getMonth(), today.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
}

const shot = (page: Page, step: string) => screenshot(page, `${NAME}-${step}`);

/** 我的办件 → the case's card (in 办理中 or 已办结) → its page. */
async function openMyCase(page: Page, caseNo: string, done: boolean): Promise<void> {
  await page.getByTestId('portal-nav-my-cases').click();
  await expectVisible(page.getByTestId('my-cases-page'), 15_000);
  if (done) await page.getByTestId('view-done').click();
  const card = page.locator(`[data-testid=my-case][data-case-no="${caseNo}"]`);
  await expectVisible(card, 15_000);
}

void test(
  '[R-APP-1][R-APP-2][R-APP-3][R-LAW-2][R-LAW-6][R-NEW-2] 食品经营许可 from the online application to the certificate, in the browser: apply, 补正, 受理, 审查, 准予许可, 发证, 已办结 and the certificate PDF on 我的办件',
  { timeout: 120_000 },
  () =>
    journey(
      NAME,
      async ({ page }) => {
        // 1. The citizen finds the item's guide on the portal and applies online (logging in on the way).
        await openGuide(page, ITEM);
        // The guide says whether the item costs anything: a fee is priced and paid before the certificate.
        const fees = page.locator('[data-testid=guide-fees], [data-testid=guide-free]');
        await expectVisible(fees);
        const hasFees = (await fees.getAttribute('data-testid')) === 'guide-fees';
        await shot(page, '01-guide');
        await page.getByTestId('apply-online').click();
        await logInAsApplicant(page);
        await expectVisible(page.getByTestId('application-form'), 15_000);

        await fillFoodForm(page);
        const required = await uploadRequired(page);
        assert.ok(required.includes(LAYOUT), `the layout plan is required, saw ${required.join(', ')}`);
        await shot(page, '02-apply-ready');
        await page.getByTestId('apply-submit').click();
        await expectVisible(page.getByTestId('apply-done'), 20_000);
        const caseNo = (await page.getByTestId('done-case-no').innerText()).trim();
        assert.match(caseNo, /^330900\d{14}$/);
        await shot(page, '03-submitted');
        await page.getByTestId('done-open-case').click();
        await expectVisible(page.getByTestId('case-detail'), 15_000);
        await expectVisible(page.locator('[data-testid=case-status][data-status=submitted]'));
        const casePath = new URL(page.url()).pathname;

        // 2. The window finds it in its to-do queue and asks, once, for a better layout plan (补正).
        // The clerk's desk stays open to the end: it accepts after the supplement and issues at the end.
        const certificateNo = await atAnotherDesk(`${NAME}-clerk`, 'clerk', async (clerk) => {
          await openFromTodo(clerk, caseNo);
          await expectText(clerk.getByTestId('case-header').getByTestId('case-status'), '待受理');
          await shot(clerk, '04-clerk-case');
          await move(
            clerk,
            'request_supplement',
            async () => {
              const row = clerk.getByTestId('supplement-item');
              assert.equal(await row.count(), 1, 'every required material came in: one row to fill');
              await pick(clerk, row.getByTestId('supplement-material'), '平面布局图');
              await row.getByTestId('supplement-problem').fill(PROBLEM);
            },
            'supplement',
            `${NAME}-05-clerk-supplement-dialog`,
          );
          await expectText(clerk.getByTestId('case-header').getByTestId('case-status'), '待补正');
          await expectVisible(clerk.locator('[data-testid=case-event][data-action=request_supplement]'));
          await expectVisible(clerk.locator('[data-testid=case-notice][data-type=supplement_notice]'), 15_000);
          await shot(clerk, '06-clerk-supplement-sent');

          // 3. The citizen sees what to do on 我的办件 and supplements the one material asked for.
          await openMyCase(page, caseNo, false);
          const card = page.locator(`[data-testid=my-case][data-case-no="${caseNo}"]`);
          await expectVisible(card.locator('[data-testid=case-status][data-status=supplement]'));
          await expectVisible(card.getByTestId('my-case-todo'));
          await shot(page, '07-my-cases-supplement');
          await card.locator('a').click();
          await expectVisible(page.getByTestId('supplement-panel'), 15_000);
          const asked = page.getByTestId('supplement-asked').locator('li');
          assert.equal(await asked.count(), 1);
          assert.match(await asked.innerText(), new RegExp(PROBLEM));
          await shot(page, '08-supplement-panel');
          await answerSupplement(page, LAYOUT, '平面布局图-标注更衣区.png', '已在平面布局图中标注更衣区位置。');
          await shot(page, '09-supplemented');

          // 4. The window, back in its queue, accepts (受理).
          await openFromTodo(clerk, caseNo);
          await expectText(clerk.getByTestId('materials-summary'), '必交材料齐全');
          await move(
            clerk,
            'accept',
            () => clerk.getByTestId('action-note').fill('补正后材料齐全，予以受理'),
            'in_review',
          );
          await expectText(clerk.getByTestId('case-header').getByTestId('case-status'), '审查中');
          await expectVisible(clerk.locator('[data-testid=case-notice][data-type=acceptance_notice]'), 15_000);
          await shot(clerk, '10-clerk-accepted');

          // 5. The department's approver reviews (材料审查及现场核查) and agrees; 6. its head decides:
          // 准予许可, valid for five years. One back-office desk, handed from one to the other.
          await atAnotherDesk(`${NAME}-back-office`, 'approver', async (office, handOver) => {
            await openFromTodo(office, caseNo);
            await expectVisible(office.locator('[data-testid=case-step][data-key=review][data-status=active]'));
            await move(
              office,
              'review',
              () => office.getByTestId('action-opinion').fill('材料齐全，经现场核查，经营场所布局合理，同意准予许可。'),
              'in_review',
              `${NAME}-11-approver-review-dialog`,
            );
            await expectVisible(office.locator('[data-testid=case-step][data-key=review][data-status=done]'), 15_000);
            await expectVisible(office.locator('[data-testid=case-step][data-key=decide][data-status=active]'));
            await shot(office, '12-approver-reviewed');

            await handOver('depthead');
            await openFromTodo(office, caseNo);
            await move(
              office,
              'decide',
              async () => {
                await office.getByTestId('decide-outcome').getByText('准予许可').click();
                await office.getByTestId('action-reasons').fill(GRANT_REASONS);
                await office.getByTestId('decide-valid-until').fill(fiveYearsOn());
              },
              'granted',
              `${NAME}-13-head-decide-dialog`,
            );
            await expectText(office.getByTestId('decision-outcome'), '准予许可');
            await expectVisible(office.locator('[data-testid=case-notice][data-type=grant_decision]'), 15_000);
            await shot(office, '14-head-granted');
          });

          // 7. The window issues the certificate; a fee, if the item has one, is priced and paid first.
          await openFromTodo(clerk, caseNo);
          await expectText(clerk.getByTestId('case-header').getByTestId('case-status'), '准予许可');
          // The clock now counts to the certificate's deadline (10 working days from the grant).
          const due = clerk.locator('[data-testid=case-governing][data-kind=certificate]');
          await expectVisible(due);
          assert.match(await due.innerText(), /发证期限\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
          if (hasFees) {
            await priceCase(clerk);
            await collectAtWindow(clerk);
            await shot(clerk, '15a-clerk-paid');
          }
          await move(clerk, 'issue_certificate', async () => undefined, 'concluded');
          await expectText(clerk.getByTestId('case-header').getByTestId('case-status'), '已办结');
          const no = (await clerk.getByTestId('certificate-no').innerText()).trim();
          assert.ok(no.length > 0, 'the certificate has a number');
          await expectVisible(clerk.locator('[data-testid=case-notice][data-type=certificate]'), 15_000);
          await shot(clerk, '15-clerk-issued');
          return no;
        });

        // 8. The citizen: 已办结 on 我的办件, the decision, the certificate, and its PDF downloaded.
        await openMyCase(page, caseNo, true);
        const card = page.locator(`[data-testid=my-case][data-case-no="${caseNo}"]`);
        await expectVisible(card.locator('[data-testid=case-status][data-status=concluded]'));
        await expectText(card.getByTestId('case-status'), '已办结');
        await shot(page, '16-my-cases-concluded');
        await card.locator('a').click();
        await expectVisible(page.getByTestId('case-detail'), 15_000);
        assert.equal(new URL(page.url()).pathname, casePath);
        await expectText(page.getByTestId('case-detail').locator('header').getByTestId('case-status'), '已办结');
        const decision = page.getByTestId('case-decision');
        await expectVisible(decision);
        assert.match(await decision.innerText(), /准予许可/);
        assert.match(await decision.innerText(), new RegExp(GRANT_REASONS.slice(0, 10)));
        await expectText(page.getByTestId('case-certificate-no').locator('dd'), certificateNo);
        const certificate = page.locator('[data-testid=case-notice][data-type=certificate]');
        await expectVisible(certificate, 15_000);
        await page.getByTestId('case-decision').scrollIntoViewIfNeeded();
        await shot(page, '17-case-concluded');

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          certificate.getByTestId('case-notice-download').click(),
        ]);
        const file = await download.path();
        const pdf = await fs.readFile(file);
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the certificate downloads as a PDF');
        assert.match(download.suggestedFilename(), /\.pdf$/);
        const text = (await pdfText(pdf)).replace(/\s+/g, '');
        // 林海 applied in his own name (以个人名义申报): the licence is his, for the item, under its number.
        for (const expected of [`${ITEM}证`, `持证人：${FOOD_FORM.contactName}`, certificateNo])
          assert.ok(text.includes(expected), `the certificate shows ${expected}:\n${text.slice(0, 400)}`);
      },
      expectedAuthNoise,
    ),
);
