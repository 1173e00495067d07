import { App, Button, Empty, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  internalChannels,
  isInternal,
  managedArticlePath,
  managedArticlesPath,
  ownerUnitsPath,
  publicChannels,
  publishArticle,
  withdrawArticle,
  type ArticleStatus,
  type Channel,
  type EditorArticle,
  type EditorListItem,
  type EditorPage,
  type OwnerUnits,
} from '../../../api/content';
import { apiGet } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { day, useContentT } from '../../../components/content/i18n';
import { ErrorAlert } from '../account/error-alert';
import { PostHeading } from '../home/post-heading';
import { ArticleForm } from './article-form';

const PAGE_SIZE = 20;
const statuses: ArticleStatus[] = ['draft', 'published', 'withdrawn'];
const statusColour: Record<ArticleStatus, string> = { draft: 'default', published: 'green', withdrawn: 'orange' };

function readFilters(p: URLSearchParams) {
  const all: string[] = [...publicChannels, ...internalChannels];
  const channel = all.includes(p.get('channel') ?? '') ? (p.get('channel') as Channel) : undefined;
  const status = statuses.find((s) => s === p.get('status'));
  const page = Math.max(1, Number(p.get('page')) || 1);
  return { channel, status, page };
}

/**
 * 网站维护 (R-SUP-5, R-WEB-6): the centre's managers keep every channel of its website and publish
 * or withdraw; a window's or department's staff keep the pages their unit owns. The server decides
 * which articles the list holds and what each person may do with each (abilities).
 */
export default function WebsiteManagePage() {
  const t = useContentT();
  const m = t.manage;
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const { channel, status, page } = readFilters(params);
  const list = useLoad<EditorPage>(managedArticlesPath({ channel, status, page, pageSize: PAGE_SIZE }));
  const [editing, setEditing] = useState<{ article: EditorArticle | null } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const units = useLoad<OwnerUnits>(ownerUnitsPath);
  const manager = units.data?.manager ?? false;

  const set = (next: { channel?: Channel | undefined; status?: ArticleStatus | undefined; page?: number }) => {
    const p = new URLSearchParams();
    const c = 'channel' in next ? next.channel : channel;
    const s = 'status' in next ? next.status : status;
    if (c) p.set('channel', c);
    if (s) p.set('status', s);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p, { replace: true });
  };

  const act = async (id: string, work: () => Promise<EditorArticle>, done: string) => {
    setBusy(id);
    setError(null);
    try {
      await work();
      void message.success(done);
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const openEditor = async (id: string) => {
    setError(null);
    try {
      setEditing({ article: await apiGet<EditorArticle>(managedArticlePath(id)) });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="tb-staff-page" data-testid="website-manage-page">
      <PostHeading />
      <div className="tb-staff-panel">
        <h2 className="tb-staff-panel__title">{m.title}</h2>
        {units.data && <p className="tb-staff-lead">{manager ? m.leadManager : m.leadUnit}</p>}
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setEditing({ article: null })} data-testid="article-create">
            {m.create}
          </Button>
          <Select
            allowClear
            placeholder={m.filterChannel}
            value={channel}
            style={{ minWidth: 160 }}
            onChange={(v?: Channel) => set({ channel: v })}
            options={[...publicChannels, ...internalChannels].map((c) => ({ value: c, label: t.channels[c] }))}
            data-testid="manage-filter-channel"
          />
          <Select
            allowClear
            placeholder={m.filterStatus}
            value={status}
            style={{ minWidth: 120 }}
            onChange={(v?: ArticleStatus) => set({ status: v })}
            options={statuses.map((s) => ({ value: s, label: m.status[s] }))}
          />
        </Space>
        <ErrorAlert error={error ?? list.error} onReload={list.reload} />
        <Table<EditorListItem>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          onRow={(r) =>
            ({
              'data-testid': 'manage-row',
              'data-status': r.status,
              'data-title': r.title,
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: <Empty description={m.empty} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (n) => t.total(n),
            onChange: (p) => set({ page: p }),
          }}
          columns={[
            {
              title: m.col.title,
              key: 'title',
              render: (_, r) =>
                r.status === 'published' && !r.url ? (
                  <Link
                    to={isInternal(r.channel) ? `/workbench/internal/${r.id}` : `/portal/disclosure/${r.id}`}
                    data-testid="manage-view"
                  >
                    {r.title}
                  </Link>
                ) : (
                  r.title
                ),
            },
            { title: m.col.channel, key: 'channel', width: 110, render: (_, r) => t.channels[r.channel] },
            { title: m.col.owner, key: 'owner', width: 200, render: (_, r) => r.ownerName },
            {
              title: m.col.status,
              key: 'status',
              width: 90,
              render: (_, r) => <Tag color={statusColour[r.status]}>{m.status[r.status]}</Tag>,
            },
            {
              title: m.col.updated,
              key: 'updated',
              width: 200,
              render: (_, r) => m.updatedBy(r.updatedBy, day(r.updatedAt)),
            },
            {
              title: m.col.actions,
              key: 'actions',
              width: 200,
              render: (_, r) => (
                <Space size={4} wrap>
                  {r.abilities.edit && (
                    <Button size="small" onClick={() => void openEditor(r.id)} data-testid="article-edit">
                      {m.edit}
                    </Button>
                  )}
                  {r.abilities.publish && (
                    <Button
                      size="small"
                      type="primary"
                      loading={busy === r.id}
                      onClick={() => void act(r.id, () => publishArticle(r.id, r.version), m.published)}
                      data-testid="article-publish"
                    >
                      {m.publish}
                    </Button>
                  )}
                  {r.abilities.withdraw && (
                    <Popconfirm
                      title={m.confirmWithdraw}
                      okText={m.withdraw}
                      cancelText={m.cancel}
                      onConfirm={() => act(r.id, () => withdrawArticle(r.id, r.version), m.withdrawn)}
                    >
                      <Button size="small" danger loading={busy === r.id} data-testid="article-withdraw">
                        {m.withdraw}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </div>
      <ArticleForm
        open={editing !== null}
        article={editing?.article ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void message.success(m.saved);
          list.reload();
        }}
      />
    </section>
  );
}
