import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useLoad } from '../../api/use-load';
import { useT } from '../../i18n';
import './case-notices.css';

/** One row of GET /api/cases/:id/notices (server: modules/notices/routes.ts). */
export type CaseNotice = {
  id: string;
  type: string;
  title: string;
  docNo: string;
  issuedAt: string;
  issuedBy: string;
  sm3: string;
  /** GET opens the PDF inline (printing); `?download=1` as an attachment. */
  downloadUrl: string;
};

/**
 * 文书: the numbered, signed notices issued on a case (receipt, acceptance, decisions, certificate),
 * each to print (the PDF opens inline in a new tab) or download. For the case's parties and staff.
 */
/** `className` lets a page give the list its own panel look (the workbench's white panels). */
export function CaseNotices({ caseId, title, className }: { caseId: string; title?: string; className?: string }) {
  const t = useT().notices;
  const { data, error, loading, reload } = useLoad<{ items: CaseNotice[] }>(
    `/api/cases/${encodeURIComponent(caseId)}/notices`,
  );

  return (
    <section
      className={`tb-case-notices ${className ?? ''}`}
      data-testid="case-notices"
      aria-labelledby={`tb-notices-${caseId}`}
    >
      <h2 id={`tb-notices-${caseId}`} className="tb-case-notices__title">
        {title ?? t.list.title}
      </h2>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error instanceof Error ? error.message : ''}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={reload} aria-label={t.list.reload} />}
        />
      ) : null}
      {loading && !data && <Spin />}
      {data && (
        <Table<CaseNotice>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.list.empty} /> }}
          onRow={(n) => ({ 'data-testid': 'case-notice', 'data-type': n.type }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t.list.name,
              dataIndex: 'title',
              render: (title: string, n) => <span data-testid="case-notice-title">{t.types[n.type] ?? title}</span>,
            },
            {
              title: t.list.docNo,
              dataIndex: 'docNo',
              render: (docNo: string) => <span data-testid="case-notice-docno">{docNo}</span>,
            },
            { title: t.list.issuedAt, dataIndex: 'issuedAt', render: (at: string) => t.dateTime(at) },
            { title: t.list.issuedBy, dataIndex: 'issuedBy' },
            {
              title: t.list.actions,
              key: 'actions',
              // Printing is the point of the list: the buttons stay in view in a narrow column.
              fixed: 'right',
              render: (_, n) => (
                <Space size="small" wrap>
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={n.downloadUrl}
                    target="_blank"
                    rel="noopener"
                    title={t.list.printTitle(n.title)}
                    data-testid="case-notice-print"
                  >
                    {t.list.print}
                  </Button>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    href={`${n.downloadUrl}?download=1`}
                    title={t.list.downloadTitle(n.title)}
                    data-testid="case-notice-download"
                  >
                    {t.list.download}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
