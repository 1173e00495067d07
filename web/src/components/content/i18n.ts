import { useLang } from '../../i18n';
import { contentEn } from '../../i18n/content-en';
import { contentZh, type ContentDictionary } from '../../i18n/content-zh';

/** The website's strings (信息公开, 内部交流, 网站维护, kiosk screens) in the language the user chose. */
export function useContentT(): ContentDictionary {
  return useLang().lang === 'zh' ? contentZh : contentEn;
}

/** "2026-11-30": the date a page was updated or published, on the centre's (China's) calendar. */
export function day(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
