import { Alert, Button, Empty, Form, Input, Table } from 'antd';
import { useEffect, type HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { useLoad } from '../../../api/use-load';
import type { Announcement, AnnouncementPage } from '../../../api/announcements';
import { useT } from '../../../i18n';
import './announcements.css';

type Filters = { q: string; from: string; to: string };

const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readParams(p: URLSearchParams) {
  const date = (k: string) => (DATE.test(p.get(k) ?? '') ? (p.get(k) ?? '') : '');
  const page = Math.max(1, Math.min(10000, Number.parseInt(p.get('page') ?? '1', 10) || 1));
  return { q: (p.get('q') ?? '').slice(0, 50), from: date('from'), to: date('to'), page };
}

function query(s: Filters & { page: number }): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.page > 1) p.set('page', String(s.page));
  return p.toString();
}

/** 许可公示 (/portal/announcements, public, Art. 40): grants by item or holder name and date range. */
export function AnnouncementsPage() {
  const t = useT().notices.announcements;
  const [params, setParams] = useSearchParams();
  const state = readParams(params);
  const [form] = Form.useForm<Filters>();
  const api = new URLSearchParams(query(state));
  api.set('pageSize', String(PAGE_SIZE));
  const { data, error, loading, reload } = useLoad<AnnouncementPage>(`/api/announcements?${api.toString()}`);

  // Back/forward changes the URL underneath the form; keep what it shows in step.
  useEffect(
    () => form.setFieldsValue({ q: state.q, from: state.from, to: state.to }),
    [form, state.q, state.from, state.to],
  );

  const go = (f: Partial<Filters>, page = 1) => setParams(query({ ...state, ...f, page }));

  return (
    <div className="tbp-ann" data-testid="announcements-page">
      <section className="tbp-hero" aria-labelledby="tbp-ann-title">
        <h1 id="tbp-ann-title" className="tbp-hero__title">
          {t.title}
        </h1>
        <p className="tbp-hero__lead">{t.lead}</p>
        <Form<Filters>
          form={form}
          role="search"
          layout="inline"
          className="tbp-ann__form"
          initialValues={{ q: state.q, from: state.from, to: state.to }}
          onFinish={(v) => go({ q: (v.q ?? '').trim(), from: v.from ?? '', to: v.to ?? '' })}
          data-testid="announcements-form"
        >
          <Form.Item name="q" label={t.q}>
            <Input allowClear maxLength={50} placeholder={t.qPlaceholder} data-testid="announcements-q" />
          </Form.Item>
          <Form.Item label={t.dates} className="tbp-ann__dates">
            <span className="tbp-ann__range">
              <Form.Item name="from" noStyle>
                <Input type="date" aria-label={`${t.dates} ≥`} data-testid="announcements-from" />
              </Form.Item>
              <span aria-hidden>–</span>
              <Form.Item name="to" noStyle>
                <Input type="date" aria-label={`${t.dates} ≤`} data-testid="announcements-to" />
              </Form.Item>
            </span>
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="announcements-search">
            {t.search}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ q: '', from: '', to: '' });
              setParams('');
            }}
          >
            {t.reset}
          </Button>
        </Form>
      </section>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error instanceof Error ? error.message : ''}
          action={<Button onClick={reload}>{t.search}</Button>}
        />
      ) : null}
      <Table<Announcement>
        rowKey={(r) => `${r.certificateNo}-${r.decidedOn}`}
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t.empty} /> }}
        onRow={() => ({ 'data-testid': 'announcement' }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: state.page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t.total(n),
          onChange: (page) => go({}, page),
        }}
        columns={[
          { title: t.itemName, dataIndex: 'itemName' },
          { title: t.holderName, dataIndex: 'holderName' },
          { title: t.certificateNo, dataIndex: 'certificateNo' },
          { title: t.certificateType, dataIndex: 'certificateType' },
          { title: t.issuer, dataIndex: 'issuer' },
          { title: t.decidedOn, dataIndex: 'decidedOn' },
          { title: t.validUntil, dataIndex: 'validUntil', render: (v: string | null) => v ?? t.longTerm },
        ]}
      />
    </div>
  );
}
