/** The catalogue search lives in the URL, so back, reload and shared links show the same results. */
export type SearchState = {
  q: string;
  department: string;
  theme: string;
  audience: '' | 'person' | 'enterprise';
  level: '' | 'city' | 'county' | 'township';
  page: number;
};

export const PAGE_SIZE = 10;

const levels = ['city', 'county', 'township'] as const;
const audiences = ['person', 'enterprise'] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.find((a) => a === value) ?? '';
}

export function readSearch(params: URLSearchParams): SearchState {
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, 50),
    department: params.get('department') ?? '',
    theme: params.get('theme') ?? '',
    audience: oneOf(params.get('audience'), audiences),
    level: oneOf(params.get('level'), levels),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The page's own URL parameters (empty ones left out). */
export function writeSearch(s: SearchState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.q) out.set('q', s.q);
  if (s.department) out.set('department', s.department);
  if (s.theme) out.set('theme', s.theme);
  if (s.audience) out.set('audience', s.audience);
  if (s.level) out.set('level', s.level);
  if (s.page > 1) out.set('page', String(s.page));
  return out;
}

/** The API query of GET /api/catalogue for this state. */
export function catalogueQuery(s: SearchState): string {
  const out = writeSearch({ ...s, page: 1 });
  out.set('limit', String(PAGE_SIZE));
  out.set('offset', String((s.page - 1) * PAGE_SIZE));
  return `/api/catalogue?${out.toString()}`;
}

export const hasFilters = (s: SearchState) => !!(s.q || s.department || s.theme || s.audience || s.level);
