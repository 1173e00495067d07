import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, MessageAttachmentTable, MessageSide } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** The live-delivery channel: one NOTIFY per message or read marker, sent when the transaction commits. */
export const LIVE_CHANNEL = 'tongban_case';

// --- messages ---------------------------------------------------------------------------------

/**
 * The case's next message number. The upsert locks the conversation row until the transaction
 * ends, so numbers are given — and committed — in order: a reader that has seen n has seen all < n.
 */
export async function nextSeq(db: Db, caseId: string): Promise<number> {
  const row = await db
    .insertInto('case_conversation')
    .values({ case_id: caseId, last_seq: 1 })
    .onConflict((oc) =>
      oc.column('case_id').doUpdateSet({
        last_seq: sql<number>`case_conversation.last_seq + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export const lastSeq = async (db: Db, caseId: string) =>
  (await db.selectFrom('case_conversation').select('last_seq').where('case_id', '=', caseId).executeTakeFirst())
    ?.last_seq ?? 0;

export const insertMessage = (
  db: Db,
  row: {
    case_id: string;
    seq: number;
    side: MessageSide;
    author_kind: 'person' | 'staff';
    author_id: string;
    author_name: string;
    author_party: string;
    body: string;
  },
) => db.insertInto('case_message').values(row).returningAll().executeTakeFirstOrThrow();

export const insertAttachments = (db: Db, rows: Insertable<MessageAttachmentTable>[]) =>
  rows.length ? db.insertInto('message_attachment').values(rows).execute() : Promise.resolve([]);

const messageColumns = [
  'm.id',
  'm.case_id',
  'm.seq',
  'm.side',
  'm.author_kind',
  'm.author_id',
  'm.author_name',
  'm.author_party',
  'm.body',
  'm.created_at',
] as const;

/** A page of a case's messages: after `after` (catching up), before `before` (older), else the latest. */
export async function listMessages(db: Db, caseId: string, page: { after?: number; before?: number; limit: number }) {
  let q = db.selectFrom('case_message as m').select(messageColumns).where('m.case_id', '=', caseId);
  if (page.after !== undefined) q = q.where('m.seq', '>', page.after).orderBy('m.seq', 'asc');
  else {
    if (page.before !== undefined) q = q.where('m.seq', '<', page.before);
    q = q.orderBy('m.seq', 'desc');
  }
  const rows = await q.limit(page.limit).execute();
  return page.after !== undefined ? rows : rows.reverse();
}

export type MessageRow = Awaited<ReturnType<typeof listMessages>>[number];

export const findMessageBySeq = (db: Db, caseId: string, seq: number) =>
  db
    .selectFrom('case_message as m')
    .select(messageColumns)
    .where('m.case_id', '=', caseId)
    .where('m.seq', '=', seq)
    .executeTakeFirst();

export const attachmentsOf = (db: Db, messageIds: string[]) =>
  messageIds.length
    ? db
        .selectFrom('message_attachment')
        .select(['id', 'message_id', 'position', 'file_name', 'size_bytes', 'media_type'])
        .where('message_id', 'in', messageIds)
        .orderBy('message_id')
        .orderBy('position')
        .execute()
    : Promise.resolve([]);

export type AttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

export const findAttachment = (db: Db, caseId: string, id: string) =>
  db.selectFrom('message_attachment').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();

// --- read markers -----------------------------------------------------------------------------

/** Moves the reader's marker forward (never back). */
export const markRead = (db: Db, caseId: string, reader: string, side: MessageSide, seq: number) =>
  db
    .insertInto('message_read')
    .values({ case_id: caseId, reader, side, read_seq: seq })
    .onConflict((oc) =>
      oc.columns(['case_id', 'reader']).doUpdateSet({
        read_seq: sql<number>`greatest(message_read.read_seq, excluded.read_seq)`,
        read_at: sql<Date>`now()`,
      }),
    )
    .execute();

/** How far each side has read: a message is 已读 when the other side's marker has reached it. */
export async function readState(db: Db, caseId: string): Promise<Record<MessageSide, number>> {
  const rows = await db
    .selectFrom('message_read')
    .select(['side', (eb) => eb.fn.max('read_seq').as('seq')])
    .where('case_id', '=', caseId)
    .groupBy('side')
    .execute();
  const state = { applicant: 0, office: 0 };
  for (const r of rows) state[r.side] = Number(r.seq);
  return state;
}

/** The office messages after the applicant's side last read (for "notify once until read"). */
export const unreadOfficeMessages = async (db: Db, caseId: string, applicantReadSeq: number, beforeSeq: number) =>
  Number(
    (
      await db
        .selectFrom('case_message')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('case_id', '=', caseId)
        .where('side', '=', 'office')
        .where('seq', '>', applicantReadSeq)
        .where('seq', '<', beforeSeq)
        .executeTakeFirstOrThrow()
    ).n,
  );

// --- live delivery and notifications ----------------------------------------------------------

/** Queued with the transaction; PostgreSQL delivers it to every listening process on commit. */
export const notifyLive = (db: Db, payload: object) =>
  sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(payload)})`.execute(db);

// --- ready replies ----------------------------------------------------------------------------

export const listReadyReplies = (db: Db, staffId: string, windowId: string | null) =>
  db
    .selectFrom('ready_reply')
    .selectAll()
    .where((eb) =>
      windowId ? eb.or([eb('staff_id', '=', staffId), eb('window_id', '=', windowId)]) : eb('staff_id', '=', staffId),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();

export const insertReadyReply = (
  db: Db,
  row: { window_id: string | null; staff_id: string | null; text: string; created_by: string },
) => db.insertInto('ready_reply').values(row).returningAll().executeTakeFirstOrThrow();

export const findReadyReply = (db: Db, id: string) =>
  db.selectFrom('ready_reply').selectAll().where('id', '=', id).executeTakeFirst();

export const updateReadyReply = (db: Db, id: string, version: number, text: string) =>
  db
    .updateTable('ready_reply')
    .set({ text, version: version + 1, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const deleteReadyReply = (db: Db, id: string, version: number) =>
  db.deleteFrom('ready_reply').where('id', '=', id).where('version', '=', version).executeTakeFirst();
