import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectVisible, openBrowser, screenshot, type Session } from './browser.js';
import { expectedAuthNoise, staffLogin } from './staff.js';

/**
 * A staff member at another desk: their own browser (cookies apart from the journey's), logged
 * in through the login page. `fn` may hand the desk to a colleague (`handOver` logs the next one
 * in, cookies cleared). Like `journey`, it saves <name>-failure.png when `fn` fails and fails when
 * that browser logged a console error, threw, or a request failed.
 */
export async function atAnotherDesk<T>(
  name: string,
  username: string,
  fn: (page: Page, handOver: (username: string) => Promise<void>) => Promise<T>,
): Promise<T> {
  const session: Session = await openBrowser();
  let who = username;
  const handOver = async (next: string) => {
    await session.page.goto('about:blank');
    await session.context.clearCookies();
    who = next;
    await staffLogin(session.page, next);
  };
  try {
    let result: T;
    try {
      await staffLogin(session.page, username);
      result = await fn(session.page, handOver);
    } catch (err) {
      await screenshot(session.page, `${name}-failure`).catch(() => undefined);
      if (err instanceof Error && session.problems.length > 0) {
        err.message += `\n${who}'s page also reported:\n  ${session.problems.join('\n  ')}`;
      }
      throw err;
    }
    const unexpected = session.problems.filter((p) => !expectedAuthNoise.some((re) => re.test(p)));
    assert.deepEqual(unexpected, [], `${name}'s browser: no console error, uncaught error or failed request`);
    return result;
  } finally {
    await session.close();
  }
}

/**
 * Opens the case from the logged-in post's to-do queue, where it must be waiting. The queue is
 * reached as an officer does, by the page's own link where it has one (a case's 返回办件队列, the
 * home page's 办件): the application is not loaded anew.
 */
export async function openFromTodo(page: Page, caseNo: string): Promise<void> {
  const back = page.getByTestId('back-to-queue');
  const home = page.getByTestId('link-cases');
  if (await back.isVisible()) await back.click();
  else if (await home.isVisible()) await home.click();
  else await page.goto('/workbench/cases');
  await expectVisible(page.getByTestId('queue-table'), 20_000);
  const row = page.locator(`[data-testid=queue-row][data-case-no="${caseNo}"]`);
  await expectVisible(row, 15_000);
  await row.getByTestId('queue-case-link').click();
  await expectVisible(page.locator(`[data-testid=case-page][data-case-no="${caseNo}"]`), 15_000);
}

/**
 * Runs one move through its dialog (`fill` fills it in) and waits for the case to reach `status`
 * with the dialog gone; `shot` names a screenshot of the filled-in dialog.
 */
export async function move(
  page: Page,
  action: string,
  fill: () => Promise<void>,
  status: string,
  shot?: string,
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByTestId(`action-form-${action}`);
  await expectVisible(dialog);
  await fill();
  if (shot) await screenshot(page, shot);
  await page.getByTestId('action-submit').click();
  await expectVisible(page.locator(`[data-testid=case-header][data-status=${status}]`), 15_000);
  await dialog.waitFor({ state: 'detached' });
}
