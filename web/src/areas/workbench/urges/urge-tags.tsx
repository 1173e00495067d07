import { Tag } from 'antd';
import type { Urge } from '../../../api/urges';
import { useStaffT } from '../account/i18n';
import { dateTime } from '../cases/format';
// The list and the supervisor's page sit outside the cases area, which loads these styles.
import '../cases/cases.css';

export function UrgeStatusTag({ urge }: { urge: Pick<Urge, 'status'> }) {
  const x = useStaffT().urges.panel;
  return (
    <Tag color={urge.status === 'open' ? 'volcano' : 'green'} data-testid="urge-status" data-status={urge.status}>
      {x.status[urge.status]}
    </Tag>
  );
}

/** The reply's due time; red with 已超期 while the window has not replied past it. */
export function UrgeDue({ urge }: { urge: Pick<Urge, 'replyDue' | 'overdue'> }) {
  const x = useStaffT().urges.panel;
  return (
    <span data-testid="urge-due" data-overdue={urge.overdue}>
      <span className={urge.overdue ? 'tbc-late' : undefined}>{dateTime(urge.replyDue)}</span>
      {urge.overdue && (
        <Tag color="red" className="tbc-inline-tag" data-testid="urge-overdue">
          {x.overdue}
        </Tag>
      )}
    </span>
  );
}
