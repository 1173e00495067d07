import { Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Evaluation, FollowUp } from '../../../api/evaluations';
import { useEvaluationLabels } from '../../../components/evaluation/labels';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { FollowUpDue, FollowUpTag, LevelTag } from '../evaluations/evaluation-tags';
import { AnswerForm, ReviewForm } from '../evaluations/follow-up-actions';
import { useCaseEvaluation } from '../evaluations/use-evaluations';
import { dateTime } from './format';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="tbc-kv__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function Rating({ evaluation: e }: { evaluation: Evaluation }) {
  const x = useStaffT().evaluation.panel;
  const l = useEvaluationLabels();
  return (
    <dl className="tbc-kv">
      <Row label={x.level}>
        <LevelTag level={e.level} />
      </Row>
      {e.reasons.length > 0 && (
        <Row label={x.reasons} testId="evaluation-reasons">
          {e.reasons.map((r) => l.reasons[r]).join('、')}
        </Row>
      )}
      {e.comment && (
        <Row label={x.comment} testId="evaluation-comment">
          <span className="tbc-pre">{e.comment}</span>
        </Row>
      )}
      <Row label={x.ratedAt}>
        {dateTime(e.ratedAt)} · {l.channel[e.channel]}
      </Row>
    </dl>
  );
}

function FollowUpFacts({ followUp: f }: { followUp: FollowUp }) {
  const x = useStaffT().evaluation.panel;
  return (
    <dl className="tbc-kv">
      <Row label={x.status}>
        <FollowUpTag status={f.status} />
        {f.returns > 0 && (
          <span className="tbc-muted tbc-inline-tag" data-testid="follow-up-returns">
            {x.returns(f.returns)}
          </span>
        )}
      </Row>
      <Row label={x.dueAt}>
        <FollowUpDue followUp={f} />
      </Row>
      {f.answer && (
        <Row label={x.answer} testId="follow-up-answer-text">
          <span className="tbc-pre">{f.answer}</span>
        </Row>
      )}
      {f.answeredAt && (
        <Row label={x.answeredAt}>
          {dateTime(f.answeredAt)}
          {f.answeredBy && ` · ${f.answeredBy}`}
          {f.answeredLate && (
            <Tag color="red" className="tbc-inline-tag">
              {x.answeredLate}
            </Tag>
          )}
        </Row>
      )}
      {f.reviewNote && (
        <Row label={x.reviewNote} testId="follow-up-review-note-text">
          <span className="tbc-pre">{f.reviewNote}</span>
        </Row>
      )}
      {f.closedAt && (
        <Row label={x.closedAt}>
          {dateTime(f.closedAt)}
          {f.closedBy && ` · ${f.closedBy}`}
        </Row>
      )}
    </dl>
  );
}

/**
 * 服务评价 (R-NEW-1): the applicant's rating of an ended case and, for a poor one, its follow-up —
 * answered here by the window, closed or sent back here by a supervisor (the server says who may).
 * The case page shows it on ended cases only (none can be rated before); 尚未评价 until one is.
 */
export function EvaluationPanel({
  caseId,
  className = 'tb-staff-panel',
  onChanged,
}: {
  caseId: string;
  className?: string;
  onChanged?: () => void;
}) {
  const x = useStaffT().evaluation;
  const { data, error, loading, reload } = useCaseEvaluation(caseId);
  const e = data?.evaluation ?? null;
  const changed = () => {
    reload();
    onChanged?.();
  };
  return (
    <section
      className={className}
      aria-labelledby="tbc-evaluation-title"
      data-testid="case-evaluation"
      data-level={e?.level}
      data-follow-up={e?.followUp?.status ?? 'none'}
    >
      <h2 id="tbc-evaluation-title">{x.panel.title}</h2>
      <ErrorAlert error={error} onReload={reload} />
      {loading && !data && <Spin />}
      {data && !e && (
        <p className="tbc-muted" data-testid="evaluation-none">
          {x.panel.notRated}
        </p>
      )}
      {e && <Rating evaluation={e} />}
      {e?.followUp && (
        <>
          <h3 className="tbc-gap-top">{x.panel.followUp}</h3>
          <FollowUpFacts followUp={e.followUp} />
          {/* Keyed on the version: a reload after a change starts an empty form. */}
          {data?.canAnswer && <AnswerForm key={e.version} evaluation={e} onChanged={changed} />}
          {data?.canReview && <ReviewForm key={e.version} evaluation={e} onChanged={changed} />}
        </>
      )}
    </section>
  );
}
