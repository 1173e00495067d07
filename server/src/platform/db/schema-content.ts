import type { Generated } from 'kysely';

/**
 * 中心网站's table (modules/content, migration 0021), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle.
 */
export interface ContentArticleTable {
  id: Generated<string>;
  centre_id: string;
  channel: string;
  audience: 'centre' | 'city' | null;
  title: string;
  body: Generated<string>;
  url: string | null;
  owner_kind: 'centre' | 'department' | 'window';
  owner_department_id: string | null;
  owner_window_id: string | null;
  status: Generated<'draft' | 'published' | 'withdrawn'>;
  published_at: Date | null;
  created_by_staff_id: string;
  created_by_name: string;
  updated_by_staff_id: string;
  updated_by_name: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface ContentTables {
  content_article: ContentArticleTable;
}
