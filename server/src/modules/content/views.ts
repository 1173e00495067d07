import type { ActingRole } from '../../platform/auth/actor.js';
import { canEdit, canMove, type ArticleFacts, type Channel } from './model.js';
import type { ArticleRow } from './store.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const factsOf = (r: ArticleRow): ArticleFacts => ({
  centreId: r.centre_id,
  centrePath: r.centre_path,
  channel: r.channel as Channel,
  audience: r.audience,
  status: r.status,
  ownerKind: r.owner_kind,
  ownerDepartmentId: r.owner_department_id,
  ownerWindowId: r.owner_window_id,
});

/** The unit that keeps the page current, by name: "市场监督管理局窗口（08号）", a department, or the centre. */
export function ownerName(r: ArticleRow): string {
  if (r.owner_kind === 'window' && r.window_name) return `${r.window_name}（${r.window_number ?? ''}号）`;
  if (r.owner_kind === 'department' && r.department_name) return r.department_name;
  return r.centre_name;
}

/** One line of a list: no body, so a page of titles stays small. */
export const listItemView = (r: ArticleRow) => ({
  id: r.id,
  centreId: r.centre_id,
  centreName: r.centre_name,
  channel: r.channel as Channel,
  title: r.title,
  url: r.url,
  ownerName: ownerName(r),
  publishedAt: iso(r.published_at),
  updatedAt: r.updated_at.toISOString(),
});

/**
 * An article as the public (or an internal reader) sees it: who keeps it current and when it last
 * changed (R-WEB-6, "本页由 … 负责维护，更新于 …"), never which person typed it.
 */
export const articleView = (r: ArticleRow) => ({
  ...listItemView(r),
  centreNameEn: r.centre_name_en,
  body: r.body,
  ownerKind: r.owner_kind,
});

/** What an editor sees: status, audience, owner ids, who changed it, the version, and what they may do. */
export const editorView = (r: ArticleRow, acting: ActingRole) => {
  const facts = factsOf(r);
  return {
    ...articleView(r),
    status: r.status,
    audience: r.audience,
    ownerDepartmentId: r.owner_department_id,
    ownerWindowId: r.owner_window_id,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    updatedBy: r.updated_by_name,
    version: r.version,
    abilities: {
      edit: canEdit(acting, facts),
      publish: canMove(acting, facts, 'publish'),
      withdraw: canMove(acting, facts, 'withdraw'),
    },
  };
};

export type EditorView = ReturnType<typeof editorView>;
