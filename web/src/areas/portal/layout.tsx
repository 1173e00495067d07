import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useContentT } from '../../components/content/i18n';
import { useT } from '../../i18n';
import { useSession } from '../../session/session';
import { RelatedLinks } from './disclosure/related-links';
import { usePortalT } from './i18n';
import { useCasesT } from './my-cases/i18n';
import { useParticipationT } from './participation/texts';

// Loaded only once an applicant is logged in (问题反馈, R-OPS-5).
const FeedbackButton = lazy(() => import('../../components/participation-feedback/feedback-button'));

/**
 * The portal's own bar: the catalogue, 办件查询 (anyone), 我的办件 (applicants), and the account
 * (login/register, or 个人中心).
 */
export function PortalLayout() {
  const t = usePortalT();
  const c = useCasesT();
  const { notices } = useT();
  const { person } = useSession();
  const content = useContentT();
  const pq = useParticipationT();
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'tbp-subnav__link active' : 'tbp-subnav__link');
  return (
    <div className="tbp">
      <nav className="tbp-subnav" aria-label={t.nav.label}>
        <NavLink to="/portal" end className={cls} data-testid="portal-nav-catalogue">
          {t.nav.catalogue}
        </NavLink>
        <NavLink to="/portal/status" className={cls} data-testid="portal-nav-status">
          {c.nav.status}
        </NavLink>
        <NavLink to="/portal/announcements" className={cls} data-testid="portal-nav-announcements">
          {notices.announcements.title}
        </NavLink>
        <NavLink to="/portal/participation" className={cls} data-testid="portal-nav-participation">
          {pq.nav}
        </NavLink>
        <NavLink to="/portal/disclosure" className={cls} data-testid="portal-nav-disclosure">
          {content.portal.nav}
        </NavLink>
        {person && (
          <NavLink to="/portal/my/cases" className={cls} data-testid="portal-nav-my-cases">
            {c.nav.myCases}
          </NavLink>
        )}
        <span className="tbp-subnav__account">
          {person && (
            <Suspense fallback={null}>
              <FeedbackButton />
            </Suspense>
          )}
          {person ? (
            <NavLink to="/portal/me" className={cls} data-testid="portal-nav-me">
              {person.name} · {t.nav.me}
            </NavLink>
          ) : (
            <>
              <NavLink to="/portal/login" className={cls} data-testid="portal-nav-login">
                {t.nav.login}
              </NavLink>
              <NavLink to="/portal/register" className={cls} data-testid="portal-nav-register">
                {t.nav.register}
              </NavLink>
            </>
          )}
        </span>
      </nav>
      <Outlet />
      <RelatedLinks />
    </div>
  );
}
