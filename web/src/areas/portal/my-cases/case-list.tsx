import { RightOutlined } from '@ant-design/icons';
import { Empty, Pagination, Segmented } from 'antd';
import { Link } from 'react-router';
import type { CaseSummary, Page } from '../../../api/cases';
import type { Loaded } from '../../../api/use-load';
import { LoadError } from '../catalogue/load-error';
import { dateTime } from './format';
import { useCasesT } from './i18n';
import { ListLoading } from './list-loading';
import { DeadlineText, StatusTag } from './status-tag';

/** 我的办件: newest first, each a card that opens the case; what needs the applicant is said on it. */
export function CaseList(props: {
  cases: Loaded<Page<CaseSummary>>;
  /** Closed cases (办结, 撤回, 不予受理 …) rather than those in progress. */
  done: boolean;
  onView: (done: boolean) => void;
  onPage: (page: number) => void;
}) {
  const m = useCasesT().my;
  return (
    <>
      <Segmented
        className="tbm-views"
        value={props.done ? 'done' : 'open'}
        onChange={(v) => props.onView(v === 'done')}
        options={[
          { value: 'open', label: <span data-testid="view-open">{m.views.open}</span> },
          { value: 'done', label: <span data-testid="view-done">{m.views.done}</span> },
        ]}
      />
      <Cases {...props} />
    </>
  );
}

function Cases({
  cases,
  done,
  onPage,
}: {
  cases: Loaded<Page<CaseSummary>>;
  done: boolean;
  onPage: (n: number) => void;
}) {
  const t = useCasesT();
  const m = t.my;
  if (cases.error) return <LoadError error={cases.error} onRetry={cases.reload} />;
  if (!cases.data || cases.loading) return <ListLoading />;
  const { items, total, page, pageSize } = cases.data;
  if (total === 0)
    return done ? (
      <Empty description={m.emptyDone} data-testid="my-cases-empty" />
    ) : (
      <Empty description={m.empty} data-testid="my-cases-empty">
        <Link to="/portal" className="tb-button-link">
          {m.toCatalogue}
        </Link>
      </Empty>
    );
  return (
    <>
      <p className="tbm-total" aria-live="polite">
        {m.total(total)}
      </p>
      <ul className="tbm-cards" data-testid="my-cases" aria-busy={cases.loading}>
        {items.map((c) => (
          <li key={c.id} className={`tbm-card tbm-card--${c.warning}`} data-testid="my-case" data-case-no={c.caseNo}>
            <Link to={`/portal/my/cases/${c.id}`} className="tbm-card__link">
              <span className="tbm-card__head">
                <span className="tbm-card__title">{c.itemName}</span>
                <StatusTag status={c.status} />
              </span>
              <span className="tbm-card__no">{c.caseNo}</span>
              <span className="tbm-card__line">
                <span className="tbm-card__label">{m.submittedAt}</span>
                {dateTime(c.submittedAt)}
              </span>
              {(c.deadline || c.remainingWorkingDays !== null) && (
                <span className="tbm-card__line">
                  <span className="tbm-card__label">{m.deadline}</span>
                  <DeadlineText deadline={c.deadline} remaining={c.remainingWorkingDays} warning={c.warning} />
                </span>
              )}
              {c.status === 'supplement' && (
                <span className="tbm-card__todo" data-testid="my-case-todo">
                  {m.supplementNeeded}
                </span>
              )}
              <RightOutlined className="tbm-card__chevron" aria-hidden />
            </Link>
          </li>
        ))}
      </ul>
      {total > pageSize && (
        <Pagination
          className="tbm-pagination"
          current={page}
          pageSize={pageSize}
          total={total}
          showSizeChanger={false}
          size="small"
          onChange={onPage}
        />
      )}
    </>
  );
}
