import { Link } from 'react-router';
import { urgesPath, type UrgeFilter, type UrgeListItem, type UrgePage } from '../../../api/urges';
import { useLoad } from '../../../api/use-load';
import { useLang } from '../../../i18n';
import { useStaffT } from '../account/i18n';
import { TabbedList } from '../account/tabbed-list';
import { dateTime } from '../cases/format';
import { UrgeDue, UrgeStatusTag } from './urge-tags';

/** The tabs in the order of the work: what waits on the window, what is late, then the rest. */
const filters: readonly UrgeFilter[] = ['open', 'overdue', 'replied', 'all'];
const useUrgePage = (query: Parameters<typeof urgesPath>[0]) => useLoad<UrgePage>(urgesPath(query));

/**
 * The urges in the actor's scope (the server scopes them: a clerk's window, a department, a
 * supervisor's centres) behind filter tabs kept in the address, so a reload or a link keeps the
 * tab. Each line links to its case page, where the urge is read and replied to.
 */
export function UrgeList({ showCentre = false }: { showCentre?: boolean }) {
  const t = useStaffT().urges.list;
  const { lang } = useLang();
  return (
    <TabbedList<UrgeFilter, UrgeListItem>
      testId="urge"
      filters={filters}
      defaultFilter="open"
      tabLabel={(f) => t.tabs[f]}
      usePage={useUrgePage}
      rowKey="id"
      rowData={(r) => ({ 'data-case-no': r.caseNo, 'data-status': r.status })}
      emptyText={(f) => t.empty[f]}
      total={(n) => t.total(n)}
      scrollX={960}
      columns={[
        {
          title: t.col.caseNo,
          key: 'caseNo',
          width: 200,
          render: (_, r) => (
            <Link to={`/workbench/cases/${r.caseId}`} className="tbc-case-no" data-testid="urge-case-link">
              {r.caseNo}
            </Link>
          ),
        },
        {
          title: t.col.item,
          key: 'item',
          render: (_, r) => (lang === 'en' && r.itemNameEn ? r.itemNameEn : r.itemName),
        },
        { title: t.col.note, key: 'note', ellipsis: true, render: (_, r) => r.note },
        { title: t.col.urgedAt, key: 'urgedAt', width: 150, render: (_, r) => dateTime(r.urgedAt) },
        { title: t.col.replyDue, key: 'replyDue', width: 200, render: (_, r) => <UrgeDue urge={r} /> },
        { title: t.col.status, key: 'status', width: 100, render: (_, r) => <UrgeStatusTag urge={r} /> },
        {
          title: t.col.window,
          key: 'window',
          // A supervisor's reach spans centres: the centre goes under the window, not in a column of its own.
          render: (_, r) => (
            <>
              {r.windowNumber} {r.windowName}
              {showCentre && <div className="tbc-muted">{r.centreName}</div>}
            </>
          ),
        },
      ]}
    />
  );
}
