import { Alert, Button, Empty, Space, Table } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../account/error-alert';
import { useActing } from '../account/gate';
import { PostHeading } from '../home/post-heading';
import { BooksTable } from './books-table';
import { useWorkbenchFeesT } from './i18n';
import type { FeeApproval, InvoiceBook } from './types';

/** 部门负责人: reductions, voids and refunds awaiting approval. */
function Approvals() {
  const t = useWorkbenchFeesT().approvals;
  const { data, error, loading, reload } = useLoad<{ items: FeeApproval[] }>('/api/fee-approvals');
  const [failure, setFailure] = useState<unknown>(null);
  const decide = (a: FeeApproval, approve: boolean) => {
    setFailure(null);
    return apiPost(`/api/fee-approvals/${a.id}/decision`, { version: a.version, approve }).then(
      reload,
      (err: unknown) => {
        setFailure(err);
        reload();
      },
    );
  };
  return (
    <section className="tb-staff-panel" data-testid="fee-approvals" data-loading={loading}>
      <h2>{t.title}</h2>
      <ErrorAlert error={error ?? failure} onReload={reload} />
      <Table<FeeApproval>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
        columns={[
          { title: t.cols.kind, render: (_, a) => t.kind[a.kind] },
          { title: t.cols.caseNo, dataIndex: 'caseNo' },
          { title: t.cols.reason, dataIndex: 'reason' },
          { title: t.cols.requestedBy, dataIndex: 'requestedBy' },
          {
            title: t.cols.decision,
            render: (_, a) => (
              <Space>
                <Button size="small" type="primary" onClick={() => void decide(a, true)} data-testid="fee-approve">
                  {t.approve}
                </Button>
                <Button size="small" danger onClick={() => void decide(a, false)}>
                  {t.refuse}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}

/** 窗口: this window's invoice books and their settlement. */
function WindowBooks() {
  const t = useWorkbenchFeesT().books;
  const { data, error, loading, reload } = useLoad<{ items: InvoiceBook[] }>('/api/invoice-books');
  return (
    <section className="tb-staff-panel" data-testid="window-books" data-loading={loading}>
      <h2>{t.title}</h2>
      <ErrorAlert error={error} onReload={reload} />
      <BooksTable books={data?.items ?? []} loading={loading} canSettle onChange={reload} />
    </section>
  );
}

/** 收费 (workbench): what the post does with fees outside a single case. */
export default function FeesPage() {
  const t = useWorkbenchFeesT();
  const { acting } = useActing();
  const role = acting?.role;
  return (
    <section className="tb-staff-page" data-testid="workbench-fees">
      <PostHeading />
      <h1 className="tb-page-title" data-testid="fees-title">
        {t.title}
      </h1>
      {role === 'department_head' && <Approvals />}
      {role === 'window_clerk' && <WindowBooks />}
      {acting && role !== 'department_head' && role !== 'window_clerk' && (
        <Alert type="info" showIcon title={t.otherPost} />
      )}
    </section>
  );
}
