import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectText, expectVisible, journey, openBrowser, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem, PNG } from '../support/api.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { DEMO_PASSWORD, expectedAuthNoise, staffLogin } from '../support/staff.js';

const ITEM = FOOD_LICENCE;

/** The applicant applies online for 食品经营许可 through the API (the application itself is another journey). */
async function applyByApi(): Promise<{ id: string; caseNo: string }> {
  const applicant = await apiLogin('applicant', DEMO_APPLICANT);
  try {
    const guide = await findItem(applicant, ITEM, (name) => name === ITEM);
    return await applyOnline(applicant, guide, FOOD_FORM, 'messaging');
  } finally {
    await applicant.api.dispose();
  }
}

/** Waits for the conversation panel with its live stream open. */
async function conversationLive(page: Page): Promise<void> {
  await expectVisible(page.getByTestId('case-conversation'), 20_000);
  await expectVisible(page.locator('[data-testid=conversation-live][data-status=live]'), 15_000);
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('conversation-input').fill(text);
  await page.getByTestId('conversation-send').click();
}

/** The last message on the page whose text is exactly `text`. */
const messageWith = (page: Page, text: string) =>
  page
    .getByTestId('conversation-message')
    .filter({ has: page.getByTestId('conversation-text').getByText(text, { exact: true }) });

void test(
  '[R-APP-4][R-WEB-3] applicant and clerk, each in a browser, exchange messages on one case and see each other’s at once',
  { timeout: 240_000 },
  () =>
    journey(
      'messaging-applicant',
      async ({ page: applicant }) => {
        const created = await applyByApi();

        // The applicant's browser: 我的办件 › the case, conversation open.
        await applicant.goto(`/portal/login?next=${encodeURIComponent(`/portal/my/cases/${created.id}`)}`);
        await applicant.getByTestId('login-account').fill(DEMO_APPLICANT);
        await applicant.getByTestId('login-password').fill(DEMO_PASSWORD);
        await applicant.getByTestId('login-submit').click();
        await expectVisible(applicant.getByTestId('case-detail'), 20_000);
        await conversationLive(applicant);

        // The clerk's browser, a separate profile: the same case in the workbench.
        const window = await openBrowser();
        try {
          const clerk = window.page;
          await staffLogin(clerk, 'clerk');
          await clerk.goto(`/workbench/cases/${created.id}`);
          await expectVisible(clerk.getByTestId('case-page'), 20_000);
          await conversationLive(clerk);

          // Applicant → clerk, without a reload on the clerk's side; markup stays text.
          const question = '您好，营业执照复印件需要盖公章吗？<b>急</b>';
          await send(applicant, question);
          await expectVisible(messageWith(clerk, question), 10_000);
          assert.equal(await messageWith(clerk, question).getAttribute('data-mine'), 'false');
          assert.equal(await clerk.locator('.tb-conv__text b').count(), 0, 'no markup is rendered');

          // Clerk → applicant: a ready reply plus a line of their own, and a file.
          await clerk.getByTestId('ready-replies').click();
          await clerk.getByTestId('ready-reply-builtin').first().click();
          const input = clerk.getByTestId('conversation-input');
          await input.press('End');
          await input.pressSequentially('\n复印件请加盖公章，示例见附件。');
          await clerk
            .getByTestId('conversation-file-input')
            .setInputFiles({ name: '盖章示例.png', mimeType: 'image/png', buffer: PNG });
          await expectVisible(clerk.locator('[data-testid=conversation-pending-file][data-done=true]'), 15_000);
          await clerk.getByTestId('conversation-send').click();
          const answer = applicant
            .getByTestId('conversation-message')
            .filter({ hasText: '复印件请加盖公章，示例见附件。' });
          await expectVisible(answer, 10_000);
          assert.equal(await answer.getAttribute('data-side'), 'office');
          await expectText(answer.getByTestId('conversation-attachment'), '盖章示例.png');

          // Read receipts: each side's page has read the other's message.
          await expectVisible(
            messageWith(applicant, question).locator('[data-testid=conversation-receipt][data-read=true]'),
            10_000,
          );
          await expectVisible(
            clerk
              .getByTestId('conversation-message')
              .filter({ hasText: '复印件请加盖公章' })
              .locator('[data-testid=conversation-receipt][data-read=true]'),
            10_000,
          );
          await screenshot(applicant, 'messaging-applicant');
          await screenshot(clerk, 'messaging-clerk');
          assert.deepEqual(window.problems, [], 'the clerk’s browser reported no errors');
        } finally {
          await window.close();
        }
      },
      expectedAuthNoise,
    ),
);
