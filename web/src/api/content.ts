import { apiPatch, apiPost } from './client';

/**
 * 中心网站 (R-WEB-1, R-WEB-5, R-WEB-6): channels, public articles, the internal exchange and the
 * editors' 网站维护. Server: modules/content (views.ts and schemas.ts have the same shapes).
 */

export type Visibility = 'public' | 'internal';
export type PublicChannel =
  | 'centre_intro'
  | 'organisation'
  | 'work_news'
  | 'policies'
  | 'briefings'
  | 'notices'
  | 'rules'
  | 'staff'
  | 'contacts'
  | 'links';
export type InternalChannel =
  'internal_notices' | 'exchange' | 'licence_news' | 'documents' | 'meetings' | 'speeches' | 'staff_posts';
export type Channel = PublicChannel | InternalChannel;
export type ArticleStatus = 'draft' | 'published' | 'withdrawn';
export type Audience = 'centre' | 'city';
export type OwnerKind = 'centre' | 'department' | 'window';

/** The channels in the server's order (GET /api/content/channels returns the same). */
export const publicChannels: PublicChannel[] = [
  'centre_intro',
  'organisation',
  'work_news',
  'policies',
  'briefings',
  'notices',
  'rules',
  'staff',
  'contacts',
  'links',
];
export const internalChannels: InternalChannel[] = [
  'internal_notices',
  'exchange',
  'licence_news',
  'documents',
  'meetings',
  'speeches',
  'staff_posts',
];
export const isInternal = (c: Channel) => (internalChannels as Channel[]).includes(c);

export type ArticleListItem = {
  id: string;
  centreId: string;
  centreName: string;
  channel: Channel;
  title: string;
  url: string | null;
  /** The unit that keeps the page current (R-WEB-6). */
  ownerName: string;
  publishedAt: string | null;
  updatedAt: string;
};

export type Article = ArticleListItem & { centreNameEn: string | null; body: string; ownerKind: OwnerKind };

export type PublicPage = {
  centre: { id: string; name: string; nameEn: string | null; divisionCode: string };
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
};

export type InternalItem = ArticleListItem & { audience: Audience | null };
export type InternalPage = { items: InternalItem[]; total: number; page: number; pageSize: number };
export type InternalArticle = Article & { audience: Audience | null };

export type EditorArticle = Article & {
  status: ArticleStatus;
  audience: Audience | null;
  ownerDepartmentId: string | null;
  ownerWindowId: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  version: number;
  abilities: { edit: boolean; publish: boolean; withdraw: boolean };
};
export type EditorListItem = Omit<EditorArticle, 'body'>;
export type EditorPage = { items: EditorListItem[]; total: number; page: number; pageSize: number };

export type OwnerUnits = {
  centre: { id: string; name: string };
  manager: boolean;
  departments: { id: string; name: string }[];
  windows: { id: string; number: string; name: string }[];
};

export const CONTENT_LIMITS = { titleChars: 120, bodyChars: 20_000, urlChars: 500 } as const;

const query = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const publicArticlesPath = (q: { centre?: string; channel?: PublicChannel; page?: number; pageSize?: number }) =>
  `/api/content/articles${query(q)}`;
export const publicArticlePath = (id: string) => `/api/content/articles/${id}`;
export const internalArticlesPath = (q: { channel?: InternalChannel; page?: number; pageSize?: number }) =>
  `/api/content/internal${query(q)}`;
export const internalArticlePath = (id: string) => `/api/content/internal/${id}`;
export const managedArticlesPath = (q: {
  channel?: Channel;
  status?: ArticleStatus;
  page?: number;
  pageSize?: number;
}) => `/api/content/manage/articles${query(q)}`;
export const managedArticlePath = (id: string) => `/api/content/manage/articles/${id}`;
export const ownerUnitsPath = '/api/content/manage/units';

export type ArticleInput = {
  channel: Channel;
  title: string;
  body: string;
  url?: string | null;
  audience?: Audience;
  owner?: { kind: OwnerKind; id: string | null };
};

export const createArticle = (input: ArticleInput) => apiPost<EditorArticle>('/api/content/manage/articles', input);
export const updateArticle = (id: string, input: Partial<ArticleInput> & { version: number }) =>
  apiPatch<EditorArticle>(managedArticlePath(id), input);
export const publishArticle = (id: string, version: number) =>
  apiPost<EditorArticle>(`${managedArticlePath(id)}/publish`, { version });
export const withdrawArticle = (id: string, version: number) =>
  apiPost<EditorArticle>(`${managedArticlePath(id)}/withdraw`, { version });
