import { Link } from 'react-router';
import { windowSummaryPath, type WindowSummary } from '../../../api/urges';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { PostHeading } from '../../workbench/home/post-heading';
import { UrgeList } from '../../workbench/urges/urge-list';
import { WindowTable } from './window-table';
import './supervision-cases.css';

/**
 * 办件监督 (R-SUP-1, R-SUP-3, R-NEW-3): the open cases and their red and yellow cards per window in
 * reach, and the urges given; a case is read and urged on its workbench page.
 */
export default function SupervisionCasesPage() {
  const t = useStaffT().urges;
  const summary = useLoad<WindowSummary>(windowSummaryPath);
  return (
    <section className="tb-staff-page" data-testid="supervision-cases">
      <PostHeading>
        <span className="tb-staff-actions">
          <Link to="/workbench/cases?view=all" data-testid="link-queue">
            {t.windows.queueLink}
          </Link>
        </span>
      </PostHeading>
      <h1 className="tb-page-title">{t.windows.title}</h1>
      <section className="tb-staff-panel" aria-labelledby="tbs-windows-title">
        <h2 id="tbs-windows-title">{t.windows.tableTitle}</h2>
        <p className="tb-staff-lead">{t.windows.tableHint}</p>
        <ErrorAlert error={summary.error} onReload={summary.reload} />
        <WindowTable summary={summary.data} loading={summary.loading} />
      </section>
      <section className="tb-staff-panel" aria-labelledby="tbs-urges-title">
        <h2 id="tbs-urges-title">{t.windows.urgesTitle}</h2>
        <UrgeList showCentre />
      </section>
    </section>
  );
}
