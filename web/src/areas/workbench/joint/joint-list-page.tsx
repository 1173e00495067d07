import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useLoad } from '../../../api/use-load';
import { useJointT } from '../../../components/joint-case/i18n';

type Row = {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  stage: string;
  role: 'lead' | 'co';
  updatedAt: string;
};

/** 我的联办件: led or helped in by the acting window or department, most recently changed first. */
export default function JointListPage() {
  const t = useJointT();
  const { data, error, loading, reload } = useLoad<{ items: Row[] }>('/api/joint-cases');
  return (
    <section className="tb-staff-panel" data-testid="joint-list">
      <h1>{t.listTitle}</h1>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error instanceof Error ? error.message : t.loadError}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={reload} aria-label={t.retry} />}
        />
      ) : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: <Empty description={t.listEmpty} /> }}
        columns={[
          {
            title: t.caseNo,
            dataIndex: 'caseNo',
            render: (no: string, r) => <Link to={`/workbench/joint/${r.caseId}`}>{no}</Link>,
          },
          { title: t.item, dataIndex: 'itemName' },
          { title: '', dataIndex: 'role', render: (role: string) => <Tag>{role === 'lead' ? t.lead : t.co}</Tag> },
          { title: t.status, dataIndex: 'stage', render: (s: string) => t.stageNames[s] ?? s },
          { title: '', dataIndex: 'updatedAt', render: (at: string) => t.dateTime(at) },
        ]}
      />
    </section>
  );
}
