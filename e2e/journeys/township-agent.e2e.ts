import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { expectedAuthNoise, pick, staffLogin } from '../support/staff.js';
import { atAnotherDesk, move, openFromTodo } from '../support/workbench.js';

// A tiny valid PDF: a scanned page as far as the server's content check goes.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const ITEM = '公共场所卫生许可';
const RESIDENT = '王阿婆';

void test(
  '[R-ORG-5] a township agent applies for a resident; the township passes it up; 定海区 accepts, grants and issues; the agent sees it concluded',
  { timeout: 300_000 },
  () =>
    journey(
      'township-agent',
      async ({ page }) => {
        // 解放街道便民服务中心: the agent applies for 王阿婆, who signed an authorisation (demo data).
        await staffLogin(page, 'agent');
        await page.goto('/workbench/agent');
        await expectVisible(page.getByTestId('agent-page'), 20_000);
        await page.getByRole('link', { name: '代办申报' }).click();
        await expectVisible(page.getByTestId('agent-apply-page'), 15_000);
        await pick(page, 'apply-resident', RESIDENT);
        await page.waitForURL(/forPersonId=/);
        // The item picker searches the catalogue as one types; choosing opens the item's form. On a
        // busy machine the click can land while the search results are being replaced and choose
        // nothing: then search and choose again (at most three times).
        for (let attempt = 1; ; attempt += 1) {
          await page.getByTestId('apply-item').click();
          await page.getByTestId('apply-item').locator('input').fill(ITEM);
          await page
            .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
              hasText: `${ITEM} · `,
            })
            .first()
            .click();
          try {
            await page.waitForURL(/\/workbench\/cases\/apply\/[^/?]+\?forPersonId=/, { timeout: 5_000 });
            break;
          } catch (err) {
            if (attempt >= 3) throw err;
            await page.keyboard.press('Escape');
          }
        }
        await expectVisible(page.getByTestId('apply-form'), 15_000);

        await page.getByTestId('apply-applicantName').fill('定海区阿婆美发店');
        await page.getByTestId('apply-creditCode').fill('92330902MA2B3C4D5E');
        await page.getByTestId('apply-contactName').fill(RESIDENT);
        await page.getByTestId('apply-contactPhone').fill('13957005678');
        await page.getByTestId('apply-address').fill('舟山市定海区解放街道解放东路56号');
        await page.getByTestId('apply-venueTypes').getByText('美容美发场所').click();
        await page.getByTestId('apply-businessArea').fill('60');
        await page.getByTestId('apply-staffCount').fill('3');
        await page.getByTestId('apply-commitment').check();

        // Every required material (and the tolerable health certificates), one PDF each.
        const rows = page.getByTestId('material-upload');
        const keys: string[] = [];
        for (let i = 0; i < (await rows.count()); i += 1) {
          const row = rows.nth(i);
          if (/必交|可容缺/.test(await row.innerText())) keys.push((await row.getAttribute('data-key'))!);
        }
        assert.ok(keys.includes('application') && keys.length >= 4, `the required materials, saw ${keys.join(', ')}`);
        for (const key of keys) {
          await page
            .getByTestId(`material-input-${key}`)
            .setInputFiles({ name: `${key}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        }
        for (const key of keys) {
          await expectVisible(page.locator(`[data-testid=material-upload][data-key=${key}][data-count="1"]`), 15_000);
        }
        await page.getByTestId('material-uploading').first().waitFor({ state: 'detached' });
        await screenshot(page, 'township-agent-apply-form');

        await page.getByTestId('apply-submit').click();
        const done = page.getByTestId('apply-done');
        await expectVisible(done, 20_000);
        const caseNo = /办件编号\s*(\d+)/.exec(await done.innerText())?.[1] ?? '';
        assert.match(caseNo, /^330902\d+$/, `the case number starts with 定海区's division code, saw ${caseNo}`);
        await screenshot(page, 'township-agent-apply-done');
        await done.getByRole('button', { name: '查看办件' }).click();
        await expectVisible(page.locator(`[data-testid=case-page][data-case-no="${caseNo}"]`), 15_000);
        const caseUrl = new URL(page.url()).pathname;

        // 乡镇初审 at the township, then passed up with the township's opinion (Art. 43).
        await expectVisible(page.locator('[data-testid=case-header][data-status=township_review]'), 15_000);
        await expectText(page.getByTestId('case-header').getByTestId('case-status'), '乡镇初审');
        assert.equal((await page.getByTestId('case-applicant').innerText()).trim(), RESIDENT);
        await screenshot(page, 'township-agent-township-review');
        await move(
          page,
          'pass_up',
          () => page.getByTestId('action-opinion').fill('经初审，材料齐全，报定海区行政服务中心审批'),
          'submitted',
          'township-agent-pass-up-dialog',
        );
        await expectText(page.getByTestId('case-header').getByTestId('case-status'), '待受理');
        await expectVisible(page.locator('[data-testid=case-event][data-action=pass_up]'));
        assert.equal(await page.getByTestId('action-pass_up').count(), 0, 'the township has no more moves to make');
        await screenshot(page, 'township-agent-passed-up');

        // 定海区中心, 卫生健康 window: the case waits in the clerk's to-do queue; accept, then issue once granted.
        await atAnotherDesk('township-agent-dhclerk', 'dhclerk', async (clerk) => {
          await clerk.goto('/workbench/cases');
          await expectVisible(clerk.locator(`[data-testid=queue-row][data-case-no="${caseNo}"]`), 20_000);
          await screenshot(clerk, 'township-agent-clerk-queue');
          await openFromTodo(clerk, caseNo);
          // The township's uploads came up with the case: nothing to ask the resident for again.
          await expectText(clerk.getByTestId('materials-summary'), '必交材料齐全');
          for (const key of keys) {
            await expectVisible(clerk.locator(`[data-testid=material-check][data-key=${key}][data-state=received]`));
          }
          await move(
            clerk,
            'accept',
            () => clerk.getByTestId('action-note').fill('乡镇已初审，材料齐全，予以受理'),
            'in_review',
          );
          await screenshot(clerk, 'township-agent-clerk-accepted');

          // 承诺审核并制证: the department's approver grants on the written commitment.
          await atAnotherDesk('township-agent-dhapprover', 'dhapprover', async (approver) => {
            await openFromTodo(approver, caseNo);
            await move(
              approver,
              'decide',
              async () => {
                await approver.getByTestId('decide-outcome').getByText('准予许可').click();
                await approver.getByTestId('action-reasons').fill('申请人书面承诺符合公共场所卫生许可条件，准予许可');
              },
              'granted',
              'township-agent-decide-dialog',
            );
            await expectText(approver.getByTestId('decision-outcome'), '准予许可');
            await screenshot(approver, 'township-agent-granted');
          });

          await clerk.reload();
          await expectVisible(clerk.getByTestId('action-issue_certificate'), 15_000);
          await move(clerk, 'issue_certificate', async () => undefined, 'concluded');
          assert.match(await clerk.getByTestId('certificate-no').innerText(), /^330902/);
          await screenshot(clerk, 'township-agent-issued');
        });

        // Back at the township: the agent sees the case concluded, with the certificate's number.
        await page.goto(caseUrl);
        await expectVisible(page.locator('[data-testid=case-header][data-status=concluded]'), 15_000);
        await expectText(page.getByTestId('case-header').getByTestId('case-status'), '已办结');
        await expectText(page.getByTestId('decision-outcome'), '准予许可');
        assert.match(await page.getByTestId('certificate-no').innerText(), /^330902\S+$/);
        await screenshot(page, 'township-agent-concluded');
      },
      expectedAuthNoise,
    ),
);
