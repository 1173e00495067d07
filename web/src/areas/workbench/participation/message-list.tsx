import { Button, Tag } from 'antd';
import { useEffect } from 'react';
import { inboxPath, type InboxFilter, type InboxPage, type StaffMessage } from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { useParticipationT } from '../../portal/participation/texts';
import { TabbedList } from '../account/tabbed-list';
import { dateTime } from '../cases/format';

const filters: readonly InboxFilter[] = ['pending', 'answered', 'overdue', 'published', 'closed', 'all'];

/** A page of the inbox, loaded again when the page's dialog changed a message (`round` bumped). */
function useInboxPage(query: { filter: InboxFilter; page: number; pageSize: number }, round: number) {
  const state = useLoad<InboxPage>(inboxPath(query));
  const { reload } = state;
  useEffect(() => {
    if (round > 0) reload();
  }, [round, reload]);
  return state;
}

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
  return (
    <TabbedList<InboxFilter, StaffMessage>
      testId="message"
      filters={filters}
      defaultFilter="pending"
      tabLabel={(f) => s.tabs[f]}
      usePage={useInboxPage}
      round={round}
      rowKey="id"
      rowData={(m) => ({ 'data-no': m.messageNo, 'data-status': m.status })}
      emptyText={() => s.empty}
      total={s.total}
      scrollX={900}
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
  );
}

export const statusColor = { open: 'gold', answered: 'blue', published: 'green', closed: 'default' } as const;
