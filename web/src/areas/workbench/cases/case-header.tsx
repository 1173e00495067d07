import { PauseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../../api/cases';
import { useLocalName } from '../../../i18n/local-name';
import { useStaffT } from '../account/i18n';
import { DeadlineCell, StatusTag } from './case-tags';
import { dateTime, limitText } from './format';

type Fact = { key: string; label: string; value: ReactNode; late?: boolean };

const isPast = (iso: string | null) => iso !== null && new Date(iso).getTime() < Date.now();

/** What the clock says, only the lines that apply to this case now. */
function clockFacts(d: CaseDetail, t: ReturnType<typeof useStaffT>['cases']): Fact[] {
  const k = d.clock;
  const h = t.header;
  const facts: Fact[] = [{ key: 'submitted', label: h.submittedAt, value: dateTime(d.submittedAt) }];
  if (k.preReviewDue && !k.acceptedAt)
    facts.push({ key: 'preReview', label: h.preReviewDue, value: dateTime(k.preReviewDue), late: k.preReviewOverdue });
  if (k.acceptedAt)
    facts.push({
      key: 'accepted',
      label: h.acceptedAt,
      value: (
        <>
          {dateTime(k.acceptedAt)}
          {k.deemedAccepted && (
            <Tag color="gold" className="tbc-inline-tag">
              {h.deemedAccepted}
            </Tag>
          )}
        </>
      ),
    });
  facts.push({ key: 'promisedLimit', label: h.promisedLimit, value: limitText(k.promisedLimit, t) });
  facts.push({ key: 'legalLimit', label: h.legalLimit, value: limitText(k.legalLimit, t) });
  if (k.legalDeadline) facts.push({ key: 'legalDeadline', label: h.legalDeadline, value: dateTime(k.legalDeadline) });
  if (k.extension)
    facts.push({
      key: 'extension',
      label: h.extension,
      value: k.extension.approved ? h.extensionApproved(k.extension.days) : h.extensionPending(k.extension.days),
    });
  if (k.supplementDue)
    facts.push({
      key: 'supplement',
      label: h.supplementDue,
      value: dateTime(k.supplementDue),
      late: isPast(k.supplementDue),
    });
  if (k.toleranceDue)
    facts.push({
      key: 'tolerance',
      label: h.toleranceDue,
      value: dateTime(k.toleranceDue),
      late: isPast(k.toleranceDue),
    });
  return facts;
}

type Governing = { kind: keyof ReturnType<typeof useStaffT>['cases']['header']['governing']; at: string | null };

/**
 * The deadline the clock counts against now (the server's order: pre-review or the five-day answer
 * before acceptance, township review, the promised limit, the certificate, the supplement).
 */
function governingDeadline(d: CaseDetail): Governing {
  const k = d.clock;
  switch (d.status) {
    case 'submitted':
      // Walk-ins: answered within five working days of receipt (Art. 32); the date is not in the
      // case detail, only the working days left.
      return k.preReviewDue ? { kind: 'preReview', at: k.preReviewDue } : { kind: 'deemedAcceptance', at: null };
    case 'township_review':
      return { kind: 'township', at: k.townshipDeadline };
    case 'in_review':
    case 'special_procedure':
      return { kind: 'promised', at: k.promisedDeadline };
    case 'granted':
      return { kind: 'certificate', at: k.certificateDue };
    case 'supplement':
      return { kind: 'supplement', at: k.supplementDue };
    case 'denied':
      return { kind: 'decided', at: null };
    default:
      return { kind: 'closed', at: null };
  }
}

/** Number, item, status, where it is handled, and the clock with its card. */
export function CaseHeader({ detail: d }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const named = useLocalName();
  const h = t.header;
  const due = governingDeadline(d);
  const dueText: Partial<Record<Governing['kind'], string>> = {
    deemedAcceptance: h.deemedAcceptanceDue,
    decided: h.decided,
    closed: h.closed,
  };
  return (
    <header
      className="tb-staff-panel tbc-header"
      data-testid="case-header"
      data-status={d.status}
      data-version={d.version}
    >
      <div className="tbc-header__main">
        <div className="tbc-header__title">
          <h1 className="tb-page-title">
            <span className="tbc-case-no tbc-case-no--big" data-testid="case-no">
              {d.caseNo}
            </span>
            <span className="tbc-header__item" data-testid="case-item">
              {named(d.itemName, d.itemNameEn)}
            </span>
          </h1>
          <div className="tbc-header__tags">
            <StatusTag status={d.status} />
            <Tag bordered={false}>{t.channel[d.channel]}</Tag>
            {d.clock.paused && (
              <Tag icon={<PauseCircleOutlined />} color="purple" data-testid="case-paused">
                {t.paused}
              </Tag>
            )}
          </div>
        </div>
        <dl className="tbc-header__where">
          <dt>{h.department}</dt>
          <dd>{named(d.departmentName, d.departmentNameEn)}</dd>
          <dt>{h.centre}</dt>
          <dd>{named(d.centreName, d.centreNameEn)}</dd>
          {d.intakeCentreName && (
            <>
              <dt>{h.intakeCentre}</dt>
              <dd>{d.intakeCentreName}</dd>
            </>
          )}
          <dt>{h.queryCode}</dt>
          <dd className="tbc-mono" data-testid="case-query-code">
            {d.queryCode}
          </dd>
        </dl>
      </div>
      <div className="tbc-header__clock">
        <div className="tbc-header__deadline" data-testid="case-governing" data-kind={due.kind}>
          <span className="tbc-label">{h.governing[due.kind]}</span>
          <DeadlineCell
            deadline={due.at}
            remaining={d.clock.remainingWorkingDays}
            warning={d.clock.warning}
            paused={d.clock.paused}
            pending={dueText[due.kind]}
          />
        </div>
        <dl className="tbc-facts" data-testid="case-clock">
          {clockFacts(d, t).map((f) => (
            <div key={f.key} className={f.late ? 'tbc-fact tbc-fact--late' : 'tbc-fact'} data-fact={f.key}>
              <dt>{f.label}</dt>
              <dd>
                {f.value}
                {f.late && <span className="tbc-late"> {h.overdue}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </header>
  );
}
