export type Lang = 'zh' | 'en';

export const LANG_STORAGE_KEY = 'tongban.lang';

// Storage can be unavailable (private browsing, locked-down kiosks); the in-memory value still
// keeps the page and the API client consistent for this visit.
let current: Lang = readStored();

function readStored(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function currentLang(): Lang {
  return current;
}

export function rememberLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Remembered for this visit only.
  }
}

/** BCP 47 tag for the `lang` attribute and the Accept-Language header. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
