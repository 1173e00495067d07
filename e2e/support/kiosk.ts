import type { Page } from 'playwright-core';
import { violationLog } from './accessibility.js';
import { expectText, mainSettled, type Device } from './browser.js';

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
