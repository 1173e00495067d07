import { useCallback, useEffect, useState } from 'react';
import {
  caseEvaluation,
  evaluationSummary,
  listEvaluations,
  type CaseEvaluation,
  type EvaluationPage,
  type EvaluationQuery,
  type EvaluationSummary,
} from '../../../api/evaluations';
import type { Loaded } from '../../../api/use-load';

/**
 * Runs `load` whenever `key` changes or reload() is called. The contract's functions take no abort
 * signal, so an answer that arrives after a newer request started is dropped instead.
 */
function useFetched<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says everything it depends on.
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}

export function useCaseEvaluation(caseId: string): Loaded<CaseEvaluation> {
  return useFetched(caseId, () => caseEvaluation(caseId));
}

export function useEvaluationPage(query: EvaluationQuery, round = 0): Loaded<EvaluationPage> {
  return useFetched(`${query.filter}/${query.page}/${query.pageSize}/${round}`, () => listEvaluations(query));
}

export function useEvaluationSummary(round = 0): Loaded<EvaluationSummary> {
  return useFetched(String(round), evaluationSummary);
}
