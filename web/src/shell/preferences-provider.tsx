import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { currentLang, dictionaries, LangContext, langTag, rememberLang, type Lang } from '../i18n';
import { LargeTextContext, readLargeText, rememberLargeText } from './large-text';
import { largeTextTheme, standardTheme } from './theme';

/** Language and large-text mode: remembered in localStorage, reflected on <html> and in Ant Design. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const [largeText, setLargeTextState] = useState<boolean>(readLargeText);

  // Before paint, so assistive technology never reads one language with the other's rules.
  useLayoutEffect(() => {
    document.documentElement.lang = langTag(lang);
    document.title = dictionaries[lang].documentTitle;
  }, [lang]);

  useLayoutEffect(() => {
    document.documentElement.classList.toggle('tb-large-text', largeText);
  }, [largeText]);

  const langState = useMemo(
    () => ({
      lang,
      setLang: (next: Lang) => {
        rememberLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  const largeTextState = useMemo(
    () => ({
      largeText,
      setLargeText: (on: boolean) => {
        rememberLargeText(on);
        setLargeTextState(on);
      },
    }),
    [largeText],
  );

  return (
    <LangContext.Provider value={langState}>
      <LargeTextContext.Provider value={largeTextState}>
        <ConfigProvider
          locale={lang === 'zh' ? zhCN : enUS}
          theme={largeText ? largeTextTheme : standardTheme}
          // Ant Design would show "中文" as "中 文"; labels must read exactly as written.
          button={{ autoInsertSpace: false }}
        >
          <AntApp component={false}>{children}</AntApp>
        </ConfigProvider>
      </LargeTextContext.Provider>
    </LangContext.Provider>
  );
}
