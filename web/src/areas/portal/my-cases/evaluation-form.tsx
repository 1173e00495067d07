import { Alert, Button, Input } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { rateCase, type Evaluation, type EvaluationLevel, type EvaluationReason } from '../../../api/evaluations';
import { isPoor } from '../../../components/evaluation/labels';
import { LevelPicker } from '../../../components/evaluation/level-picker';
import { ReasonPicker } from '../../../components/evaluation/reason-picker';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { useCasesT } from './i18n';

/** The server's limit on a comment (evaluations.ts: RateInput.comment). */
const COMMENT_MAX = 500;

/**
 * The rating itself: a level, and for a poor one the reasons or a comment the window is to answer.
 * Checked here first (the server checks again) so that an elderly user hears what is missing at once.
 */
export function EvaluationForm({
  caseId,
  onRated,
  onAlreadyRated,
}: {
  caseId: string;
  onRated: (e: Evaluation) => void;
  onAlreadyRated: () => void;
}) {
  const x = useCasesT().evaluation;
  const pt = usePortalT();
  const [level, setLevel] = useState<EvaluationLevel | null>(null);
  const [reasons, setReasons] = useState<EvaluationReason[]>([]);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const busy = useRef(false);
  const poor = level !== null && isPoor(level);

  async function send() {
    if (busy.current) return;
    if (level === null) return setMissing(x.pickLevel);
    if (poor && reasons.length === 0 && comment.trim() === '') return setMissing(x.needReason);
    busy.current = true;
    setSending(true);
    setMissing(null);
    setProblem(null);
    try {
      const text = comment.trim();
      // Reasons belong to a poor rating only: ticked before choosing a better level, they are dropped.
      onRated(await rateCase(caseId, { level, ...(text ? { comment: text } : {}), ...(poor ? { reasons } : {}) }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'evaluation.already_rated') onAlreadyRated();
      else setProblem(errorText(err, pt));
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  return (
    <div className="tbe-form" data-testid="evaluation-form">
      <p className="tbe-lead">{x.lead}</p>
      <LevelPicker
        legend={x.question}
        value={level}
        disabled={sending}
        onChange={(l) => {
          setLevel(l);
          setMissing(null);
        }}
      />
      {poor && (
        <>
          <p className="tbe-hint" id="tbe-poor-hint">
            {x.poorHint}
          </p>
          <ReasonPicker
            legend={x.reasons}
            value={reasons}
            disabled={sending}
            describedBy="tbe-poor-hint"
            onChange={(r) => {
              setReasons(r);
              setMissing(null);
            }}
          />
        </>
      )}
      <label className="tbm-field">
        <span>{poor ? x.commentPoor : x.comment}</span>
        <Input.TextArea
          value={comment}
          maxLength={COMMENT_MAX}
          showCount
          disabled={sending}
          autoSize={{ minRows: 3, maxRows: 8 }}
          onChange={(e) => {
            setComment(e.target.value);
            setMissing(null);
          }}
          data-testid="evaluation-comment"
        />
      </label>
      {missing && (
        <p className="tbm-error" role="alert" data-testid="evaluation-missing">
          {missing}
        </p>
      )}
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} className="tbm-gap" data-testid="evaluation-error" />
      )}
      <Button
        type="primary"
        size="large"
        block
        loading={sending}
        onClick={() => void send()}
        data-testid="evaluation-submit"
      >
        {x.submit}
      </Button>
    </div>
  );
}
