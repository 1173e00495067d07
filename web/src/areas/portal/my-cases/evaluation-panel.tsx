import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseStatus } from '../../../api/cases';
import type { CaseEvaluation, Evaluation } from '../../../api/evaluations';
import { useLoad } from '../../../api/use-load';
import { LoadError } from '../catalogue/load-error';
import { EvaluationForm } from './evaluation-form';
import { EvaluationResult } from './evaluation-result';
import { useCasesT } from './i18n';
import './evaluation.css';

/** The statuses in which a case has ended and may be rated (办结, 不予受理); a denial is rated once concluded. */
const ended: CaseStatus[] = ['concluded', 'rejected'];

/**
 * 服务评价 (好差评, R-NEW-1) on the applicant's case page: the five levels while the case may be
 * rated, then the rating given and, for a poor one, how its follow-up stands. Nothing at all while
 * the case is still being handled: the invitation comes when there is something to rate.
 */
export function EvaluationPanel({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const x = useCasesT().evaluation;
  const loaded = useLoad<CaseEvaluation>(ended.includes(status) ? `/api/cases/${caseId}/evaluation` : null);
  // The rating just given, shown at once (the answer of the POST is the evaluation as stored).
  const [given, setGiven] = useState<Evaluation | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setGiven(null), [loaded.data]);

  if (!ended.includes(status)) return null;
  const data = loaded.data;
  const evaluation = given ?? data?.evaluation ?? null;
  if (data && !evaluation && !data.canRate) return null;

  return (
    <section
      className="tbm-section tbe-panel"
      aria-labelledby="tbe-title"
      aria-busy={loaded.loading}
      data-testid="evaluation-panel"
      data-state={evaluation ? 'rated' : data ? 'open' : 'loading'}
    >
      <h2 id="tbe-title">{x.title}</h2>
      {loaded.error && !data ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !data && !evaluation ? (
        <Spin />
      ) : evaluation ? (
        <EvaluationResult evaluation={evaluation} note={note} />
      ) : (
        <EvaluationForm
          caseId={caseId}
          onRated={(e) => {
            setNote(x.done);
            setGiven(e);
          }}
          onAlreadyRated={() => {
            setNote(x.alreadyRated);
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}
