import { type Kysely, sql } from 'kysely';

// 中心网站 (R-WEB-1, R-WEB-5, R-WEB-6): the articles of each centre's website, public and internal.
// The channel list is fixed in modules/content/model.ts and repeated here so the database refuses
// anything else; the owner unit (the centre, one of its departments or windows) is who keeps it current.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE content_article (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      channel text NOT NULL,
      audience text,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      url text,
      owner_kind text NOT NULL,
      owner_department_id uuid,
      owner_window_id uuid,
      status text NOT NULL DEFAULT 'draft',
      published_at timestamptz,
      created_by_staff_id uuid NOT NULL,
      created_by_name text NOT NULL,
      updated_by_staff_id uuid NOT NULL,
      updated_by_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT content_article__pk PRIMARY KEY (id),
      CONSTRAINT content_article__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT content_article__department_fk FOREIGN KEY (owner_department_id) REFERENCES department (id),
      CONSTRAINT content_article__window_fk FOREIGN KEY (owner_window_id) REFERENCES service_window (id),
      CONSTRAINT content_article__channel_ck CHECK (channel IN (
        'centre_intro', 'organisation', 'work_news', 'policies', 'briefings', 'notices', 'rules', 'staff',
        'contacts', 'links', 'internal_notices', 'exchange', 'licence_news', 'documents', 'meetings',
        'speeches', 'staff_posts')),
      -- Internal channels, and only they, say who reads them.
      CONSTRAINT content_article__audience_ck CHECK (
        (audience IS NULL) = (channel IN ('centre_intro', 'organisation', 'work_news', 'policies', 'briefings',
          'notices', 'rules', 'staff', 'contacts', 'links'))
        AND (audience IS NULL OR audience IN ('centre', 'city'))),
      CONSTRAINT content_article__status_ck CHECK (status IN ('draft', 'published', 'withdrawn')),
      CONSTRAINT content_article__published_ck CHECK (status <> 'published' OR published_at IS NOT NULL),
      CONSTRAINT content_article__title_ck CHECK (char_length(title) BETWEEN 1 AND 120),
      CONSTRAINT content_article__body_ck CHECK (char_length(body) <= 20000),
      -- A link is a web address; only the links channel has one, and it must.
      CONSTRAINT content_article__url_ck CHECK (
        (channel = 'links') = (url IS NOT NULL) AND (url IS NULL OR url ~ '^https?://')),
      CONSTRAINT content_article__owner_ck CHECK (
        (owner_kind = 'centre' AND owner_department_id IS NULL AND owner_window_id IS NULL)
        OR (owner_kind = 'department' AND owner_department_id IS NOT NULL AND owner_window_id IS NULL)
        OR (owner_kind = 'window' AND owner_window_id IS NOT NULL AND owner_department_id IS NULL))
    )`.execute(db);
  // The public list: one centre's channel, newest first, published only.
  await sql`
    CREATE INDEX content_article__published_idx ON content_article (centre_id, channel, published_at DESC)
    WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX content_article__centre_idx ON content_article (centre_id, updated_at DESC)`.execute(db);
  await sql`
    CREATE INDEX content_article__city_wide_idx ON content_article (published_at DESC)
    WHERE status = 'published' AND audience = 'city'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE content_article`.execute(db);
}
