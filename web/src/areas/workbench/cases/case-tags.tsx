import { Tag } from 'antd';
import type { CaseStatus, CaseSummary, Warning } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { dateTime } from './format';

const statusColour: Record<CaseStatus, string> = {
  submitted: 'blue',
  township_review: 'cyan',
  supplement: 'orange',
  rejected: 'default',
  in_review: 'processing',
  special_procedure: 'purple',
  granted: 'green',
  denied: 'volcano',
  concluded: 'green', // not 'success': shell.css darkens 'green' to pass WCAG AA contrast
  withdrawn: 'default',
  revoked: 'magenta',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const t = useStaffT().cases;
  return (
    <Tag color={statusColour[status]} data-testid="case-status" data-status={status}>
      {t.status[status]}
    </Tag>
  );
}

/** 红黄牌: a small card in the referee's colour, with its name for screen readers and print. */
export function WarningCard({ warning }: { warning: Warning }) {
  const t = useStaffT().cases;
  if (warning === 'none') return null;
  return (
    <span
      className={`tbc-card tbc-card--${warning}`}
      role="img"
      aria-label={t.warning[warning]}
      title={t.warning[warning]}
      data-testid="warning-card"
      data-warning={warning}
    />
  );
}

const flagColour: Record<CaseSummary['flags'][number], string> = {
  pre_review_overdue: 'red',
  deemed_accepted: 'gold',
  tolerance_open: 'orange',
  supplement_overdue: 'red',
  step_overdue: 'volcano',
};

export function FlagTags({ flags, held = [] }: { flags: CaseSummary['flags']; held?: CaseSummary['held'] }) {
  const t = useStaffT().cases;
  if (flags.length === 0 && held.length === 0) return null;
  return (
    <span className="tbc-flags">
      {flags.map((f) => (
        <Tag key={f} color={flagColour[f]} className="tbc-flag" data-testid="case-flag" data-flag={f}>
          {t.flag[f]}
        </Tag>
      ))}
      {held.map((h) => (
        // What the move waits for, so a head does not open a case only to find the decision held.
        <Tag key={h.action} color="gold" className="tbc-flag" data-testid="case-held" data-action={h.action}>
          {t.heldTag[h.code] ?? t.heldTag.other}
        </Tag>
      ))}
    </span>
  );
}

/**
 * The deadline, the working days left (negative: overdue) and the card: what a clerk scans the
 * queue for. `paused`: the clock is stopped (special procedure, supplement) and the date may move.
 */
export function DeadlineCell({
  deadline,
  remaining,
  warning,
  paused,
  pending,
}: {
  deadline: string | null;
  remaining: number | null;
  warning: Warning;
  paused?: boolean;
  /** What to say instead of a date the server does not give (e.g. "within 5 working days of receipt"). */
  pending?: string | undefined;
}) {
  const t = useStaffT().cases;
  return (
    <span className={`tbc-deadline tbc-deadline--${warning}`} data-testid="case-deadline" data-warning={warning}>
      <WarningCard warning={warning} />
      <span className="tbc-deadline__text">
        <span className="tbc-deadline__date">{deadline ? dateTime(deadline) : (pending ?? '—')}</span>
        {remaining !== null && (
          <span className="tbc-deadline__left" data-testid="case-remaining">
            {t.remaining(remaining)}
          </span>
        )}
        {paused && <span className="tbc-deadline__paused">{t.paused}</span>}
      </span>
    </span>
  );
}
