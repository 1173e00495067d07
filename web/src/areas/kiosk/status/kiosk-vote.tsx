import { CheckCircleFilled, LikeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import type { PublicStatus } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { rateByCode, type EvaluationLevel, type EvaluationReason } from '../../../api/evaluations';
import { isPoor, useEvaluationLabels } from '../../../components/evaluation/labels';
import { LevelPicker } from '../../../components/evaluation/level-picker';
import { ReasonPicker } from '../../../components/evaluation/reason-picker';
import { useT } from '../../../i18n';
import { useErrorText } from '../states';
import './vote.css';

type Props = { caseNo: string; queryCode: string; evaluation: PublicStatus['evaluation'] };

/**
 * 评价本次服务 on the kiosk (electronic voting, R-KIO-3; 好差评, R-NEW-1): under a look-up's answer,
 * with the number and code just typed as the proof of being the applicant. By touch alone: five
 * faces, and for a poor level the reasons as toggles — no free text, the kiosk has no keyboard.
 */
export function KioskVote({ caseNo, queryCode, evaluation }: Props) {
  const t = useT().kiosk.vote;
  const words = useEvaluationLabels();
  const errorText = useErrorText();
  const [level, setLevel] = useState<EvaluationLevel | null>(null);
  const [reasons, setReasons] = useState<EvaluationReason[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Rated now (the level), or refused for good (rated meanwhile, elsewhere): the form is gone.
  const [rated, setRated] = useState<EvaluationLevel | null>(null);
  const [closed, setClosed] = useState(false);
  const busy = useRef(false);
  const poor = level !== null && isPoor(level);

  if (evaluation.level !== null) {
    return (
      <p className="tbk-vote-rated" data-testid="kiosk-vote-rated">
        <CheckCircleFilled aria-hidden /> {t.rated(words.levels[evaluation.level])}
      </p>
    );
  }
  if (!evaluation.rateable) return null;

  async function send() {
    if (busy.current) return;
    if (level === null) return setProblem(t.pickLevel);
    if (poor && reasons.length === 0) return setProblem(t.needReason);
    busy.current = true;
    setSending(true);
    setProblem(null);
    try {
      const done = await rateByCode({ caseNo, queryCode, level, ...(poor ? { reasons } : {}) });
      setRated(done.level);
    } catch (err) {
      setProblem(errorText(err));
      if (err instanceof ApiError && err.code === 'evaluation.already_rated') setClosed(true);
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  return (
    <section className="tbk-vote" aria-labelledby="tbk-vote-title" data-testid="kiosk-vote">
      <h2 id="tbk-vote-title" className="tbk-vote__title">
        <LikeOutlined aria-hidden /> {t.title}
      </h2>
      {rated !== null ? (
        <div className="tbk-vote-done" role="status" data-testid="kiosk-vote-done">
          <p className="tbk-vote-done__thanks">{t.thanks}</p>
          <p className="tbk-vote-done__level" data-testid="kiosk-vote-level">
            {t.rated(words.levels[rated])}
          </p>
          {isPoor(rated) && <p className="tbk-vote__note">{t.followUp}</p>}
        </div>
      ) : (
        <>
          {!closed && (
            <>
              <p className="tbk-vote__lead">{t.lead}</p>
              <LevelPicker
                legend={t.question}
                value={level}
                size="kiosk"
                disabled={sending}
                testId="kiosk-vote-levels"
                onChange={(l) => {
                  setLevel(l);
                  setProblem(null);
                }}
              />
              {poor && (
                <>
                  <ReasonPicker
                    legend={t.reasons}
                    value={reasons}
                    size="kiosk"
                    disabled={sending}
                    testId="kiosk-vote-reasons"
                    describedBy="tbk-vote-poor"
                    onChange={(r) => {
                      setReasons(r);
                      setProblem(null);
                    }}
                  />
                  <p className="tbk-vote__note" id="tbk-vote-poor">
                    {t.poorHint}
                  </p>
                </>
              )}
            </>
          )}
          {problem && (
            <div className="tbk-status-error" role="alert" data-testid="kiosk-vote-error">
              <strong>{t.failed}</strong>
              <span>{problem}</span>
            </div>
          )}
          {!closed && (
            <Button
              type="primary"
              size="large"
              loading={sending}
              onClick={() => void send()}
              className="tbk-vote__submit"
              data-testid="kiosk-vote-submit"
            >
              {sending ? t.submitting : t.submit}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
