import { Tag } from 'antd';
import type { EvaluationLevel, FollowUp, FollowUpStatus } from '../../../api/evaluations';
import { useEvaluationLabels } from '../../../components/evaluation/labels';
import { useStaffT } from '../account/i18n';
import { dateTime } from '../cases/format';
// The list and the supervisor's dialog sit outside the cases area, which loads these styles.
import '../cases/cases.css';

// Warm colours for the poor end so a supervisor's eye lands on them first.
const levelColour: Record<EvaluationLevel, string> = { 5: 'green', 4: 'cyan', 3: 'blue', 2: 'orange', 1: 'red' };
const statusColour: Record<FollowUpStatus, string> = { open: 'volcano', answered: 'processing', closed: 'green' }; // 'green', which shell.css darkens to pass contrast

export function LevelTag({ level }: { level: EvaluationLevel }) {
  const l = useEvaluationLabels();
  return (
    <Tag color={levelColour[level]} data-testid="evaluation-level" data-level={level}>
      {l.levels[level]}
    </Tag>
  );
}

export function FollowUpTag({ status }: { status: FollowUpStatus }) {
  const l = useEvaluationLabels();
  return (
    <Tag color={statusColour[status]} data-testid="follow-up-status" data-status={status}>
      {l.followUp[status]}
    </Tag>
  );
}

/** The answer's due date; red with 已超期 while an open or answered follow-up is past it. */
export function FollowUpDue({ followUp }: { followUp: FollowUp }) {
  const x = useStaffT().evaluation.panel;
  return (
    <span data-testid="follow-up-due" data-overdue={followUp.overdue}>
      <span className={followUp.overdue ? 'tbc-late' : undefined}>{dateTime(followUp.dueAt)}</span>
      {followUp.overdue && (
        <Tag color="red" className="tbc-inline-tag" data-testid="follow-up-overdue">
          {x.overdue}
        </Tag>
      )}
    </span>
  );
}
