import { Link } from 'react-router';
import { urgesPath, type UrgePage } from '../../../api/urges';
import { useLoad } from '../../../api/use-load';
import { useStaffT } from '../account/i18n';
import '../urges/urges.css';

/** The card to 督办件, shown while urges wait for this window's (or department's) reply. */
export function UrgesLink() {
  const t = useStaffT().urges.list;
  const open = useLoad<UrgePage>(urgesPath({ filter: 'open', pageSize: 1 }));
  const count = open.data?.total ?? 0;
  if (count === 0) return null;
  return (
    <li>
      <Link to="/workbench/urges" className="tbu-card" data-testid="link-urges" data-open={count}>
        <strong>{t.title}</strong>
        <span>{t.homeHint(count)}</span>
      </Link>
    </li>
  );
}
