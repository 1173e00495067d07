import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { expectVisible } from './browser.js';

export const DEMO_PASSWORD = 'Tongban@2026';

/** A login that asks for TOTP answers 401 first; the browser logs that as a console error. */
export const expectedAuthNoise = [/status of 401/];

/** Logs a demo staff member in through the login page; administrators enrol TOTP on the way. */
export async function staffLogin(page: Page, username: string): Promise<void> {
  await page.goto('/workbench/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  const secret = page.getByTestId('totp-secret');
  const acting = page.getByTestId('acting-post');
  const admin = page.getByTestId('admin-page');
  const picker = page.getByTestId('post-picker');
  await Promise.race([secret, acting, admin, picker].map((l) => l.waitFor({ state: 'visible', timeout: 20_000 })));
  if (await secret.isVisible()) {
    const text = (await secret.innerText()).replace(/\s+/g, '');
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(text) }).generate();
    await page.getByTestId('totp-code').fill(code);
    await page.getByTestId('totp-confirm').click();
    await expectVisible(page.getByTestId('recovery-codes'));
    await page.getByTestId('recovery-done').click();
  }
}

/** Picks a value from an Ant Design Select opened by its test id. */
export async function pick(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}
