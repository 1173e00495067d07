import { Empty, Table, Tag } from 'antd';
import { LoadError } from '../../../portal/catalogue/load-error';
import { useLoad } from '../../../../api/use-load';
import { usePortalT } from '../../../portal/i18n';
import type { HistoryEntry } from '../types';
import { fieldName } from './problems';

/** Published versions of an item: which, who submitted and published it, when, and what changed. */
export function HistoryTable({ itemId }: { itemId: string }) {
  const t = usePortalT();
  const e = t.editor;
  const { data, error, loading, reload } = useLoad<HistoryEntry[]>(`/api/items/${itemId}/history`);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Table<HistoryEntry>
      rowKey="versionId"
      size="small"
      loading={loading}
      dataSource={data ?? []}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: <Empty description={e.historyEmpty} /> }}
      data-testid="item-history"
      columns={[
        {
          title: e.version,
          key: 'version',
          width: 150,
          render: (_, v) => (
            <span>
              <a href={`/portal/versions/${v.versionId}`} target="_blank" rel="noreferrer">
                {e.newVersionNo(v.versionNo)}
              </a>{' '}
              {v.current && <Tag color="green">{e.currentVersion}</Tag>}
            </span>
          ),
        },
        { title: e.submittedBy, dataIndex: 'submittedBy', width: 110, render: (v: string | null) => v ?? '—' },
        { title: e.publishedBy, dataIndex: 'publishedBy', width: 110, render: (v: string | null) => v ?? '—' },
        { title: e.publishedAt, dataIndex: 'publishedAt', width: 180, render: (v: string) => t.common.dateTime(v) },
        {
          title: e.changed,
          dataIndex: 'changedFields',
          render: (fields: string[]) => fields.map((f) => fieldName(f, t)).join(t.common.separator),
        },
      ]}
    />
  );
}
