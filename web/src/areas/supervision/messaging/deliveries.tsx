import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { apiPost } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import type { MessagingDictionary } from './i18n';

/** One row of GET /api/notification-deliveries (server: modules/messaging/schemas.ts). */
export type Delivery = {
  id: string;
  channel: 'sms' | 'email';
  topic: string;
  caseId: string;
  caseNo: string;
  to: string;
  lang: string;
  subject: string;
  body: string;
  status: string;
  provider: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  version: number;
};

type Page = { items: Delivery[]; total: number; page: number; pageSize: number };

const statusColour: Record<string, string> = {
  pending: 'blue',
  sending: 'processing',
  retry: 'orange',
  sent: 'green',
  dead: 'red',
};

/**
 * The outbox page (what was, or in the demo would have been, sent) and the dead letters with
 * "send again". For the cases of the supervisor's centres; addresses come masked from the server.
 */
export function Deliveries({ t, deadOnly }: { t: MessagingDictionary; deadOnly: boolean }) {
  const { message } = App.useApp();
  const [status, setStatus] = useState<string>('');
  const [channel, setChannel] = useState<string>('');
  const [caseNo, setCaseNo] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const params = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (deadOnly) params.set('status', 'dead');
  else if (status) params.set('status', status);
  if (channel) params.set('channel', channel);
  if (query) params.set('caseNo', query);
  const loaded = useLoad<Page>(`/api/notification-deliveries?${params.toString()}`);

  const retry = async (d: Delivery) => {
    setBusy(d.id);
    try {
      await apiPost('/api/notification-deliveries/' + d.id + '/retry', { version: d.version });
      void message.success(t.retried);
      loaded.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
      loaded.reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="tb-msg-deliveries" data-testid={deadOnly ? 'dead-letters' : 'deliveries'}>
      {deadOnly && <Alert type="info" showIcon title={t.deadHint} className="tb-msg-gap" />}
      <Space wrap className="tb-msg-gap">
        {!deadOnly && (
          <Select
            aria-label={t.filters.status}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            style={{ minWidth: 140 }}
            options={[
              { value: '', label: `${t.filters.status}：${t.filters.all}` },
              ...Object.entries(t.status).map(([value, label]) => ({ value, label })),
            ]}
          />
        )}
        <Select
          aria-label={t.filters.channel}
          value={channel}
          onChange={(v) => {
            setChannel(v);
            setPage(1);
          }}
          style={{ minWidth: 140 }}
          options={[
            { value: '', label: `${t.filters.channel}：${t.filters.all}` },
            ...Object.entries(t.channel).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Input.Search
          aria-label={t.filters.caseNo}
          placeholder={t.filters.caseNo}
          allowClear
          value={caseNo}
          onChange={(e) => setCaseNo(e.target.value)}
          onSearch={(v) => {
            setQuery(v.trim());
            setPage(1);
          }}
          enterButton={t.filters.search}
          style={{ width: 320 }}
        />
        <Button icon={<ReloadOutlined />} onClick={loaded.reload} aria-label="reload" />
      </Space>
      <ErrorAlert error={loaded.error} onReload={loaded.reload} />
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={loaded.loading}
        dataSource={loaded.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.empty }}
        onRow={(d) => ({ 'data-testid': 'delivery-row', 'data-status': d.status }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: 20,
          total: loaded.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t.cols.at, dataIndex: 'createdAt', render: (at: string) => t.time(at) },
          { title: t.cols.caseNo, dataIndex: 'caseNo' },
          { title: t.cols.event, dataIndex: 'topic', render: (topic: string) => t.events[topic] ?? topic },
          { title: t.cols.channel, dataIndex: 'channel', render: (c: string) => t.channel[c] ?? c },
          { title: t.cols.to, dataIndex: 'to' },
          {
            title: t.cols.content,
            key: 'content',
            render: (_, d) => (
              <div className="tb-msg-content">
                {d.subject && <strong>{d.subject}</strong>}
                <p>{d.body}</p>
              </div>
            ),
          },
          {
            title: t.cols.status,
            key: 'status',
            render: (_, d) => (
              <Space orientation="vertical" size={0}>
                <Tag color={statusColour[d.status]}>{t.status[d.status] ?? d.status}</Tag>
                {d.provider && <span className="tb-msg-muted">{t.provider[d.provider] ?? d.provider}</span>}
                {d.nextAttemptAt && d.status === 'retry' && (
                  <span className="tb-msg-muted">{t.nextAttempt(d.nextAttemptAt)}</span>
                )}
              </Space>
            ),
          },
          { title: t.cols.attempts, dataIndex: 'attempts' },
          {
            title: t.cols.error,
            dataIndex: 'lastError',
            render: (e: string | null) => <span className="tb-msg-error">{e ?? ''}</span>,
          },
          {
            title: t.cols.action,
            key: 'action',
            fixed: 'right',
            render: (_, d) =>
              d.status === 'dead' ? (
                <Button size="small" loading={busy === d.id} onClick={() => void retry(d)} data-testid="delivery-retry">
                  {t.retry}
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
