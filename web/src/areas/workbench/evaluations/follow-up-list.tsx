import { Button, Empty, Table, Tabs } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { EvaluationListItem, EvaluationQuery } from '../../../api/evaluations';
import { useLang } from '../../../i18n';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { useTabInAddress } from '../account/use-tab-in-address';
import { dateTime } from '../cases/format';
import { FollowUpDue, FollowUpTag, LevelTag } from './evaluation-tags';
import { useEvaluationPage } from './use-evaluations';

type Filter = NonNullable<EvaluationQuery['filter']>;
/** The tabs in the order of the work: what waits on the window, on the supervisor, then the rest. */
export const filters: readonly Filter[] = ['open', 'answered', 'closed', 'overdue', 'poor', 'all'];
const PAGE_SIZE = 20;

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
  const { filter, page, go } = useTabInAddress(filters, defaultFilter);
  const state = useEvaluationPage({ filter, page, pageSize: PAGE_SIZE }, round);

  const caseCell = (r: EvaluationListItem) =>
    onOpen ? (
      <span className="tbc-case-no">{r.caseNo}</span>
    ) : (
      <Link to={`/workbench/cases/${r.caseId}`} className="tbc-case-no" data-testid="evaluation-case-link">
        {r.caseNo}
      </Link>
    );

  return (
    <div data-testid="evaluation-list" data-filter={filter}>
      <Tabs
        activeKey={filter}
        onChange={(key) => go({ filter: key as Filter })}
        items={filters.map((f) => ({ key: f, label: <span data-testid={`evaluation-tab-${f}`}>{t.tabs[f]}</span> }))}
        size="small"
      />
      <ErrorAlert error={state.error} onReload={state.reload} />
      <Table<EvaluationListItem>
        rowKey="caseId"
        size="small"
        loading={state.loading}
        dataSource={state.data?.items ?? []}
        scroll={{ x: 960 }}
        onRow={(r) =>
          ({
            'data-testid': 'evaluation-row',
            'data-case-no': r.caseNo,
            'data-level': r.level,
            'data-follow-up': r.followUp?.status ?? 'none',
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: state.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t.total(n),
          onChange: (p) => go({ page: p }),
        }}
        locale={{ emptyText: <Empty description={t.empty[filter]} data-testid="evaluation-empty" /> }}
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
              r.followUp ? (
                <FollowUpTag status={r.followUp.status} />
              ) : (
                <span className="tbc-muted">{t.noFollowUp}</span>
              ),
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
    </div>
  );
}
