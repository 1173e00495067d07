import { Alert, Tag } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { dateTime } from './format';

/** 决定与证照: the decision with its reasons (Art. 38 remedies on a denial) and the certificate. */
export function DecisionPanel({ detail: d }: { detail: CaseDetail }) {
  const c = useStaffT().cases;
  const x = c.decision;
  if (!d.decision && !d.certificateNo) return null;
  return (
    <section className="tb-staff-panel" aria-labelledby="tbc-decision-title" data-testid="case-decision">
      <h2 id="tbc-decision-title">{c.sections.decision}</h2>
      <dl className="tbc-kv">
        {d.decision && (
          <>
            <div className="tbc-kv__row">
              <dt>{x.outcomeLabel}</dt>
              <dd>
                <Tag color={d.decision.outcome === 'grant' ? 'green' : 'volcano'} data-testid="decision-outcome">
                  {x.outcome[d.decision.outcome]}
                </Tag>
              </dd>
            </div>
            <div className="tbc-kv__row">
              <dt>{x.decidedAt}</dt>
              <dd>{dateTime(d.decision.decidedAt)}</dd>
            </div>
            <div className="tbc-kv__row">
              <dt>{x.reasons}</dt>
              <dd className="tbc-pre">{d.decision.reasons}</dd>
            </div>
          </>
        )}
        {d.certificateNo && (
          <div className="tbc-kv__row">
            <dt>{x.certificateNo}</dt>
            <dd className="tbc-mono" data-testid="certificate-no">
              {d.certificateNo}
            </dd>
          </div>
        )}
      </dl>
      {d.decision?.outcome === 'deny' && <Alert type="info" showIcon title={x.remedies} className="tbc-gap" />}
    </section>
  );
}
