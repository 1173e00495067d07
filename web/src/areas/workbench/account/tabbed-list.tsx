import { Empty, Table, Tabs, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { Loaded } from '../../../api/use-load';
import { ErrorAlert } from './error-alert';
import { useTabInAddress } from './use-tab-in-address';

export const LIST_PAGE_SIZE = 20;

/**
 * The shape of the officers' work lists (督办件, 差评整改, 留言办理): filter tabs and a page kept in the
 * address, one server page at a time, an error with 重试, and an empty state per tab. `testId`
 * names the parts for the browser tests: `<testId>-list`, `-tab-<filter>`, `-row`, `-empty`.
 */
export function TabbedList<F extends string, Row extends object>({
  testId,
  filters,
  defaultFilter,
  tabLabel,
  usePage,
  round = 0,
  rowKey,
  rowData,
  emptyText,
  total,
  columns,
  scrollX,
}: {
  testId: string;
  filters: readonly F[];
  defaultFilter: F;
  tabLabel: (f: F) => ReactNode;
  /** The hook that loads the page the tabs ask for (again when `round` changes). */
  usePage: (
    query: { filter: F; page: number; pageSize: number },
    round: number,
  ) => Loaded<{ items: Row[]; total: number }>;
  /** Bumped by the page after a change made elsewhere on it, to load the list again. */
  round?: number;
  rowKey: keyof Row & string;
  /** Extra `data-*` attributes per row, for the browser tests. */
  rowData: (row: Row) => Record<string, string>;
  emptyText: (f: F) => ReactNode;
  total: (n: number) => ReactNode;
  columns: TableColumnsType<Row>;
  scrollX: number;
}) {
  const { filter, page, go } = useTabInAddress(filters, defaultFilter);
  const state = usePage({ filter, page, pageSize: LIST_PAGE_SIZE }, round);
  return (
    <div data-testid={`${testId}-list`} data-filter={filter}>
      <Tabs
        activeKey={filter}
        onChange={(key) => go({ filter: key as F })}
        items={filters.map((f) => ({ key: f, label: <span data-testid={`${testId}-tab-${f}`}>{tabLabel(f)}</span> }))}
        size="small"
      />
      <ErrorAlert error={state.error} onReload={state.reload} />
      <Table<Row>
        rowKey={rowKey}
        size="small"
        loading={state.loading}
        dataSource={state.data?.items ?? []}
        scroll={{ x: scrollX }}
        onRow={(r) => ({ 'data-testid': `${testId}-row`, ...rowData(r) }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: LIST_PAGE_SIZE,
          total: state.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => total(n),
          onChange: (p) => go({ page: p }),
        }}
        locale={{ emptyText: <Empty description={emptyText(filter)} data-testid={`${testId}-empty`} /> }}
        columns={columns}
      />
    </div>
  );
}
