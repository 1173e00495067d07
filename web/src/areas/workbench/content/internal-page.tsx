import { Empty, Table, Tabs, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { internalArticlesPath, internalChannels, type InternalItem, type InternalPage } from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { day, useContentT } from '../../../components/content/i18n';
import { ErrorAlert } from '../account/error-alert';
import { useTabInAddress } from '../account/use-tab-in-address';
import { PostHeading } from '../home/post-heading';

const PAGE_SIZE = 20;
const tabs = ['all', ...internalChannels] as const;
type Tab = (typeof tabs)[number];

/**
 * 内部交流 (R-WEB-5): what the staff member's centre publishes internally, and what any centre of
 * the city addresses to all of them; newest first, a tab per channel kept in the address.
 */
export default function InternalExchangePage() {
  const t = useContentT();
  const { filter, page, go } = useTabInAddress<Tab>(tabs, 'all');
  const list = useLoad<InternalPage>(
    internalArticlesPath({
      page,
      pageSize: PAGE_SIZE,
      ...(filter === 'all' ? {} : { channel: filter }),
    }),
  );
  return (
    <section className="tb-staff-page" data-testid="internal-page">
      <PostHeading />
      <div className="tb-staff-panel">
        <h2 className="tb-staff-panel__title">{t.internal.title}</h2>
        <p className="tb-staff-lead">{t.internal.lead}</p>
        <Tabs
          activeKey={filter}
          onChange={(k) => go({ filter: k as Tab })}
          size="small"
          items={tabs.map((k) => ({
            key: k,
            label: <span data-testid={`internal-tab-${k}`}>{k === 'all' ? t.all : t.channels[k]}</span>,
          }))}
        />
        <ErrorAlert error={list.error} onReload={list.reload} />
        <Table<InternalItem>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 720 }}
          onRow={() => ({ 'data-testid': 'internal-row' }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t.internal.empty} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (n) => t.total(n),
            onChange: (p) => go({ page: p }),
          }}
          columns={[
            {
              title: t.manage.col.title,
              key: 'title',
              render: (_, r) => (
                <Link to={`/workbench/internal/${r.id}`} data-testid="internal-link">
                  {r.title}
                </Link>
              ),
            },
            { title: t.manage.col.channel, key: 'channel', width: 110, render: (_, r) => t.channels[r.channel] },
            { title: t.internal.from, key: 'centre', width: 200, render: (_, r) => r.centreName },
            {
              title: t.manage.field.audience,
              key: 'audience',
              width: 120,
              render: (_, r) =>
                r.audience && (
                  <Tag color={r.audience === 'city' ? 'blue' : 'default'}>{t.internal.audience[r.audience]}</Tag>
                ),
            },
            { title: t.manage.col.updated, key: 'date', width: 120, render: (_, r) => day(r.publishedAt) },
          ]}
        />
      </div>
    </section>
  );
}
