import { Link } from 'react-router';
import { useStaffT } from '../account/i18n';
import { useEvaluationPage } from '../evaluations/use-evaluations';

/** The card to 差评整改, with how many poor ratings wait for this window's (or department's) answer. */
export function EvaluationsLink() {
  const t = useStaffT().evaluation.list;
  const open = useEvaluationPage({ filter: 'open', pageSize: 1 });
  const count = open.data?.total ?? 0;
  return (
    <li>
      <Link to="/workbench/evaluations" data-testid="link-evaluations" data-open={open.data?.total}>
        <strong>{t.title}</strong>
        <span>{t.homeHint(count)}</span>
      </Link>
    </li>
  );
}
