import { createContext, useContext } from 'react';
import { en } from './en';
import { currentLang, type Lang } from './preference';
import { zh, type Dictionary } from './zh';

export type { Dictionary } from './zh';
export { currentLang, langTag, rememberLang, LANG_STORAGE_KEY, type Lang } from './preference';

export const dictionaries: Record<Lang, Dictionary> = { zh, en };

export type LangState = { lang: Lang; setLang: (lang: Lang) => void };

export const LangContext = createContext<LangState>({ lang: currentLang(), setLang: () => undefined });

export function useLang(): LangState {
  return useContext(LangContext);
}

/** The dictionary of the language the user chose. */
export function useT(): Dictionary {
  return dictionaries[useContext(LangContext).lang];
}
