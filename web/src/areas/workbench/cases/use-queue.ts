import { useCallback, useEffect, useState } from 'react';
import { queue, type CaseSummary, type Page, type QueueQuery } from '../../../api/cases';

const REFRESH_MS = 30_000;

export type QueueState = {
  data: Page<CaseSummary> | undefined;
  error: unknown;
  loading: boolean;
  /** When the shown page was fetched (the auto-refresh updates it). */
  at: Date | null;
  reload: () => void;
};

/**
 * The queue for a query, fetched again every 30 s while the tab is visible (a clerk keeps it open
 * all day) and at once when the query changes; the rows stay on screen during a refresh.
 */
export function useQueue(query: QueueQuery): QueueState {
  const [data, setData] = useState<Page<CaseSummary> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [at, setAt] = useState<Date | null>(null);
  const [round, setRound] = useState(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    queue(JSON.parse(key) as QueueQuery, controller.signal).then(
      (page) => {
        setData(page);
        setError(null);
        setAt(new Date());
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, round]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') setRound((n) => n + 1);
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, at, reload };
}
