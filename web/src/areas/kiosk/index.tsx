import { ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useLang, useT } from '../../i18n';
import { localName } from '../../i18n/local-name';
import { useSite } from '../../shell/site';
import { kioskTheme } from '../../shell/theme';
import { KioskAnnouncementsPage } from './announcements/announcements-page';
import { KioskDisclosurePage } from './disclosure/disclosure-page';
import { BrowsePage } from './guide/browse-page';
import { ItemGuidePage } from './guide/item-guide-page';
import { KioskHome } from './home';
import { KIOSK_IDLE_MS, useIdle } from './idle';
import { rememberHallCode, useHallCentre } from './map/hall';
import { KioskMapPage } from './map/map-page';
import { KIOSK_HOME } from './screen';
import { KioskStatusPage } from './status/status-page';
import './kiosk.css';

/** Entry of the kiosk area (触摸屏): full-screen, touch-only, back to its home screen when idle. */
export default function KioskArea() {
  const t = useT();
  const { lang, setLang } = useLang();
  const site = useSite();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();

  useIdle(KIOSK_IDLE_MS, () => {
    // The next visitor starts where everyone starts: the home screen, in Chinese, at the top.
    if (pathname !== KIOSK_HOME) void navigate(KIOSK_HOME, { replace: true });
    if (lang !== 'zh') setLang('zh');
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });

  // A new screen (or page of a list) starts at its top: nobody scrolls back up on a kiosk. (In
  // braces: newer browsers return a promise from scrollTo, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname, search]);

  // A county hall's kiosk is started at /kiosk?centre=<division code>; the hall is kept from then on.
  useEffect(() => rememberHallCode(search), [search]);

  // A county hall's kiosk names its own centre, not the site's (the city's).
  const hall = useHallCentre(search);
  const centre = hall
    ? localName(lang, hall.name, hall.nameEn)
    : site
      ? localName(lang, site.centreName, site.centreNameEn)
      : null;

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
            <Route index element={<KioskHome />} />
            <Route path="guide" element={<BrowsePage />} />
            <Route path="guide/items/:itemId" element={<ItemGuidePage />} />
            <Route path="status" element={<KioskStatusPage />} />
            <Route path="announcements" element={<KioskAnnouncementsPage />} />
            <Route path="map" element={<KioskMapPage />} />
            <Route path="disclosure/:channel" element={<KioskDisclosurePage />} />
            <Route path="*" element={<Navigate to={KIOSK_HOME} replace />} />
          </Routes>
        </main>
        <footer className="tb-kiosk__footer">{t.kiosk.idleHint}</footer>
      </div>
    </ConfigProvider>
  );
}
