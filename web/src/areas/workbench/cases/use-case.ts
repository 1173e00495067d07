import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import { getCase, transition, type CaseDetail, type TransitionInput } from '../../../api/cases';
import { useStaffT } from '../account/i18n';

/** Statuses that mean "someone else moved the case after you loaded it". */
const conflictCodes = new Set(['case.version_conflict', 'resource.version_conflict', 'case.invalid_transition']);

export type CaseState = {
  detail: CaseDetail | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /**
   * Sends a move at the loaded version. Resolves with the new case, or with null after a conflict
   * (the case was reloaded and the user told); other errors are thrown for the dialog to show.
   */
  act: (input: TransitionInput) => Promise<CaseDetail | null>;
};

export function useCase(id: string): CaseState {
  const t = useStaffT().cases;
  const { message } = App.useApp();
  const [detail, setDetail] = useState<CaseDetail | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    getCase(id, controller.signal).then(
      (c) => {
        setDetail(c);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [id, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);

  const act = useCallback(
    async (input: TransitionInput) => {
      try {
        const next = await transition(id, input);
        setDetail(next);
        return next;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          // Whatever the 409, the case on screen is stale: show the current one.
          reload();
          if (conflictCodes.has(err.code)) {
            void message.warning(t.conflict);
            return null;
          }
        }
        throw err;
      }
    },
    [id, message, reload, t.conflict],
  );

  return { detail, error, loading, reload, act };
}
