import { CheckCircleFilled } from '@ant-design/icons';
import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../api/cases';
import { dateTime } from '../my-cases/format';
import { limitText, useCasesT } from '../my-cases/i18n';
import './apply.css';

/** After 提交申请: the case number and query code to keep, what happens next, where to follow it. */
export function SubmittedResult({ detail: c }: { detail: CaseDetail }) {
  const t = useCasesT();
  const r = t.result;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, []);
  return (
    <section className="tba-result" data-testid="apply-done" aria-labelledby="tba-done-title">
      <CheckCircleFilled className="tba-result__icon" aria-hidden />
      <h1 id="tba-done-title" ref={heading} tabIndex={-1}>
        {r.title}
      </h1>
      <p>{r.lead}</p>
      <dl className="tba-codes">
        <div className="tba-code">
          <dt>{r.caseNo}</dt>
          <dd data-testid="done-case-no">{c.caseNo}</dd>
        </div>
        <div className="tba-code">
          <dt>{r.queryCode}</dt>
          <dd data-testid="done-query-code">{c.queryCode}</dd>
        </div>
      </dl>
      <Alert type="warning" showIcon title={r.keepCode} />
      <ul className="tba-result__facts">
        {c.clock.preReviewDue && <li>{r.preReview(dateTime(c.clock.preReviewDue))}</li>}
        <li>{r.promised(limitText(t, c.clock.promisedLimit))}</li>
      </ul>
      <div className="tba-actions">
        <Link to={`/portal/my/cases/${c.id}`} className="tb-button-link" data-testid="done-open-case">
          {r.openCase}
        </Link>
        <Link to="/portal/my/cases" className="tb-button-link tba-link-secondary">
          {r.myCases}
        </Link>
      </div>
    </section>
  );
}
