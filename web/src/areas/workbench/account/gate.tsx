import { Result } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useLang } from '../../../i18n';
import { useSession } from '../../../session/session';
import type { RoleBinding, RoleName, StaffMe } from '../../../session/types';
import { PageLoading } from '../../../shell/page-states';
import { postTitle, useStaffT } from './i18n';
import './staff.css';
import './staff-forms.css';

export const loginPath = '/workbench/login';
export const accountPaths = {
  totp: '/workbench/account/totp',
  password: '/workbench/account/password',
  post: '/workbench/account/post',
};

/** Where a post starts its day. */
export function homePathFor(role: RoleName): string {
  switch (role) {
    case 'supervisor':
      return '/supervision';
    case 'agent':
      return '/workbench/agent';
    case 'system_admin':
    case 'security_admin':
    case 'audit_admin':
      return '/workbench/admin';
    default:
      return '/workbench';
  }
}

/** Only paths inside this site: `next` comes from the address bar and must not lead elsewhere. */
export function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** The first step a staff session still has to take before it may work, or null. */
export function pendingStep(staff: StaffMe): string | null {
  if (staff.mfa.required && !staff.mfa.passed) return accountPaths.totp;
  if (staff.passwordExpired) return accountPaths.password;
  if (!staff.acting) return accountPaths.post;
  return null;
}

type Acting = { staff: StaffMe; acting: RoleBinding };

const ActingContext = createContext<Acting | null>(null);

/** The staff member and the post they act for, inside StaffGate. */
export function useActing(): Acting {
  const value = useContext(ActingContext);
  if (!value) throw new Error('useActing must be used inside StaffGate');
  return value;
}

/**
 * Every staff page sits behind this: not logged in → login; second factor, expired password or
 * post still to choose → that step first; then the page, with `next` bringing the user back.
 */
export function StaffGate() {
  const { me, staff } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageLoading />;
  const here = location.pathname + location.search;
  if (!staff) return <Navigate to={withNext(loginPath, here)} replace />;
  const step = pendingStep(staff);
  if (step || !staff.acting) return <Navigate to={withNext(step ?? accountPaths.post, here)} replace />;
  return (
    <ActingContext.Provider value={{ staff, acting: staff.acting }}>
      <Outlet />
    </ActingContext.Provider>
  );
}

/** A staff session, whatever steps remain (the steps' own pages). */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { me, staff } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageLoading />;
  if (!staff) return <Navigate to={withNext(loginPath, location.pathname + location.search)} replace />;
  return children;
}

/** Pages that belong to some posts only; anyone else is told which post they act for. */
export function RoleGate({ roles }: { roles: readonly RoleName[] }) {
  const { acting, staff } = useActing();
  const t = useStaffT();
  const { lang } = useLang();
  if (roles.includes(acting.role)) return <Outlet />;
  return (
    <Result
      status="403"
      title={<h1 className="tb-result-title">{t.gate.wrongPostTitle}</h1>}
      subTitle={t.gate.wrongPost(postTitle(acting, lang))}
      extra={
        <span className="tb-staff-actions">
          <Link to={homePathFor(acting.role)} className="tb-button-link">
            {t.gate.goHome}
          </Link>
          {staff.roles.length > 1 && (
            <Link to={accountPaths.post} className="tb-button-link">
              {t.menu.switchPost}
            </Link>
          )}
        </span>
      }
    />
  );
}
