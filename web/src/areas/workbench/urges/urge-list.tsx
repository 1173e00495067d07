import { Empty, Table, Tabs } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { urgesPath, type UrgeFilter, type UrgeListItem, type UrgePage } from '../../../api/urges';
import { useLoad } from '../../../api/use-load';
import { useLang } from '../../../i18n';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { useTabInAddress } from '../account/use-tab-in-address';
import { dateTime } from '../cases/format';
import { UrgeDue, UrgeStatusTag } from './urge-tags';

/** The tabs in the order of the work: what waits on the window, what is late, then the rest. */
const filters: readonly UrgeFilter[] = ['open', 'overdue', 'replied', 'all'];
const PAGE_SIZE = 20;

/**
 * The urges in the actor's scope (the server scopes them: a clerk's window, a department, a
 * supervisor's centres) behind filter tabs kept in the address, so a reload or a link keeps the
 * tab. Each line links to its case page, where the urge is read and replied to.
 */
export function UrgeList({ showCentre = false }: { showCentre?: boolean }) {
  const t = useStaffT().urges.list;
  const { lang } = useLang();
  const { filter, page, go } = useTabInAddress(filters, 'open');
  const state = useLoad<UrgePage>(urgesPath({ filter, page, pageSize: PAGE_SIZE }));

  return (
    <div data-testid="urge-list" data-filter={filter}>
      <Tabs
        activeKey={filter}
        onChange={(key) => go({ filter: key as UrgeFilter })}
        items={filters.map((f) => ({ key: f, label: <span data-testid={`urge-tab-${f}`}>{t.tabs[f]}</span> }))}
        size="small"
      />
      <ErrorAlert error={state.error} onReload={state.reload} />
      <Table<UrgeListItem>
        rowKey="id"
        size="small"
        loading={state.loading}
        dataSource={state.data?.items ?? []}
        scroll={{ x: 960 }}
        onRow={(r) =>
          ({
            'data-testid': 'urge-row',
            'data-case-no': r.caseNo,
            'data-status': r.status,
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
        locale={{ emptyText: <Empty description={t.empty[filter]} data-testid="urge-empty" /> }}
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
    </div>
  );
}
