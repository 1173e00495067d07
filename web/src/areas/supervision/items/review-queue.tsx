import { Empty, Table } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../portal/catalogue/load-error';
import { useLoad } from '../../../api/use-load';
import { usePortalT } from '../../portal/i18n';
import type { ItemSummary } from '../../workbench/items/types';

/** Items in review (待审核) across the centres this supervisor oversees, oldest submission first. */
export function ReviewQueue() {
  const t = usePortalT();
  const r = t.review;
  const { data, error, loading, reload } = useLoad<ItemSummary[]>('/api/items');
  const queue = (data ?? [])
    .filter((i) => i.status === 'in_review')
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  return (
    <div className="tbi-page">
      <h1 className="tb-page-title">{r.title}</h1>
      <p className="tbi-lead">{r.lead}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <Table<ItemSummary>
        rowKey="id"
        loading={loading}
        dataSource={queue}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={r.queueEmpty} data-testid="review-empty" /> }}
        data-testid="review-queue"
        columns={[
          {
            title: t.editor.colName,
            key: 'name',
            render: (_, item) => (
              <Link to={`/supervision/items/${item.id}`} data-testid="review-link" data-item-id={item.id}>
                {item.name}
              </Link>
            ),
          },
          { title: r.department, dataIndex: 'departmentName' },
          { title: t.guide.window, dataIndex: 'windowName' },
          { title: r.submittedAt, dataIndex: 'updatedAt', render: (v: string) => t.common.dateTime(v) },
          {
            title: t.editor.colActions,
            key: 'open',
            render: (_, item) => <Link to={`/supervision/items/${item.id}`}>{r.open}</Link>,
          },
        ]}
      />
    </div>
  );
}
