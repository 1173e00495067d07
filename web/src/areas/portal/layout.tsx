import { NavLink, Outlet } from 'react-router';
import { useSession } from '../../session/session';
import { usePortalT } from './i18n';

/** The portal's own bar: the catalogue, and the applicant's account (login/register, or 个人中心). */
export function PortalLayout() {
  const t = usePortalT();
  const { person } = useSession();
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'tbp-subnav__link active' : 'tbp-subnav__link');
  return (
    <div className="tbp">
      <nav className="tbp-subnav" aria-label={t.nav.label}>
        <NavLink to="/portal" end className={cls} data-testid="portal-nav-catalogue">
          {t.nav.catalogue}
        </NavLink>
        <span className="tbp-subnav__account">
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
    </div>
  );
}
