import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Where the server under test answers; .ci/run starts one and sets it. */
export const baseUrl = (process.env.BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

export const artifactsDir = path.resolve(import.meta.dirname, '..', 'artifacts');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Session = {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and failed requests seen so far, one line each. */
  problems: string[];
  close: () => Promise<void>;
};

/** The screen a journey runs on: a desk's by default; a touch screen is a kiosk's or a phone's. */
export type Device = { viewport?: { width: number; height: number }; hasTouch?: boolean };

/**
 * Debian's Chromium, headless, with a new empty profile: every journey starts with no cookies,
 * no local storage and no remembered language.
 */
export async function openBrowser(device: Device = {}): Promise<Session> {
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      baseURL: baseUrl,
      viewport: device.viewport ?? { width: 1280, height: 800 },
      hasTouch: device.hasTouch ?? false,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  } catch (err) {
    await fs.rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);

  const problems: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught error on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'unknown';
    // A request the page itself abandoned (a navigation away while chunks were still loading) is
    // not a failure of the server; a missing file is a 404 response and still fails as a console error.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.method()} ${req.url()}: ${reason}`);
  });

  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close().catch(() => undefined);
      await fs.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs one journey in a fresh browser: on failure it saves e2e/artifacts/<name>-failure.png and adds
 * what the page complained about to the error; on success it fails if the page logged a console
 * error, threw, or a request failed. The browser is closed either way.
 */
export async function journey(
  name: string,
  fn: (session: Session) => Promise<void>,
  /** Console messages this journey provokes on purpose (e.g. the 401 of a login that asks for TOTP). */
  expected: RegExp[] = [],
  device: Device = {},
): Promise<void> {
  const session = await openBrowser(device);
  try {
    try {
      await fn(session);
    } catch (err) {
      await screenshot(session.page, `${name}-failure`).catch(() => undefined);
      if (err instanceof Error && session.problems.length > 0) {
        err.message += `\nthe page also reported:\n  ${session.problems.join('\n  ')}`;
      }
      throw err;
    }
    const unexpected = session.problems.filter((p) => !expected.some((re) => re.test(p)));
    assert.deepEqual(unexpected, [], 'no console error, uncaught error or failed request');
  } finally {
    await session.close();
  }
}

/** Saves e2e/artifacts/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Waits until the element's visible text is exactly `expected` (whitespace collapsed). playwright-core
 * has no auto-retrying assertions, so this polls, and on time-out reports the last text seen.
 */
export async function expectText(locator: Locator, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      await locator.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
      last = normalise(await locator.innerText({ timeout: Math.max(1, deadline - Date.now()) }));
      if (last === expected) return;
    } catch {
      // not there yet; the deadline below decides
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `expected ${locator.toString()} to have text ${JSON.stringify(expected)}, saw ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the element is visible; fails with the locator's name otherwise. */
export async function expectVisible(locator: Locator, timeoutMs = 10_000): Promise<void> {
  try {
    await locator.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`expected ${locator.toString()} to be visible within ${timeoutMs} ms`);
  }
}

/**
 * Waits until the page's main region has settled: visible text, and nothing still loading in it
 * (no aria-busy region, no spinning antd Spin). A blank page or an endless spinner fails here.
 */
export async function mainSettled(page: Page, timeoutMs = 20_000): Promise<void> {
  await expectVisible(page.locator('main#main'), timeoutMs);
  await page.waitForFunction(
    () => {
      const main = document.querySelector<HTMLElement>('main#main');
      return (
        !!main && main.innerText.trim().length > 0 && !main.querySelector('[aria-busy="true"], .ant-spin-spinning')
      );
    },
    null,
    { timeout: timeoutMs },
  );
}
