import { Alert } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useLocalName } from '../../../i18n/local-name';
import { dateTime } from './format';
import { limitText, useCasesT } from './i18n';
import { DeadlineText } from './status-tag';
import { DefinitionRow as Row } from '../../../components/definition-row';

/** 办理情况: where the case is decided, when it came in and was accepted, and every deadline now running. */
export function CaseFacts({ detail: c }: { detail: CaseDetail }) {
  const t = useCasesT();
  const named = useLocalName();
  const x = t.detail;
  const k = c.clock;
  const open = !['rejected', 'concluded', 'withdrawn', 'revoked', 'denied'].includes(c.status);
  return (
    <section className="tbm-section" aria-labelledby="tbm-facts-title" data-testid="case-facts">
      <h2 id="tbm-facts-title">{x.summary}</h2>
      {k.paused && open && <Alert type="info" showIcon title={x.paused} className="tbm-gap" />}
      <dl className="tbp-dl">
        <Row label={x.item}>{named(c.itemName, c.itemNameEn)}</Row>
        <Row label={x.department}>{named(c.departmentName, c.departmentNameEn)}</Row>
        <Row label={x.centre}>
          {named(c.centreName, c.centreNameEn)}
          {c.intakeCentreName ? ` · ${c.intakeCentreName}` : ''}
        </Row>
        <Row label={x.channel}>{x.channels[c.channel]}</Row>
        {c.agentName && <Row label={x.agent}>{c.agentName}</Row>}
        <Row label={x.submittedAt} testId="case-submitted-at">
          {dateTime(c.submittedAt)}
        </Row>
        {k.acceptedAt && (
          <Row label={x.acceptedAt} testId="case-accepted-at">
            {dateTime(k.acceptedAt)}
            {k.deemedAccepted && x.deemedAccepted}
          </Row>
        )}
        {open && !k.acceptedAt && k.preReviewDue && <Row label={x.preReviewDue}>{dateTime(k.preReviewDue)}</Row>}
        {open && k.townshipDeadline && <Row label={x.townshipDeadline}>{dateTime(k.townshipDeadline)}</Row>}
        {open && k.supplementDue && (
          <Row label={x.supplementDue} testId="case-supplement-due">
            <strong>{dateTime(k.supplementDue)}</strong>
          </Row>
        )}
        {k.toleranceDue && <Row label={x.toleranceDue}>{dateTime(k.toleranceDue)}</Row>}
        {k.promisedDeadline && (
          <Row label={x.promisedDeadline} testId="case-deadline-row">
            {open ? (
              <DeadlineText deadline={k.promisedDeadline} remaining={k.remainingWorkingDays} warning={k.warning} />
            ) : (
              dateTime(k.promisedDeadline)
            )}
          </Row>
        )}
        {k.legalDeadline && <Row label={x.legalDeadline}>{dateTime(k.legalDeadline)}</Row>}
        {k.extension && (
          <Row label={x.extension}>
            {k.extension.approved
              ? x.extensionApproved(k.extension.days, k.extension.reason)
              : x.extensionPending(k.extension.days)}
          </Row>
        )}
        {c.status === 'granted' && k.certificateDue && <Row label={x.certificateDue}>{dateTime(k.certificateDue)}</Row>}
        <Row label={x.promisedLimit}>{limitText(t, k.promisedLimit)}</Row>
        <Row label={x.legalLimit}>{limitText(t, k.legalLimit)}</Row>
      </dl>
    </section>
  );
}

/** 决定与证照: the outcome, its reasons, the certificate number; a denial says the remedies (Art. 38). */
export function DecisionSection({ detail: c }: { detail: CaseDetail }) {
  const x = useCasesT().detail;
  if (!c.decision && !c.certificateNo) return null;
  return (
    <section className="tbm-section" aria-labelledby="tbm-decision-title" data-testid="case-decision">
      <h2 id="tbm-decision-title">{x.decision}</h2>
      <dl className="tbp-dl">
        {c.decision && (
          <>
            <Row label={x.outcomeLabel}>
              <strong>{x.outcome[c.decision.outcome]}</strong>
            </Row>
            <Row label={x.decidedAt}>{dateTime(c.decision.decidedAt)}</Row>
            {c.decision.reasons && <Row label={x.reasons}>{c.decision.reasons}</Row>}
          </>
        )}
        {c.certificateNo && (
          <Row label={x.certificateNo} testId="case-certificate-no">
            {c.certificateNo}
          </Row>
        )}
      </dl>
      {c.decision?.outcome === 'deny' && <p className="tbm-note">{x.remedies}</p>}
    </section>
  );
}
