import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from './browser.js';

/**
 * 核价 on the workbench case page (the case is accepted): the clerk previews the amount the published
 * standard gives and confirms it; the payment notice then has its number. `onPreview` sees the
 * preview dialog before it is confirmed. Returns the preview's text.
 */
export async function priceCase(page: Page, onPreview?: (dialog: Locator) => Promise<void>): Promise<string> {
  const fees = page.getByTestId('case-fees');
  await expectVisible(fees.getByTestId('fees-preview'), 15_000);
  await fees.getByTestId('fees-preview').click();
  const dialog = page.locator('.ant-modal', { hasText: '核价结果' });
  await expectVisible(dialog, 15_000);
  const preview = await dialog.innerText();
  if (onPreview) await onPreview(dialog);
  await dialog.getByRole('button', { name: '确认核价并开具缴款通知书' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
  await expectVisible(fees.getByTestId('fees-docno'), 15_000);
  await expectText(fees.getByTestId('fees-status'), '待缴款');
  return preview;
}

/** 窗口收费: the window records the counter payment of what was priced; the notice is then paid. */
export async function collectAtWindow(page: Page): Promise<void> {
  const fees = page.getByTestId('case-fees');
  await fees.getByTestId('fees-collect-window').click();
  await expectText(fees.getByTestId('fees-status'), '已缴清', 15_000);
  await expectText(fees.getByTestId('fees-payment-status'), '已收');
}
