import { Button } from 'antd';
import { Link } from 'react-router';
import type { EvaluationListItem, EvaluationQuery } from '../../../api/evaluations';
import { useLang } from '../../../i18n';
import { useStaffT } from '../account/i18n';
import { TabbedList } from '../account/tabbed-list';
import { dateTime } from '../cases/format';
import { FollowUpDue, FollowUpTag, LevelTag } from './evaluation-tags';
import { useEvaluationPage } from './use-evaluations';

type Filter = NonNullable<EvaluationQuery['filter']>;
/** The tabs in the order of the work: what waits on the window, on the supervisor, then the rest. */
export const filters: readonly Filter[] = ['open', 'answered', 'closed', 'overdue', 'poor', 'all'];

/**
 * The ratings in the actor's scope (the server scopes them: a clerk's window, a head's department, a
 * supervisor's centres) behind filter tabs kept in the address, so a reload or a link keeps the tab.
 * `onOpen` makes each row open a dialog instead of linking to the workbench case page.
 */
export function FollowUpList({
  defaultFilter,
  showCentre = false,
  round = 0,
  onOpen,
}: {
  defaultFilter: Filter;
  showCentre?: boolean;
  /** Bumped by the page after a change made elsewhere on it, to load the list again. */
  round?: number;
  onOpen?: (row: EvaluationListItem) => void;
}) {
  const t = useStaffT().evaluation.list;
  const { lang } = useLang();

  const caseCell = (r: EvaluationListItem) =>
    onOpen ? (
      <span className="tbc-case-no">{r.caseNo}</span>
    ) : (
      <Link to={`/workbench/cases/${r.caseId}`} className="tbc-case-no" data-testid="evaluation-case-link">
        {r.caseNo}
      </Link>
    );

  return (
    <TabbedList<Filter, EvaluationListItem>
      testId="evaluation"
      filters={filters}
      defaultFilter={defaultFilter}
      tabLabel={(f) => t.tabs[f]}
      usePage={useEvaluationPage}
      round={round}
      rowKey="caseId"
      rowData={(r) => ({
        'data-case-no': r.caseNo,
        'data-level': String(r.level),
        'data-follow-up': r.followUp?.status ?? 'none',
      })}
      emptyText={(f) => t.empty[f]}
      total={(n) => t.total(n)}
      scrollX={960}
      columns={[
        { title: t.col.caseNo, key: 'caseNo', render: (_, r) => caseCell(r) },
        {
          title: t.col.item,
          key: 'item',
          render: (_, r) => (lang === 'en' && r.itemNameEn ? r.itemNameEn : r.itemName),
        },
        { title: t.col.level, key: 'level', render: (_, r) => <LevelTag level={r.level} /> },
        { title: t.col.ratedAt, key: 'ratedAt', render: (_, r) => dateTime(r.ratedAt) },
        {
          title: t.col.status,
          key: 'status',
          render: (_, r) =>
            r.followUp ? <FollowUpTag status={r.followUp.status} /> : <span className="tbc-muted">{t.noFollowUp}</span>,
        },
        {
          title: t.col.dueAt,
          key: 'dueAt',
          render: (_, r) => (r.followUp ? <FollowUpDue followUp={r.followUp} /> : '—'),
        },
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
        ...(onOpen
          ? [
              {
                title: t.col.action,
                key: 'action',
                render: (_: unknown, r: EvaluationListItem) => (
                  <Button size="small" onClick={() => onOpen(r)} data-testid="evaluation-verify">
                    {r.followUp?.status === 'answered' ? t.verify : t.view}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
