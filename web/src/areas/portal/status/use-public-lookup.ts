import { useCallback, useRef, useState } from 'react';
import { publicStatus, type PublicStatus } from '../../../api/cases';

export type Lookup = { loading: boolean; result: PublicStatus | null; error: unknown };

const idle: Lookup = { loading: false, result: null, error: null };

/**
 * The public look-up's state, for the portal's 办件查询 and the kiosk's: only the answer to the
 * latest question is shown (an earlier, slower answer arriving late is dropped).
 */
export function usePublicLookup() {
  const [state, setState] = useState<Lookup>(idle);
  const round = useRef(0);

  const look = useCallback(async (caseNo: string, queryCode: string) => {
    const mine = ++round.current;
    setState({ loading: true, result: null, error: null });
    try {
      const result = await publicStatus(caseNo, queryCode);
      if (mine === round.current) setState({ loading: false, result, error: null });
    } catch (error) {
      if (mine === round.current) setState({ loading: false, result: null, error });
    }
  }, []);
  const clearError = useCallback(() => setState((s) => (s.error ? { ...s, error: null } : s)), []);
  const reset = useCallback(() => {
    round.current += 1;
    setState(idle);
  }, []);

  return { state, look, clearError, reset };
}
