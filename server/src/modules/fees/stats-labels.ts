import type { StatDimension } from './stats-store.js';

/**
 * The names fee statistics show, in Chinese and in English (R-SUP-3). Pure: the store returns
 * the Chinese name and whatever English name the catalogue or the org tables hold; an English
 * name that does not exist falls back to the Chinese one rather than to nothing.
 */
export type Lang = 'zh' | 'en';

export const modeNames: Record<Lang, Record<string, string>> = {
  zh: { bank: '银行收费', window: '窗口收费', invoice_book: '拉票' },
  en: { bank: 'Bank', window: 'At the window', invoice_book: 'Invoice book' },
};

export const dimNames: Record<Lang, Record<StatDimension, string>> = {
  zh: { item: '事项', window: '窗口', department: '部门', mode: '缴款方式', day: '日期', month: '月份' },
  en: { item: 'Item', window: 'Window', department: 'Department', mode: 'Payment mode', day: 'Day', month: 'Month' },
};

/** What the store found for one group: the Chinese label, an English name if any, a window's number. */
export type RawLabel = { key: string; label: string; nameEn: string | null; windowNo: string | null };

export function statLabel(by: StatDimension, r: RawLabel, lang: Lang): string {
  if (by === 'mode') return modeNames[lang][r.key] ?? r.label;
  if (lang === 'zh' || by === 'day' || by === 'month') return r.label;
  const en = r.nameEn?.trim();
  if (!en) return r.label;
  // Windows have no English name of their own: their department's, with the window's number.
  return by === 'window' && r.windowNo ? `Window ${r.windowNo} · ${en}` : en;
}
