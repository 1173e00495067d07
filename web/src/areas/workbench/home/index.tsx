import { Empty, Spin } from 'antd';
import { Link, Navigate } from 'react-router';
import { ErrorAlert } from '../account/error-alert';
import { homePathFor, useActing } from '../account/gate';
import { useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import { ContentLinks } from '../content/home-links';
import { CaseLinks } from './case-links';
import { EvaluationsLink } from './evaluations-link';
import { FeesLink } from './fees-link';
import { PostHeading } from './post-heading';
import { UrgesLink } from './urges-link';
import { MessagesLink } from '../participation/messages-link';
import { WindowCard, type WindowView } from './window-card';

/** Who replies to an urge on the window's cases (R-SUP-1). */
const urgeRoles = new Set<string>(['window_clerk', 'approver', 'department_head']);

/** /workbench: window staff see their world; other posts are sent to theirs. */
export default function WorkbenchHome() {
  const { acting } = useActing();
  const home = homePathFor(acting.role);
  if (home !== '/workbench') return <Navigate to={home} replace />;
  return <WindowsHome />;
}

function WindowsHome() {
  const t = useStaffT();
  const { acting } = useActing();
  const windows = useLoad<WindowView[]>('/api/me/windows');
  const clerk = acting.role === 'window_clerk';
  const own = clerk ? windows.data?.find((w) => w.id === acting.windowId) : undefined;

  return (
    <section className="tb-staff-page" data-testid="workbench-home" data-role={acting.role}>
      <PostHeading windowName={own?.name} />
      <ErrorAlert error={windows.error} onReload={windows.reload} />
      <div className="tb-staff-panel">
        <h2>
          {clerk ? t.home.myWindow : t.home.departmentWindows}
          {!clerk && windows.data && (
            <span className="tb-staff-count"> · {t.home.windowCount(windows.data.length)}</span>
          )}
        </h2>
        {windows.loading ? (
          <Spin />
        ) : windows.data && windows.data.length > 0 ? (
          <ul className="tb-card-grid" data-testid="window-list">
            {windows.data.map((w) => (
              <li key={w.id}>
                <WindowCard window={w} />
              </li>
            ))}
          </ul>
        ) : (
          !windows.error && <Empty description={t.empty.windows} />
        )}
      </div>
      <nav className="tb-staff-panel" aria-labelledby="tb-links-title">
        <h2 id="tb-links-title">{t.home.links}</h2>
        <ul className="tb-card-grid tb-link-cards">
          {urgeRoles.has(acting.role) && <UrgesLink />}
          {urgeRoles.has(acting.role) && <MessagesLink />}
          <CaseLinks clerk={clerk} />
          <ContentLinks maintain={acting.role !== 'agent'} />
          <FeesLink role={acting.role} />
          {(acting.role === 'window_clerk' || acting.role === 'department_head') && <EvaluationsLink />}
          <li>
            <Link to="/workbench/items" data-testid="link-items">
              <strong>{clerk ? t.home.maintainItems : t.home.viewItems}</strong>
              <span>{clerk ? t.home.maintainItemsHint : t.home.viewItemsHint}</span>
            </Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}
