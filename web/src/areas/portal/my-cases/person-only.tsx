import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../../session/session';
import { PageLoading } from '../../../shell/page-states';

/** Pages for a logged-in applicant; anyone else goes to the login page and comes back here after. */
export function PersonOnly({ children }: { children: ReactNode }) {
  const { me, person } = useSession();
  const { pathname, search } = useLocation();
  if (me === undefined) return <PageLoading />;
  if (!person) return <Navigate to={`/portal/login?next=${encodeURIComponent(pathname + search)}`} replace />;
  return children;
}
