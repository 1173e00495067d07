import type { PublicStatus } from '../../../api/cases';
import { dateTime } from '../my-cases/format';
import { useCasesT, useStatusText } from '../my-cases/i18n';
import { StatusTag } from '../my-cases/status-tag';
import '../my-cases/my-cases.css';
import { useLocalName } from '../../../i18n/local-name';

const closed = ['rejected', 'denied', 'concluded', 'withdrawn', 'revoked'];

/**
 * What the public look-up answers (GET /api/case-status), as the portal's 办件查询 and the hall's
 * kiosk both show it: the item, the status and what it means, the current stage, the dates and the
 * deadline. The moves are StatusTimeline's. A case not yet at a step (before acceptance) shows no
 * stage line rather than a dash: its status already says it waits for the window.
 */
export function StatusFacts({ s }: { s: PublicStatus }) {
  const t = useCasesT();
  const l = t.lookup;
  const status = useStatusText();
  const named = useLocalName();
  const open = !closed.includes(s.status);
  const row = (label: string, value: string, testId?: string) => (
    <div className="tbp-dl__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <div className="tbm-head__title">
        <p className="tbs-item" data-testid="status-item">
          {named(s.itemName, s.itemNameEn)}
        </p>
        <StatusTag status={s.status} />
      </div>
      <p className="tbm-head__hint" data-testid="status-hint">
        {status.hint(s.status)}
      </p>
      <dl className="tbp-dl">
        {row(t.detail.caseNo, s.caseNo, 'status-case-no')}
        {row(l.department, named(s.departmentName, s.departmentNameEn), 'status-department')}
        {(s.currentStage || !open) && row(l.stage, s.currentStage ?? l.stageEnded, 'status-stage')}
        {row(l.submittedAt, dateTime(s.submittedAt))}
        {row(l.acceptedAt, s.acceptedAt ? dateTime(s.acceptedAt) : open ? l.notYet : '—', 'status-accepted')}
        {s.deadline && row(l.deadline, dateTime(s.deadline), 'status-deadline')}
        {row(l.concludedAt, s.concludedAt ? dateTime(s.concludedAt) : open ? l.notConcluded : '—')}
      </dl>
      {s.clockStopped && (
        <p className="tbs-clock-stopped" data-testid="status-clock-stopped">
          {l.clockStopped}
        </p>
      )}
    </>
  );
}
