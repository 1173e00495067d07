import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../portal/catalogue/load-error';
import { useLoad } from '../../../api/use-load';
import { usePortalT } from '../../portal/i18n';
import { StatusTags } from './status-tags';
import type { ItemSummary } from './types';

/** 事项维护: the window's items with their status and the supervisor's return note. */
export function ItemList() {
  const t = usePortalT();
  const e = t.editor;
  const navigate = useNavigate();
  const { data, error, loading, reload } = useLoad<ItemSummary[]>('/api/items');
  return (
    <div className="tbi-page">
      <div className="tbi-page__head">
        <div>
          <h1 className="tb-page-title">{e.listTitle}</h1>
          <p className="tbi-lead">{e.listLead}</p>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => void navigate('/workbench/items/new')}
          data-testid="item-new"
        >
          {e.newItem}
        </Button>
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <Table<ItemSummary>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={e.empty} /> }}
        data-testid="item-list"
        columns={[
          {
            title: e.colName,
            key: 'name',
            render: (_, item) => (
              <div>
                <Link to={`/workbench/items/${item.id}`} data-testid="item-link" data-item-id={item.id}>
                  {item.name}
                </Link>
                {item.status === 'draft' && item.reviewNote && (
                  <div className="tbi-return-note" data-testid="item-return-note">
                    {e.returnNote}
                    {t.common.colon}
                    {item.reviewNote}
                  </div>
                )}
              </div>
            ),
          },
          { title: e.colStatus, key: 'status', width: 220, render: (_, item) => <StatusTags item={item} /> },
          { title: e.colUpdated, dataIndex: 'updatedAt', width: 180, render: (v: string) => t.common.dateTime(v) },
          {
            title: e.colActions,
            key: 'actions',
            width: 200,
            render: (_, item) => (
              <span className="tbi-actions">
                <Link to={`/workbench/items/${item.id}`}>
                  {item.status === 'in_review' ? t.common.view : t.common.edit}
                </Link>
                {item.publishedVersionId && (
                  <a href={`/portal/items/${item.id}`} target="_blank" rel="noreferrer">
                    {e.viewPublic}
                  </a>
                )}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
