import { Link } from 'react-router';
import type { CaseSummary, Page } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import { useLang } from '../../../i18n';
import { useStaffT } from '../account/i18n';
import './case-links.css';

/** 办件 and 收件登记 cards on the home page, with what is waiting and how much is on a card. */
export function CaseLinks({ clerk }: { clerk: boolean }) {
  const t = useStaffT().cases;
  const { lang } = useLang();
  const todo = useLoad<Page<CaseSummary>>('/api/workbench/queue?view=todo&pageSize=1');
  // The server filters by card before paging (R-NEW-3), so `total` is the count on each card.
  const red = useLoad<Page<CaseSummary>>('/api/workbench/queue?view=todo&warning=red&pageSize=1');
  const yellow = useLoad<Page<CaseSummary>>('/api/workbench/queue?view=todo&warning=yellow&pageSize=1');
  const redCount = red.data?.total ?? 0;
  const yellowCount = yellow.data?.total ?? 0;
  return (
    <>
      <li>
        <Link to="/workbench/cases" data-testid="link-cases" data-todo={todo.data?.total}>
          <strong>{t.queueTitle}</strong>
          <span>
            {todo.data ? t.home.todo(todo.data.total) : t.home.hint}
            {redCount > 0 && (
              <span className="tbc-home-count tbc-home-count--red" data-testid="link-cases-red">
                {t.home.red(redCount)}
              </span>
            )}
            {yellowCount > 0 && (
              <span className="tbc-home-count tbc-home-count--yellow" data-testid="link-cases-yellow">
                {t.home.yellow(yellowCount)}
              </span>
            )}
          </span>
        </Link>
      </li>
      <li>
        <Link to="/workbench/joint" data-testid="link-joint">
          <strong>{lang === 'en' ? 'Joint cases' : '联办件'}</strong>
          <span>{lang === 'en' ? 'Joint cases your window leads or joins' : '本窗口主办或协办的联办件'}</span>
        </Link>
      </li>
      {clerk && (
        <li>
          <Link to="/workbench/intake" data-testid="link-intake">
            <strong>{t.intakeButton}</strong>
            <span>{t.home.intakeHint}</span>
          </Link>
        </li>
      )}
    </>
  );
}
