import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { yuan } from '../../workbench/fees/types';
import { useLang } from '../../../i18n';
import { useSupervisionFeesT } from './i18n';

type Stats = {
  /** `labelEn` is the English name where one exists, else the Chinese one (the server decides). */
  items: Array<{
    key: string;
    label: string;
    labelEn: string;
    payments: number;
    amountFen: number;
    refundedFen: number;
  }>;
  totalFen: number;
  payments: number;
};

const dimensions = ['item', 'window', 'department', 'mode', 'day', 'month'] as const;

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const monthStart = () => `${chinaToday().slice(0, 8)}01`;

/**
 * 收费统计 (R-SUP-3): figures computed on the server, exported as .xlsx in the screen's language (a
 * download link cannot send Accept-Language, so it says `lang`).
 */
export function FeeStats() {
  const t = useSupervisionFeesT().stats;
  const { lang } = useLang();
  const [from, setFrom] = useState(monthStart());
  const [to, setTo] = useState(chinaToday());
  const [by, setBy] = useState<string>('item');
  const query = `from=${from}&to=${to}&by=${by}`;
  const { data, error, loading, reload } = useLoad<Stats>(`/api/fee-stats?${query}`);
  const refunded = data?.items.reduce((s, r) => s + r.refundedFen, 0) ?? 0;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowClear={false}
          aria-label={t.period}
          placeholder={[from, to]}
          onChange={(_, s) => {
            if (s[0] && s[1]) {
              setFrom(s[0]);
              setTo(s[1]);
            }
          }}
        />
        <Select
          value={by}
          onChange={setBy}
          options={dimensions.map((d) => ({ value: d, label: t.dims[d] }))}
          style={{ width: 160 }}
          aria-label={t.dimension}
          data-testid="fee-stats-by"
        />
        <Button
          icon={<DownloadOutlined />}
          href={`/api/fee-stats.xlsx?${query}&lang=${lang}`}
          data-testid="fee-stats-export"
        >
          {t.export}
        </Button>
        <span data-testid="fee-stats-range">{t.range(from, to)}</span>
      </Space>
      <ErrorAlert error={error} onReload={reload} />
      <div data-testid="fee-stats">
        <Table
          rowKey="key"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> }}
          columns={[
            {
              title: t.dimCol[by] ?? '',
              render: (_, r) => (by === 'mode' ? (t.mode[r.key] ?? r.label) : lang === 'en' ? r.labelEn : r.label),
            },
            { title: t.payments, dataIndex: 'payments', align: 'right' },
            { title: t.amount, render: (_, r) => yuan(r.amountFen), align: 'right' },
            { title: t.refunded, render: (_, r) => yuan(r.refundedFen), align: 'right' },
          ]}
          summary={() =>
            data && data.items.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t.total}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <strong data-testid="fee-stats-payments">{data.payments}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong data-testid="fee-stats-total">{yuan(data.totalFen)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong>{yuan(refunded)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </div>
    </>
  );
}
