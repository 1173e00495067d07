import { FormOutlined, ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Tabs, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseStatus, CaseSummary, QueueQuery } from '../../../api/cases';
import { ErrorAlert } from '../account/error-alert';
import { useActing } from '../account/gate';
import { useStaffT } from '../account/i18n';
import { PostHeading } from '../home/post-heading';
import { DeadlineCell, FlagTags, StatusTag } from './case-tags';
import { dateTime } from './format';
import { QueueFilters } from './queue-filters';
import { useQueue } from './use-queue';

const views = ['todo', 'all', 'done'] as const;
type View = (typeof views)[number];
// Nothing waits on a supervisor: they read every case in reach, open or ended (R-SUP-1).
const supervisorViews: readonly View[] = ['all', 'done'];
const PAGE_SIZE = 20;

function readQuery(
  params: URLSearchParams,
  shown: readonly View[],
): Required<Pick<QueueQuery, 'view' | 'sort' | 'page'>> & QueueQuery {
  const view = shown.find((v) => v === params.get('view')) ?? shown[0] ?? 'todo';
  const sort = params.get('sort') === 'submitted' ? 'submitted' : 'deadline';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query: QueueQuery & { view: View; sort: 'deadline' | 'submitted'; page: number } = {
    view,
    sort,
    page,
    pageSize: PAGE_SIZE,
  };
  const status = params.get('status');
  if (status) query.status = status as CaseStatus;
  const warning = params.get('warning');
  // The server filters the cards before paging (R-NEW-3): pages and total are exact.
  if (warning === 'yellow' || warning === 'red') query.warning = warning;
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  return query;
}

/** 办件队列 (R-APP-6): the cases of my window, department or township, most urgent first. */
export default function QueuePage() {
  const t = useStaffT();
  const c = t.cases;
  const { acting } = useActing();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const shown = acting.role === 'supervisor' ? supervisorViews : views;
  const query = readQuery(params, shown);
  const state = useQueue(query);

  // From the URL as it is now, not as this render saw it: a tab click and a search typed right after
  // it must both stick, even if React has not rendered in between.
  function update(patch: Record<string, string | undefined>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  const rows = state.data?.items ?? [];
  return (
    <section className="tb-staff-page tbc-queue" data-testid="case-queue">
      <PostHeading>
        <span className="tb-staff-actions">
          {acting.role === 'window_clerk' && (
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={() => void navigate('/workbench/intake')}
              data-testid="open-intake"
            >
              {c.intakeButton}
            </Button>
          )}
          {acting.role === 'agent' && (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => void navigate('/workbench/cases/apply')}
              data-testid="open-agent-apply"
            >
              {c.agentApplyButton}
            </Button>
          )}
        </span>
      </PostHeading>
      <div className="tb-staff-panel">
        <div className="tbc-queue__head">
          <h2 className="tb-staff-panel__title">{c.queueTitle}</h2>
          <span className="tbc-queue__refresh" aria-live="polite">
            {state.at && c.refreshedAt(dateTime(state.at.toISOString()))}
            <Button
              size="small"
              type="text"
              icon={<ReloadOutlined />}
              onClick={state.reload}
              aria-label={t.common.reload}
              data-testid="queue-reload"
            />
          </span>
        </div>
        <Tabs
          activeKey={query.view}
          onChange={(key) => update({ view: key })}
          items={shown.map((v) => ({ key: v, label: <span data-testid={`queue-tab-${v}`}>{c.tabs[v]}</span> }))}
          size="small"
        />
        <QueueFilters
          status={query.status}
          warning={query.warning}
          q={query.q}
          sort={query.sort}
          onChange={(patch) => update(patch)}
        />
        <ErrorAlert error={state.error} onReload={state.reload} />
        <Table<CaseSummary>
          rowKey="id"
          size="small"
          loading={state.loading && !state.data}
          dataSource={rows}
          scroll={{ x: 1100 }}
          data-testid="queue-table"
          onRow={(row) =>
            ({
              'data-testid': 'queue-row',
              'data-case-no': row.caseNo,
              'data-warning': row.warning,
              className: `tbc-row tbc-row--${row.warning}`,
              onDoubleClick: () => void navigate(`/workbench/cases/${row.id}`),
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: query.page,
            pageSize: query.pageSize ?? PAGE_SIZE,
            total: state.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (n) => c.total(n),
            onChange: (page) => update({ page: page > 1 ? String(page) : undefined }),
          }}
          locale={{
            emptyText: (
              <Empty description={query.status || query.warning || query.q ? c.emptyFiltered : c.empty[query.view]} />
            ),
          }}
          columns={[
            {
              title: c.col.caseNo,
              key: 'caseNo',
              width: 190,
              fixed: 'left',
              render: (_, r) => (
                <Link to={`/workbench/cases/${r.id}`} className="tbc-case-no" data-testid="queue-case-link">
                  {r.caseNo}
                </Link>
              ),
            },
            { title: c.col.item, dataIndex: 'itemName', key: 'item', ellipsis: true },
            { title: c.col.applicant, dataIndex: 'applicantName', key: 'applicant', width: 90 },
            {
              title: c.col.channel,
              key: 'channel',
              width: 70,
              render: (_, r) => <Tag bordered={false}>{c.channel[r.channel]}</Tag>,
            },
            { title: c.col.status, key: 'status', width: 124, render: (_, r) => <StatusTag status={r.status} /> },
            {
              title: c.col.deadline,
              key: 'deadline',
              width: 190,
              render: (_, r) => (
                <DeadlineCell deadline={r.deadline} remaining={r.remainingWorkingDays} warning={r.warning} />
              ),
            },
            {
              title: c.col.activeStep,
              dataIndex: 'activeStep',
              key: 'step',
              width: 140,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: c.col.flags,
              key: 'flags',
              width: 140,
              render: (_, r) => <FlagTags flags={r.flags} held={r.held} />,
            },
          ]}
        />
      </div>
    </section>
  );
}
