import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PageLoading } from '../../../shell/page-states';
import type { RoleName } from '../../../session/types';
import { useSession } from '../../../session/session';
import { usePortalT } from '../../portal/i18n';

/** Shows its children only to staff acting in the given post; says plainly what to do otherwise. */
export function StaffGate({ role, wrongPost, children }: { role: RoleName; wrongPost: string; children: ReactNode }) {
  const t = usePortalT();
  const { me, staff } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageLoading />;
  if (!staff) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Result
        status="403"
        title={<h1 className="tb-result-title">{t.editor.needStaff}</h1>}
        extra={
          <Link to={`/workbench/login?next=${next}`} className="tb-button-link" data-testid="gate-login">
            {t.editor.toStaffLogin}
          </Link>
        }
      />
    );
  }
  if (staff.acting?.role !== role) {
    return (
      <Result status="warning" title={<h1 className="tb-result-title">{wrongPost}</h1>} data-testid="gate-wrong-post" />
    );
  }
  return children;
}
