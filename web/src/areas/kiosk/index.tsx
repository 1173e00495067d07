import { ConfigProvider } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useLang, useT } from '../../i18n';
import { useSite } from '../../shell/site';
import { kioskTheme } from '../../shell/theme';
import { UnderConstruction } from '../../shell/under-construction';
import { KIOSK_IDLE_MS, useIdle } from './idle';
import './kiosk.css';

const KIOSK_HOME = '/kiosk';

/** Entry of the kiosk area (触摸屏): full-screen, touch-only, back to its home screen when idle. */
export default function KioskArea() {
  const t = useT();
  const { lang, setLang } = useLang();
  const site = useSite();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  useIdle(KIOSK_IDLE_MS, () => {
    // The next visitor starts where everyone starts: the home screen, in Chinese, at the top.
    if (pathname !== KIOSK_HOME) void navigate(KIOSK_HOME, { replace: true });
    if (lang !== 'zh') setLang('zh');
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });

  const centre = site ? (lang === 'zh' ? site.centreName : site.centreNameEn) : null;

  return (
    <ConfigProvider theme={kioskTheme}>
      <div className="tb-kiosk">
        <header className="tb-kiosk__bar">
          <div className="tb-kiosk__title">
            {centre && <span className="tb-kiosk__centre">{centre}</span>}
            <span className="tb-kiosk__welcome">{t.kiosk.welcome}</span>
          </div>
          <button
            type="button"
            className="tb-kiosk__lang"
            data-testid="lang-switch"
            lang={t.header.langSwitchTag}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t.header.langSwitch}
          </button>
        </header>
        <main id="main" className="tb-kiosk__main">
          <Routes>
            <Route index element={<UnderConstruction area="kiosk" homeLink={false} />} />
            <Route path="*" element={<Navigate to={KIOSK_HOME} replace />} />
          </Routes>
        </main>
        <footer className="tb-kiosk__footer">{t.kiosk.idleHint}</footer>
      </div>
    </ConfigProvider>
  );
}
