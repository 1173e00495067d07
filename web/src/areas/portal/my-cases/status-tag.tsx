import { ClockCircleOutlined, ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import type { CaseStatus, Warning } from '../../../api/cases';
import { useLang } from '../../../i18n';
import { dateTime } from './format';
import { useCasesT } from './i18n';
import { caseStatusColours, caseStatusLabels, warningLabels } from './status-labels';

export function StatusTag({ status }: { status: CaseStatus }) {
  const { lang } = useLang();
  return (
    <Tag color={caseStatusColours[status]} className="tbm-status" data-testid="case-status" data-status={status}>
      {caseStatusLabels[lang][status]}
    </Tag>
  );
}

/**
 * A deadline with the working days left; yellow when near, red when passed (the card the
 * supervisors see), said in words too so that colour is never the only signal.
 */
export function DeadlineText({
  deadline,
  remaining,
  warning,
}: {
  deadline: string | null;
  remaining: number | null;
  warning: Warning;
}) {
  const t = useCasesT();
  const { lang } = useLang();
  if (!deadline && remaining === null) return <span>—</span>;
  const Icon = warning === 'red' ? ExclamationCircleFilled : warning === 'yellow' ? WarningFilled : ClockCircleOutlined;
  return (
    <span className={`tbm-deadline tbm-deadline--${warning}`} data-testid="case-deadline" data-warning={warning}>
      <Icon aria-hidden className="tbm-deadline__icon" />
      {deadline && <span className="tbm-deadline__date">{dateTime(deadline)}</span>}
      {remaining !== null && <span className="tbm-deadline__left">{t.remaining(remaining)}</span>}
      {warning !== 'none' && <span className="tbm-deadline__card">{warningLabels[lang][warning]}</span>}
    </span>
  );
}
