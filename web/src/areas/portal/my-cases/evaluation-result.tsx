import { Alert, Tag } from 'antd';
import type { Evaluation, FollowUp } from '../../../api/evaluations';
import { DefinitionRow as Row } from '../../../components/definition-row';
import { useEvaluationLabels } from '../../../components/evaluation/labels';
import { levelFaces } from '../../../components/evaluation/level-picker';
import { dateTime } from './format';
import { useCasesT } from './i18n';

/** The rating as given, and for a poor one what has become of it. */
export function EvaluationResult({ evaluation: e, note }: { evaluation: Evaluation; note: string | null }) {
  const x = useCasesT().evaluation;
  const words = useEvaluationLabels();
  return (
    <div data-testid="evaluation-result" data-level={e.level}>
      {note && <Alert type="success" showIcon title={note} className="tbm-gap" data-testid="evaluation-note" />}
      <dl className="tbp-dl">
        <Row label={x.level} testId="evaluation-level-given">
          <span className={`tbe-given tbe-given--${e.level}`}>
            {levelFaces[e.level]} <strong>{words.levels[e.level]}</strong>
          </span>
        </Row>
        {e.reasons.length > 0 && (
          <Row label={x.reasonsLabel} testId="evaluation-reasons-given">
            {e.reasons.map((r) => words.reasons[r]).join('、')}
          </Row>
        )}
        {e.comment && (
          <Row label={x.commentLabel} testId="evaluation-comment-given">
            <span className="tbe-text">{e.comment}</span>
          </Row>
        )}
        <Row label={x.ratedAt}>{dateTime(e.ratedAt)}</Row>
        <Row label={x.channel}>{words.channel[e.channel]}</Row>
      </dl>
      {e.followUp && <FollowUpView f={e.followUp} />}
    </div>
  );
}

/** 整改回访: the state, the window's due date and answer, and the supervisor's closing note. */
function FollowUpView({ f }: { f: FollowUp }) {
  const x = useCasesT().evaluation;
  const words = useEvaluationLabels();
  const hint =
    f.status === 'closed'
      ? x.followUpHint.closed
      : f.status === 'answered'
        ? x.followUpHint.answered
        : f.returns > 0
          ? x.followUpHint.reopened
          : x.followUpHint.open(dateTime(f.dueAt));
  return (
    <div className="tbe-followup" data-testid="evaluation-followup" data-status={f.status}>
      <h3 className="tbe-followup__title">{x.followUp}</h3>
      <p className="tbe-followup__hint" data-testid="evaluation-followup-hint">
        {hint}
      </p>
      <dl className="tbp-dl">
        <Row label={x.followUpStatus} testId="evaluation-followup-status">
          <Tag color={f.status === 'closed' ? 'green' : f.status === 'answered' ? 'blue' : 'orange'}>
            {words.followUp[f.status]}
          </Tag>
          {f.overdue && <Tag color="red">{x.overdue}</Tag>}
        </Row>
        {f.status !== 'closed' && (
          <Row label={x.dueAt} testId="evaluation-followup-due">
            {dateTime(f.dueAt)}
          </Row>
        )}
        {f.answer && (
          <Row label={x.answer} testId="evaluation-followup-answer">
            <span className="tbe-text">{f.answer}</span>
          </Row>
        )}
        {f.answeredAt && (
          <Row label={x.answeredAt}>
            {dateTime(f.answeredAt)}
            {f.answeredLate && x.answeredLate}
          </Row>
        )}
        {f.status === 'closed' && f.reviewNote && (
          <Row label={x.reviewNote} testId="evaluation-followup-note">
            <span className="tbe-text">{f.reviewNote}</span>
          </Row>
        )}
        {f.closedAt && <Row label={x.closedAt}>{dateTime(f.closedAt)}</Row>}
      </dl>
    </div>
  );
}
