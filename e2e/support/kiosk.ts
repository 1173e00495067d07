import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { violationLog } from './accessibility.js';
import { expectText, expectVisible, mainSettled, type Device } from './browser.js';

/**
 * The hall's kiosk: a 1080 × 1920 portrait touch screen, the usual standing 触摸查询一体机 of a
 * service hall (and the narrower of the two usual shapes, so what fits here fits landscape too).
 */
export const KIOSK: Device = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

/** What WCAG asks of a touch target (2.5.5) is 44 px; the kiosk promises 64. */
const MIN_TARGET = 64;

/** Every visible button and link of the kiosk smaller than a finger, as "name width×height". */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const els = Array.from(document.querySelectorAll<HTMLElement>('.tb-kiosk a[href], .tb-kiosk button'));
    return els
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < min || r.height < min))
      .map(
        ({ el, r }) => `${el.dataset.testid ?? el.textContent?.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
  }, MIN_TARGET);
}

/** Scans each kiosk screen for WCAG 2.1 AA violations and for touch targets under 64 px. */
export function kioskChecks(page: Page) {
  const log = violationLog();
  return {
    async screen(where: string): Promise<void> {
      await mainSettled(page);
      await log.scan(page, where);
      for (const target of await smallTargets(page)) log.note(`${where}: touch target ${target} is under 64 px`);
    },
    assertNone: () => log.assertNone(),
  };
}

/**
 * Enters `text` into a field of 办件查询 as a resident does: a tap on the field, 清空, then a tap on
 * each key of the on-screen keypad. No keyboard is involved.
 */
export async function tapKeys(page: Page, field: 'caseNo' | 'queryCode', text: string): Promise<void> {
  await page.getByTestId(`kiosk-field-${field}`).tap();
  await page.getByTestId('kiosk-key-clear').tap();
  for (const ch of text) await page.locator(`[data-testid=kiosk-key][data-key="${ch}"]`).tap();
  await expectText(page.getByTestId(`kiosk-value-${field}`), text);
}

/** 窗口分布: the window numbers of the markers on the plan, and of the list's rows, in their order. */
export const markerNumbers = (page: Page) =>
  page.locator('[data-testid=kiosk-map-marker]').evaluateAll((els) => els.map((el) => el.getAttribute('data-number')));
export const rowNumbers = (page: Page) =>
  page.locator('[data-testid=kiosk-window-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-number')));
export const mapMarker = (page: Page, number: string) =>
  page.locator(`[data-testid=kiosk-map-marker][data-number="${number}"]`);
export const mapRow = (page: Page, number: string) =>
  page.locator(`[data-testid=kiosk-window-row][data-number="${number}"]`);

/**
 * The window shown beside the plan: its number, department, name (the demo names a window after its
 * department) and floor, with its marker and its row marked, and no other.
 */
export async function expectWindow(page: Page, number: string, department: string, floor: string): Promise<void> {
  await expectVisible(page.locator(`[data-testid=kiosk-window-details][data-number="${number}"]`));
  const details = page.getByTestId('kiosk-window-details');
  await expectText(details.locator('h2'), `${number}号窗口`);
  await expectText(details.getByTestId('kiosk-window-department').locator('dd'), department);
  await expectText(details.getByTestId('kiosk-window-name').locator('dd'), `${department}窗口`);
  await expectText(details.getByTestId('kiosk-window-floor').locator('dd'), floor);
  assert.equal(await mapMarker(page, number).getAttribute('aria-pressed'), 'true', `marker ${number} is lit`);
  assert.equal(await mapRow(page, number).getAttribute('aria-pressed'), 'true', `row ${number} is marked`);
  assert.equal(await page.locator('[data-testid=kiosk-map-marker][aria-pressed=true]').count(), 1);
}
