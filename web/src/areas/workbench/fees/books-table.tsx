import { Button, Empty, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { ErrorAlert } from '../account/error-alert';
import { useWorkbenchFeesT } from './i18n';
import { bookStatusColour, type InvoiceBook, yuan } from './types';

/**
 * 票据本: issued, in use, used up, settled, settlement overdue. A clerk settles a used-up book
 * with the bank's slip (the sum must equal the book's receipts).
 */
export function BooksTable({
  books,
  loading,
  canSettle,
  onChange,
}: {
  books: InvoiceBook[];
  loading?: boolean;
  canSettle: boolean;
  onChange: () => void;
}) {
  const t = useWorkbenchFeesT().books;
  const [settling, setSettling] = useState<InvoiceBook | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const [slip, setSlip] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Table<InvoiceBook>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={books}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
        columns={[
          { title: t.cols.window, dataIndex: 'windowName' },
          { title: t.cols.series, dataIndex: 'series' },
          { title: t.cols.range, render: (_, b) => `${b.firstNo}–${b.lastNo}` },
          { title: t.cols.remaining, dataIndex: 'remaining' },
          {
            title: t.cols.status,
            render: (_, b) => (
              <Tag color={bookStatusColour[b.status]} data-testid="book-status">
                {t.status[b.status]}
              </Tag>
            ),
          },
          {
            title: t.cols.settleDue,
            render: (_, b) => (b.settleDue ? t.date(b.settleDue) : '—'),
          },
          {
            title: t.cols.settlement,
            render: (_, b) =>
              b.settledFen !== null ? (
                `¥${yuan(b.settledFen)}（${b.bankSlipNo ?? ''}）`
              ) : canSettle && (b.status === 'used_up' || b.status === 'settlement_overdue') ? (
                <Button size="small" onClick={() => setSettling(b)}>
                  {t.settle}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Modal
        open={settling !== null}
        title={t.settleTitle}
        okText={t.submit}
        cancelText={t.cancel}
        okButtonProps={{ disabled: !amount || !slip.trim() }}
        onCancel={() => setSettling(null)}
        onOk={() => {
          if (!settling || !amount) return;
          apiPost(`/api/invoice-books/${settling.id}/settlement`, {
            version: settling.version,
            amountFen: Math.round(amount * 100),
            bankSlipNo: slip.trim(),
          }).then(
            () => {
              setSettling(null);
              setError(null);
              onChange();
            },
            (err: unknown) => setError(err),
          );
        }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t.amount}</span>
          <InputNumber
            min={0.01}
            step={0.01}
            value={amount}
            onChange={(v) => setAmount(v)}
            style={{ width: '100%' }}
            aria-label={t.amount}
          />
          <span>{t.slip}</span>
          <Input value={slip} onChange={(e) => setSlip(e.target.value)} maxLength={60} aria-label={t.slip} />
          <ErrorAlert error={error} onReload={onChange} />
        </Space>
      </Modal>
    </>
  );
}
