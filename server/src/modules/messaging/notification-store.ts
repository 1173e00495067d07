import { sql, type Kysely } from 'kysely';
import type { Database, NotificationChannel } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

// --- preferences ------------------------------------------------------------------------------

export const findPreference = (db: Db, personId: string) =>
  db
    .selectFrom('person as p')
    .leftJoin('notification_preference as np', 'np.person_id', 'p.id')
    .select([
      'p.mobile_masked',
      'np.sms',
      'np.email',
      'np.email_enc',
      'np.email_masked',
      'np.lang',
      'np.messages',
      'np.version',
    ])
    .where('p.id', '=', personId)
    .executeTakeFirst();

export type PreferenceRow = {
  sms: boolean;
  email: boolean;
  email_enc: string | null;
  email_masked: string | null;
  lang: 'zh' | 'en';
  messages: boolean;
};

/** First save inserts (expected version null); later saves update at the version seen. */
export async function savePreference(db: Db, personId: string, version: number | null, row: PreferenceRow) {
  if (version === null) {
    return db
      .insertInto('notification_preference')
      .values({ person_id: personId, ...row })
      .onConflict((oc) => oc.column('person_id').doNothing())
      .returning('version')
      .executeTakeFirst();
  }
  return db
    .updateTable('notification_preference')
    .set({ ...row, version: version + 1, updated_at: sql<Date>`now()` })
    .where('person_id', '=', personId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

// --- templates --------------------------------------------------------------------------------

export const listTemplates = (db: Db) =>
  db.selectFrom('notification_template').selectAll().orderBy('topic').orderBy('channel').execute();

export const findTemplate = (db: Db, topic: string, channel: NotificationChannel) =>
  db
    .selectFrom('notification_template')
    .selectAll()
    .where('topic', '=', topic)
    .where('channel', '=', channel)
    .executeTakeFirst();

export type TemplateRow = {
  enabled: boolean;
  subject_zh: string;
  subject_en: string;
  body_zh: string;
  body_en: string;
};

export async function saveTemplate(
  db: Db,
  key: { topic: string; channel: NotificationChannel },
  version: number | null,
  row: TemplateRow,
  staffId: string,
) {
  if (version === null) {
    return db
      .insertInto('notification_template')
      .values({ ...key, ...row, updated_by: staffId })
      .onConflict((oc) => oc.columns(['topic', 'channel']).doNothing())
      .returning('version')
      .executeTakeFirst();
  }
  return db
    .updateTable('notification_template')
    .set({ ...row, updated_by: staffId, version: version + 1, updated_at: sql<Date>`now()` })
    .where('topic', '=', key.topic)
    .where('channel', '=', key.channel)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export const deleteTemplate = (db: Db, topic: string, channel: NotificationChannel, version: number) =>
  db
    .deleteFrom('notification_template')
    .where('topic', '=', topic)
    .where('channel', '=', channel)
    .where('version', '=', version)
    .executeTakeFirst();

export const centreParent = (db: Db, centreId: string) =>
  db.selectFrom('centre').select(['parent_id', 'path']).where('id', '=', centreId).executeTakeFirst();
