import { sql, type Insertable, type Kysely } from 'kysely';
import type {
  Database,
  DeliveryStatus,
  NotificationChannel,
  NotificationDeliveryTable,
} from '../../../platform/db/schema.js';

type Db = Kysely<Database>;

// --- planning: outbox → deliveries --------------------------------------------------------------

/**
 * The oldest outbox events nobody has planned, locked for this transaction; another worker skips
 * them (SKIP LOCKED) and takes the next ones, so several processes share the work.
 */
export const claimOutbox = (db: Db, limit: number) =>
  db
    .selectFrom('outbox_event')
    .select(['id', 'topic', 'case_id', 'recipient_person_id', 'payload'])
    .where('delivered_at', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

export type OutboxRow = Awaited<ReturnType<typeof claimOutbox>>[number];

export const markOutboxPlanned = (db: Db, ids: string[]) =>
  ids.length
    ? db
        .updateTable('outbox_event')
        .set({ delivered_at: sql<Date>`now()` })
        .where('id', 'in', ids)
        .execute()
    : Promise.resolve([]);

/** What a notification says about its case: number, item, deciding centre. */
export const caseFacts = (db: Db, caseIds: string[]) =>
  caseIds.length
    ? db
        .selectFrom('license_case as c')
        .innerJoin('item_version as v', 'v.id', 'c.item_version_id')
        .innerJoin('centre as ce', 'ce.id', 'c.centre_id')
        .leftJoin('enterprise as e', 'e.id', 'c.applicant_enterprise_id')
        .select(['c.id', 'c.case_no', 'v.name as item_name', 'ce.name as centre_name', 'e.name as enterprise_name'])
        .where('c.id', 'in', caseIds)
        .execute()
    : Promise.resolve([]);

export const recipients = (db: Db, personIds: string[]) =>
  personIds.length
    ? db
        .selectFrom('person as p')
        .leftJoin('notification_preference as np', 'np.person_id', 'p.id')
        .select([
          'p.id',
          'p.name',
          'p.mobile_enc',
          'p.mobile_masked',
          'np.sms',
          'np.email',
          'np.email_enc',
          'np.email_masked',
          'np.lang',
          'np.messages',
        ])
        .where('p.id', 'in', personIds)
        .execute()
    : Promise.resolve([]);

export const storedTemplates = (db: Db) => db.selectFrom('notification_template').selectAll().execute();

/** Planning twice (a worker died after planning, before committing) inserts nothing twice. */
export const insertDeliveries = (db: Db, rows: Insertable<NotificationDeliveryTable>[]) =>
  rows.length
    ? db
        .insertInto('notification_delivery')
        .values(rows)
        .onConflict((oc) => oc.columns(['outbox_event_id', 'channel']).doNothing())
        .execute()
    : Promise.resolve([]);

// --- sending ----------------------------------------------------------------------------------

export type ClaimedDelivery = {
  id: string;
  channel: NotificationChannel;
  address_enc: string;
  subject: string;
  body: string;
  attempts: number;
};

/**
 * Claims due deliveries: pending, waiting for a retry, or left 'sending' by a worker whose lease
 * ran out (it died mid-send). The claim counts as an attempt and is committed before anything is
 * sent, so a crash is never mistaken for "not yet tried".
 */
export async function claimDeliveries(db: Db, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const res = await sql<ClaimedDelivery>`
    UPDATE notification_delivery d
       SET status = 'sending', attempts = d.attempts + 1,
           lease_until = now() + ${leaseMs} * interval '1 millisecond', updated_at = now()
     WHERE d.id IN (
       SELECT id FROM notification_delivery
        WHERE status IN ('pending', 'retry', 'sending')
          AND (CASE WHEN status = 'sending' THEN lease_until ELSE next_attempt_at END) <= now()
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d.channel, d.address_enc, d.subject, d.body, d.attempts`.execute(db);
  return res.rows;
}

/** Only the claim that is still ours may record the outcome (attempt number as the fence). */
export const markSent = (db: Db, id: string, attempts: number, provider: string, providerMessageId: string | null) =>
  db
    .updateTable('notification_delivery')
    .set({
      status: 'sent',
      provider,
      provider_message_id: providerMessageId,
      sent_at: sql<Date>`now()`,
      lease_until: null,
      last_error: null,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempts)
    .executeTakeFirst();

export const markFailed = (
  db: Db,
  id: string,
  attempts: number,
  outcome: { status: 'retry'; delayMs: number } | { status: 'dead' },
  provider: string,
  error: string,
) =>
  db
    .updateTable('notification_delivery')
    .set({
      status: outcome.status,
      provider,
      last_error: error.slice(0, 1000),
      lease_until: null,
      next_attempt_at:
        outcome.status === 'retry'
          ? sql<Date>`now() + ${outcome.delayMs} * interval '1 millisecond'`
          : sql<Date>`next_attempt_at`,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempts)
    .executeTakeFirst();

/** A claim whose attempts are already used up (a worker died on the last one) becomes a dead letter. */
export const markExhausted = (db: Db, id: string, attempts: number) =>
  markFailed(db, id, attempts, { status: 'dead' }, 'worker', 'attempts exhausted (the worker stopped mid-send)');

// --- the supervision pages --------------------------------------------------------------------

export type DeliveryFilter = {
  status?: DeliveryStatus | undefined;
  channel?: NotificationChannel | undefined;
  caseNo?: string | undefined;
  centrePath: string;
  limit: number;
  offset: number;
};

/** Deliveries of cases decided or taken in at centres within `centrePath`. */
export async function listDeliveries(db: Db, f: DeliveryFilter) {
  let q = db
    .selectFrom('notification_delivery as d')
    .innerJoin('license_case as c', 'c.id', 'd.case_id')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('centre as ce')
          .select(sql`1`.as('one'))
          .where((w) => w.or([w('ce.id', '=', w.ref('c.centre_id')), w('ce.id', '=', w.ref('c.intake_centre_id'))]))
          .where('ce.path', 'like', `${f.centrePath}%`),
      ),
    );
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.channel) q = q.where('d.channel', '=', f.channel);
  if (f.caseNo) q = q.where('c.case_no', '=', f.caseNo);
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const rows = await q
    .select([
      'd.id',
      'd.channel',
      'd.topic',
      'd.case_id',
      'c.case_no',
      'd.address_masked',
      'd.lang',
      'd.subject',
      'd.body',
      'd.status',
      'd.provider',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'd.sent_at',
      'd.created_at',
      'd.version',
    ])
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total), rows };
}

export const findDelivery = (db: Db, id: string) =>
  db
    .selectFrom('notification_delivery as d')
    .innerJoin('license_case as c', 'c.id', 'd.case_id')
    .select(['d.id', 'd.status', 'd.version', 'd.case_id', 'c.centre_id', 'c.intake_centre_id'])
    .where('d.id', '=', id)
    .executeTakeFirst();

/** A dead letter goes back to the queue with a fresh set of attempts. */
export const requeue = (db: Db, id: string, version: number) =>
  db
    .updateTable('notification_delivery')
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'dead')
    .executeTakeFirst();
