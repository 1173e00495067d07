import { useLang } from './index';
import type { Lang } from './preference';

/**
 * The name of a thing from the data (an item, a department, a centre) as a page shows it: the
 * English one on English pages where the data has one, else the Chinese one — an untranslated name
 * is shown as it is, never left blank.
 */
export function localName(lang: Lang, zh: string, en: string | null | undefined): string {
  const english = en?.trim();
  return lang === 'en' && english ? english : zh;
}

/** `localName` bound to the page's language. */
export function useLocalName(): (zh: string, en: string | null | undefined) => string {
  const { lang } = useLang();
  return (zh, en) => localName(lang, zh, en);
}
