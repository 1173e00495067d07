import { Button, Empty, Table, Tabs, Tag } from 'antd';
import { useEffect, type HTMLAttributes } from 'react';
import { inboxPath, type InboxFilter, type InboxPage, type StaffMessage } from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { useParticipationT } from '../../portal/participation/texts';
import { ErrorAlert } from '../account/error-alert';
import { useTabInAddress } from '../account/use-tab-in-address';
import { dateTime } from '../cases/format';

const filters: readonly InboxFilter[] = ['pending', 'answered', 'overdue', 'published', 'closed', 'all'];
const PAGE_SIZE = 20;

/**
 * The messages in the actor's reach (the server scopes them: a clerk's window, a department, a
 * supervisor's centres, an administrator's problem reports) behind filter tabs kept in the address.
 */
export function MessageList({
  round,
  showCentre = false,
  onOpen,
}: {
  round: number;
  showCentre?: boolean;
  onOpen: (m: StaffMessage) => void;
}) {
  const t = useParticipationT();
  const s = t.staff;
  const { filter, page, go } = useTabInAddress(filters, 'pending');
  const state = useLoad<InboxPage>(inboxPath({ filter, page, pageSize: PAGE_SIZE }));
  const { reload } = state;
  // A change made in the dialog (round bumped) loads the list again.
  useEffect(() => {
    if (round > 0) reload();
  }, [round, reload]);
  return (
    <div data-testid="message-list" data-filter={filter}>
      <Tabs
        activeKey={filter}
        onChange={(k) => go({ filter: k as InboxFilter })}
        items={filters.map((f) => ({ key: f, label: <span data-testid={`message-tab-${f}`}>{s.tabs[f]}</span> }))}
        size="small"
      />
      <ErrorAlert error={state.error} onReload={state.reload} />
      <Table<StaffMessage>
        rowKey="id"
        size="small"
        loading={state.loading}
        dataSource={state.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(m) =>
          ({
            'data-testid': 'message-row',
            'data-no': m.messageNo,
            'data-status': m.status,
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: state.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: s.total,
          onChange: (p) => go({ page: p }),
        }}
        locale={{ emptyText: <Empty description={s.empty} data-testid="message-empty" /> }}
        columns={[
          { title: s.col.no, key: 'no', render: (_, m) => <span className="tbc-case-no">{m.messageNo}</span> },
          { title: s.col.kind, key: 'kind', render: (_, m) => <Tag>{t.kind[m.kind]}</Tag> },
          { title: s.col.subject, key: 'subject', render: (_, m) => m.subject },
          {
            title: s.col.window,
            key: 'window',
            render: (_, m) => (
              <>
                {m.windowNumber ? `${m.windowNumber} ${m.windowName ?? ''}` : s.route[m.routedTo]}
                {showCentre && <div className="tbc-muted">{m.centreName}</div>}
              </>
            ),
          },
          {
            title: s.col.due,
            key: 'due',
            render: (_, m) => (
              <>
                {dateTime(m.dueAt)}
                {m.overdue && (
                  <Tag color="red" className="tbq-tag">
                    {s.overdue}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: s.col.status,
            key: 'status',
            render: (_, m) => <Tag color={statusColor[m.status]}>{t.status[m.status]}</Tag>,
          },
          {
            title: s.col.action,
            key: 'action',
            render: (_, m) => (
              <Button
                size="small"
                type={m.can.answer ? 'primary' : 'default'}
                onClick={() => onOpen(m)}
                data-testid="message-open"
              >
                {m.can.answer || m.can.publish ? s.open : s.view}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

export const statusColor = { open: 'gold', answered: 'blue', published: 'green', closed: 'default' } as const;
