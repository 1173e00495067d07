import { Suspense, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useLang, useT } from '../i18n';
import { Header } from './header';
import { AreaBoundary, PageLoading } from './page-states';
import { useSite } from './site';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  // Move focus without touching the URL, which belongs to the router.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** Header, navigation and footer around the home page and the three desk areas (not the kiosk). */
export function ShellLayout() {
  const t = useT();
  const { lang } = useLang();
  const site = useSite();
  // A failed area download must not stick once the user moves to another area.
  const areaSegment = useLocation().pathname.split('/')[1] ?? '';
  const centre = site ? (lang === 'zh' ? site.centreName : site.centreNameEn) : null;

  return (
    <div className="tb-shell">
      <a href="#main" className="tb-skip-link" onClick={focusMain}>
        {t.skipToMain}
      </a>
      <Header />
      <main id="main" className="tb-main" tabIndex={-1}>
        <AreaBoundary key={areaSegment}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </AreaBoundary>
      </main>
      <footer className="tb-footer">
        <p>
          {centre && <span>{centre} · </span>}
          {t.footer.system}
        </p>
      </footer>
    </div>
  );
}
