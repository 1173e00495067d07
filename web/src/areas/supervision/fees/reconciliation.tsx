import { Button, DatePicker, Empty, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { yuan } from '../../workbench/fees/types';
import { useSupervisionFeesT } from './i18n';

type Mismatch = {
  id: string;
  kind: 'missing_in_system' | 'missing_in_statement' | 'amount_mismatch';
  bankTxnId: string;
  orderNo: string | null;
  statementFen: number | null;
  systemFen: number | null;
  status: 'open' | 'resolved';
  resolution: string | null;
  version: number;
};

type Statement = {
  id: string;
  centreName: string;
  statementDate: string;
  lineCount: number;
  openMismatches: number;
  importedBy: string;
};

/**
 * 对账: import the bank's daily CSV; every mismatch is listed for a person to resolve. A statement
 * belongs to the importing centre; the list shows those of this centre and the centres below it.
 */
export function Reconciliation() {
  const t = useSupervisionFeesT().reconcile;
  const [date, setDate] = useState<string | null>(null);
  const [statementId, setStatementId] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const { data, error, loading, reload } = useLoad<{ items: Mismatch[] }>(
    statementId ? `/api/bank-statements/${statementId}/mismatches` : null,
  );
  const list = useLoad<{ items: Statement[] }>('/api/bank-statements');
  const importFile = async (file: File) => {
    setFailure(null);
    try {
      const r = await apiPost<{ id: string }>('/api/bank-statements', { statementDate: date, csv: await file.text() });
      setStatementId(r.id);
      list.reload();
    } catch (err) {
      setFailure(err);
    }
  };
  const resolve = (m: Mismatch) => {
    setFailure(null);
    return apiPost(`/api/reconciliation-mismatches/${m.id}/resolution`, {
      version: m.version,
      resolution: notes[m.id] ?? '',
    }).then(
      () => {
        reload();
        list.reload();
      },
      (err: unknown) => setFailure(err),
    );
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          onChange={(_, s) => setDate(typeof s === 'string' && s ? s : null)}
          placeholder={t.date}
          aria-label={t.date}
        />
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          disabled={!date}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button disabled={!date}>{t.import}</Button>
        </Upload>
        <Typography.Text type="secondary">{t.format}</Typography.Text>
      </Space>
      <ErrorAlert error={error ?? failure ?? list.error} onReload={statementId ? reload : list.reload} />
      <Typography.Title level={5}>{t.statements}</Typography.Title>
      <Table<Statement>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        style={{ marginBottom: 16 }}
        data-testid="bank-statements"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noStatements} /> }}
        columns={[
          { title: t.list.date, dataIndex: 'statementDate' },
          { title: t.list.centre, dataIndex: 'centreName' },
          { title: t.list.lines, dataIndex: 'lineCount', align: 'right' },
          { title: t.list.open, dataIndex: 'openMismatches', align: 'right' },
          { title: t.list.importedBy, dataIndex: 'importedBy' },
          {
            title: '',
            render: (_, st) =>
              st.id === statementId ? (
                <Tag color="blue">{t.list.viewing}</Tag>
              ) : (
                <Button size="small" onClick={() => setStatementId(st.id)}>
                  {t.list.view}
                </Button>
              ),
          },
        ]}
      />
      {statementId && (
        <Table<Mismatch>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
          columns={[
            { title: t.cols.kind, render: (_, m) => <Tag color="red">{t.kind[m.kind]}</Tag> },
            { title: t.cols.bankTxnId, dataIndex: 'bankTxnId' },
            { title: t.cols.orderNo, render: (_, m) => m.orderNo ?? '—' },
            { title: t.cols.statement, render: (_, m) => (m.statementFen === null ? '—' : yuan(m.statementFen)) },
            { title: t.cols.system, render: (_, m) => (m.systemFen === null ? '—' : yuan(m.systemFen)) },
            {
              title: t.cols.resolution,
              render: (_, m) =>
                m.status === 'resolved' ? (
                  m.resolution
                ) : (
                  <Space.Compact>
                    <Input
                      size="small"
                      placeholder={t.note}
                      aria-label={t.note}
                      value={notes[m.id] ?? ''}
                      onChange={(e) => setNotes({ ...notes, [m.id]: e.target.value })}
                    />
                    <Button
                      size="small"
                      onClick={() => void resolve(m)}
                      disabled={(notes[m.id] ?? '').trim().length < 2}
                    >
                      {t.resolve}
                    </Button>
                  </Space.Compact>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
