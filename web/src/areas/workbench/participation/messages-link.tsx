import { Link } from 'react-router';
import { inboxCountsPath, type InboxCounts } from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { useParticipationT } from '../../portal/participation/texts';

/** The home card to 留言办理, with how many messages wait and how many are late. */
export function MessagesLink({ to = '/workbench/participation' }: { to?: string }) {
  const t = useParticipationT().staff;
  const counts = useLoad<InboxCounts>(inboxCountsPath);
  const c = counts.data;
  return (
    <li>
      <Link to={to} data-testid="link-participation" data-pending={c?.pending}>
        <strong>{t.title}</strong>
        <span>{c ? t.homeHint(c.pending, c.overdue) : '…'}</span>
      </Link>
    </li>
  );
}

/** The supervision home's link to 留言办理, with the count waiting in reach. */
export function SupervisionMessagesLink() {
  const t = useParticipationT().staff;
  const counts = useLoad<InboxCounts>(inboxCountsPath);
  const c = counts.data;
  return (
    <Link to="/supervision/participation" data-testid="link-participation" data-pending={c?.pending}>
      {t.title}
      {c && c.pending > 0 ? `（${t.homeHint(c.pending, c.overdue)}）` : ''}
    </Link>
  );
}
