import { useSearchParams } from 'react-router';

/**
 * A list's filter tab and page, kept in the address (?filter=…&page=…) so that a reload or a link
 * keeps them. An unknown filter falls back to `fallback`; page 1 is left out of the address.
 */
export function useTabInAddress<F extends string>(filters: readonly F[], fallback: F) {
  const [params, setParams] = useSearchParams();
  const filter = filters.find((f) => f === params.get('filter')) ?? fallback;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: { filter?: F; page?: number }) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        p.set('filter', next.filter ?? filter);
        if (next.page && next.page > 1) p.set('page', String(next.page));
        else p.delete('page');
        return p;
      },
      { replace: true },
    );
  return { filter, page, go };
}
