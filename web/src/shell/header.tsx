import { Button } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, NavLink } from 'react-router';
import { useLang, useT } from '../i18n';
import { useSession } from '../session/session';
import { areaKeys, areaPath } from './areas';
import { useLargeText } from './large-text';
import { useSite } from './site';

// Loaded only once a staff member is logged in, so public pages never download staff code.
const StaffUserMenu = lazy(() => import('../areas/workbench/account/user-menu'));
// 问题反馈 (R-OPS-5) for staff, in every staff area's header.
const FeedbackButton = lazy(() => import('../components/participation-feedback/feedback-button'));

export function Header() {
  const t = useT();
  const { lang, setLang } = useLang();
  const { largeText, setLargeText } = useLargeText();
  const site = useSite();
  const { staff } = useSession();
  const centre = site ? (lang === 'zh' ? site.centreName : site.centreNameEn) : null;

  return (
    <header className="tb-header">
      <div className="tb-header__inner">
        <div className="tb-brand">
          <span className="tb-brand__line">
            <Link to="/" className="tb-brand__product" aria-label={t.header.homeLink}>
              {t.productName}
            </Link>
            {site?.demo && <span className="tb-brand__demo">{t.header.demo}</span>}
          </span>
          {centre && (
            <span className="tb-brand__centre" data-testid="centre-name">
              {centre}
            </span>
          )}
        </div>
        <nav className="tb-nav" aria-label={t.header.navLabel}>
          <ul>
            {areaKeys.map((key) => (
              <li key={key}>
                <NavLink to={areaPath[key]} data-testid={`nav-${key}`} className="tb-nav__link">
                  {t.areas[key].name}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="tb-tools">
          <Button
            ghost
            className={largeText ? 'tb-tool tb-tool--on' : 'tb-tool'}
            data-testid="large-text"
            aria-pressed={largeText}
            title={t.header.largeTextTitle}
            onClick={() => setLargeText(!largeText)}
          >
            {t.header.largeText}
          </Button>
          <Button
            ghost
            className="tb-tool"
            data-testid="lang-switch"
            lang={t.header.langSwitchTag}
            title={t.header.langSwitchTitle}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t.header.langSwitch}
          </Button>
          {staff && (
            <Suspense fallback={null}>
              <FeedbackButton className="tb-tool" />
              <StaffUserMenu />
            </Suspense>
          )}
        </div>
      </div>
    </header>
  );
}
