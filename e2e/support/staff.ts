import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Locator, Page } from 'playwright-core';
import { expectVisible } from './browser.js';

export const DEMO_PASSWORD = 'Tongban@2026';

/** A login that asks for TOTP answers 401 first; the browser logs that as a console error. */
export const expectedAuthNoise = [/status of 401/];

// Journeys run one file per process against one server: an administrator enrolled by one journey
// logs in with a TOTP code in the next. The secret is kept in a file per server and account; the
// last period used is kept too, since the server refuses a code used once already.
const TOTP_FILE = path.join(os.tmpdir(), 'tongban-e2e-totp.json');
type Enrolled = Record<string, { secret: string; counter: number }>;
const readEnrolled = (): Enrolled => {
  try {
    return JSON.parse(fs.readFileSync(TOTP_FILE, 'utf8')) as Enrolled;
  } catch {
    return {};
  }
};
const keep = (key: string, entry: Enrolled[string]) =>
  fs.writeFileSync(TOTP_FILE, JSON.stringify({ ...readEnrolled(), [key]: entry }));

/** A code for a period the account has not used yet (waits for the next period if it has). */
async function freshCode(key: string, secret: string): Promise<string> {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  const used = readEnrolled()[key]?.counter ?? -1;
  while (totp.counter() <= used) await new Promise((r) => setTimeout(r, 1_000));
  keep(key, { secret, counter: totp.counter() });
  return totp.generate();
}

/** Logs a demo staff member in through the login page; administrators enrol TOTP on the way. */
export async function staffLogin(page: Page, username: string): Promise<void> {
  await page.goto('/workbench/login');
  const key = `${new URL(page.url()).origin} ${username}`;
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  const secret = page.getByTestId('totp-secret');
  const totpCode = page.getByTestId('login-totp');
  const acting = page.getByTestId('acting-post');
  const admin = page.getByTestId('admin-page');
  const picker = page.getByTestId('post-picker');
  await Promise.race(
    [secret, totpCode, acting, admin, picker].map((l) => l.waitFor({ state: 'visible', timeout: 20_000 })),
  );
  if (await totpCode.isVisible()) {
    // Enrolled by an earlier journey on this server.
    const known = readEnrolled()[key];
    if (!known) throw new Error(`${username} has TOTP enrolled, but no journey on this server kept its secret`);
    await totpCode.fill(await freshCode(key, known.secret));
    await page.getByTestId('login-submit').click();
    await Promise.race([acting, admin, picker].map((l) => l.waitFor({ state: 'visible', timeout: 20_000 })));
    return;
  }
  if (await secret.isVisible()) {
    const text = (await secret.innerText()).replace(/\s+/g, '');
    await page.getByTestId('totp-code').fill(await freshCode(key, text));
    await page.getByTestId('totp-confirm').click();
    await expectVisible(page.getByTestId('recovery-codes'));
    await page.getByTestId('recovery-done').click();
  }
}

/**
 * Picks a value from an Ant Design Select (by its test id or locator), and waits until the Select shows
 * it. On a loaded machine a click can land while the options are still being replaced (a list
 * loaded as the dropdown opens) and select nothing; then the pick is made again, a few times at
 * most — each attempt waits for a state, never for a fixed time.
 */
export async function pick(page: Page, target: string | Locator, text: string): Promise<void> {
  // A test id, or the Select itself where several share one (a row of a dialog).
  const select = typeof target === 'string' ? page.getByTestId(target) : target;
  // Closed dropdowns stay in the page, hidden: only the open one's options count.
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
    .first();
  // The Select's own box shows the chosen option's label (and only the placeholder before).
  const chosen = select.filter({ hasText: text });
  for (let attempt = 1; ; attempt += 1) {
    await select.click();
    await option.click();
    try {
      await chosen.waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}
