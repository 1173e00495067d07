import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import type { MessageKind, PublicMessageTable } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import { chinaDate, newQueryCode } from '../cases/case-number.js';
import { rulesFor } from '../cases/rules-source.js';
import { maskName } from '../identity/model/masking.js';
import { messageReach, messageScope, type MessageCan } from './access.js';
import {
  answerDue,
  maskPhone,
  messageNumber,
  needsPhone,
  normalizePhone,
  routeFor,
  statusAfter,
  type MessageMove,
} from './model.js';
import * as store from './store.js';
import { lookupView, publishedView, staffView } from './views.js';
import type { Updateable } from 'kysely';

export type SubmitBody = {
  kind: MessageKind;
  centreId: string;
  windowId?: string | undefined;
  itemId?: string | undefined;
  caseNo?: string | undefined;
  subject: string;
  body: string;
  name?: string | undefined;
  phone?: string | undefined;
  publishConsent: boolean;
};

// Keyed with the field cipher's blind index, as a case's query code is; the prefix keeps the two
// series of codes apart.
const codeHash = (ctx: AppContext, messageNo: string, code: string) =>
  ctx.cipher.blindIndex(`message:${messageNo}:${code}`);

/** The window a consultation is about (named, or the item's), checked to be the centre's own. */
async function targetWindow(ctx: AppContext, centreId: string, body: SubmitBody) {
  const db = ctx.database.db;
  if (!body.windowId && !body.itemId) return null;
  // Only a consultation is routed to a window: a complaint goes over the window's head to 监察.
  if (body.kind !== 'consult')
    throw new DomainError('participation.target_invalid', [{ field: 'windowId', problem: 'only for a consultation' }]);
  const w = body.itemId ? await store.windowOfItem(db, body.itemId) : await store.findWindow(db, body.windowId ?? '');
  if (!w || w.centre_id !== centreId || (body.itemId && body.windowId && body.windowId !== w.id))
    throw new DomainError('participation.target_invalid', [
      { field: body.itemId ? 'itemId' : 'windowId', problem: 'not of this centre' },
    ]);
  return w;
}

/**
 * A message from the public (R-WEB-4) or a problem report from a logged-in user (R-OPS-5). It is
 * routed by kind, given its due time on the addressed centre's calendar, and stored with its audit
 * record in one transaction. The writer gets the number and a query code, shown this once.
 */
export async function submitMessage(ctx: AppContext, actor: Actor | null, meta: RequestMeta, body: SubmitBody) {
  const db = ctx.database.db;
  let staffId: string | null = null;
  if (body.kind === 'feedback') {
    if (!actor) throw new DomainError('participation.login_required');
    if (actor.kind === 'staff') staffId = requireActingStaff(actor).staffId;
  }
  const centre = await store.findCentre(db, body.centreId);
  if (!centre) throw new DomainError('participation.target_invalid', [{ field: 'centreId', problem: 'unknown' }]);
  const window = await targetWindow(ctx, centre.id, body);
  let phone: string | null = null;
  if (body.phone) {
    phone = normalizePhone(body.phone);
    if (!phone) throw new DomainError('participation.phone_invalid', [{ field: 'phone', problem: 'invalid' }]);
  } else if (needsPhone(body.kind)) {
    throw new DomainError('participation.phone_required', [{ field: 'phone', problem: 'required' }]);
  }
  const now = new Date();
  const due = answerDue((await rulesFor(ctx, centre.id)).calendar, body.kind, now);
  const routedTo = routeFor(body.kind, window !== null);
  const code = newQueryCode();
  const stored = await db.transaction().execute(async (trx) => {
    const serial = await nextInSeries(trx, `message:${centre.division_code}:${chinaDate(now)}`);
    const messageNo = messageNumber(centre.division_code, chinaDate(now), serial);
    const row = await store.insertMessage(trx, {
      message_no: messageNo,
      query_code_hash: codeHash(ctx, messageNo, code),
      kind: body.kind,
      centre_id: centre.id,
      routed_to: routedTo,
      department_id: window?.department_id ?? null,
      window_id: window?.id ?? null,
      item_id: body.itemId ?? null,
      case_no: body.caseNo || null,
      subject: body.subject,
      body: body.body,
      writer_name: body.name || (actor?.name ?? ''),
      phone_enc: phone ? ctx.cipher.encrypt(phone) : null,
      phone_masked: phone ? maskPhone(phone) : null,
      publish_consent: body.kind !== 'feedback' && body.publishConsent,
      person_id: actor?.kind === 'person' ? actor.personId : null,
      staff_id: staffId,
      due_at: due,
    });
    // No personal data in the trail: what was written where, not by whom or what it said.
    await ctx.audit.record(trx, actor, meta, {
      action: 'participation.submit',
      entityType: 'public_message',
      entityId: row.id,
      after: {
        messageNo,
        kind: body.kind,
        routedTo,
        centreId: centre.id,
        windowId: row.window_id,
        chars: body.body.length,
      },
    });
    return row;
  });
  return { messageNo: stored.message_no, queryCode: code, kind: stored.kind, dueAt: stored.due_at.toISOString() };
}

/** The writer looks the answer up by number and code; an unknown number and a wrong code get the same refusal. */
export async function lookupMessage(ctx: AppContext, body: { messageNo: string; queryCode: string }) {
  const row = await store.findByNumber(ctx.database.db, body.messageNo.toUpperCase());
  // Compared in constant time: the code's hash must not leak through how long a refusal takes.
  const expected = Buffer.from(codeHash(ctx, body.messageNo.toUpperCase(), body.queryCode));
  const stored = Buffer.from(row?.query_code_hash ?? '');
  if (!row || stored.length !== expected.length || !timingSafeEqual(stored, expected))
    throw new DomainError('participation.lookup_failed');
  return lookupView(row, maskName(row.writer_name), new Date());
}

export async function listPublished(
  ctx: AppContext,
  q: { centreId?: string | undefined; kind?: MessageKind | undefined; page: number; pageSize: number },
) {
  const db = ctx.database.db;
  let centrePath: string | null = null;
  if (q.centreId) {
    const centre = await store.findCentre(db, q.centreId);
    if (!centre) throw new DomainError('resource.not_found');
    centrePath = centre.path;
  }
  const { total, rows } = await store.listPublished(
    db,
    { centrePath, kind: q.kind },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map(publishedView), total, page: q.page, pageSize: q.pageSize };
}

/** 投诉电话 and the staff contacts: the centre's telephone and address, and every window's telephone. */
export async function centreContacts(ctx: AppContext, centreId: string) {
  const db = ctx.database.db;
  const centre = await store.findCentre(db, centreId);
  if (!centre) throw new DomainError('resource.not_found');
  const windows = await store.windowsOf(db, centre.id);
  return {
    centreId: centre.id,
    centreName: centre.name,
    complaintTelephone: centre.telephone,
    address: centre.address,
    windows: windows.map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      departmentName: w.department_name,
      floor: w.floor,
      telephone: w.telephone,
    })),
  };
}

const forStaff = (ctx: AppContext, row: store.MessageRow, can: MessageCan, now: Date) =>
  staffView(row, row.phone_enc ? ctx.cipher.decrypt(row.phone_enc) : null, can, now);

export async function inbox(
  ctx: AppContext,
  actor: Actor | null,
  q: { filter: store.ListFilter; kind?: MessageKind | undefined; page: number; pageSize: number },
) {
  const scope = messageScope(actor);
  const now = new Date();
  const { total, rows } = await store.listMessages(
    ctx.database.db,
    scope,
    { filter: q.filter, kind: q.kind },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    now,
  );
  return {
    items: rows.map((r) => forStaff(ctx, r, messageReach(actor, r).can, now)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export const inboxCounts = (ctx: AppContext, actor: Actor | null) =>
  store.countsInScope(ctx.database.db, messageScope(actor), new Date());

/** The message if the actor may read it; out of reach it does not exist for them. */
async function readable(ctx: AppContext, actor: Actor | null, id: string) {
  requireActingStaff(actor);
  const row = await store.findMessage(ctx.database.db, id);
  const reach = row ? messageReach(actor, row) : null;
  if (!row || !reach?.read) throw new DomainError('resource.not_found');
  return { row, can: reach.can };
}

export async function messageDetail(ctx: AppContext, actor: Actor | null, id: string) {
  const { row, can } = await readable(ctx, actor, id);
  return forStaff(ctx, row, can, new Date());
}

type MoveInput =
  | { move: 'answer'; answer: string; version: number }
  | { move: 'reassign'; windowId: string; version: number }
  | { move: 'publish'; version: number }
  | { move: 'close'; note: string; version: number };

/**
 * One move of a message at the version the officer saw: answer (or revise the answer), reassign to
 * another window of the centre, publish with the writer's consent, or close without publication.
 * A stale version gets 409 and nothing changes; every move is audited with the change it made.
 */
export async function moveMessage(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: MoveInput,
) {
  const staff = requireActingStaff(actor);
  const { row, can } = await readable(ctx, actor, id);
  const move: MessageMove = input.move;
  const next = statusAfter(row.status, move);
  if (!next) throw new DomainError('participation.state', { status: row.status });
  if (move === 'publish' && !row.publish_consent) throw new DomainError('participation.no_consent');
  if (!can[move]) throw new DomainError('auth.forbidden');
  const db = ctx.database.db;
  const now = new Date();
  const by = { staffId: staff.staffId, name: staff.name };
  let patch: Updateable<PublicMessageTable>;
  switch (input.move) {
    case 'answer':
      patch = {
        status: next,
        answer: input.answer,
        answered_at: now,
        answered_by_staff_id: by.staffId,
        answered_by_name: by.name,
        // Late once is late for good: revising the answer does not clear it.
        answered_late: row.answered_late || now > row.due_at,
      };
      break;
    case 'reassign': {
      const w = await store.findWindow(db, input.windowId);
      if (!w || w.centre_id !== row.centre_id)
        throw new DomainError('participation.target_invalid', [{ field: 'windowId', problem: 'not of this centre' }]);
      patch = {
        routed_to: 'window',
        window_id: w.id,
        department_id: w.department_id,
        reassigned: row.reassigned + 1,
      };
      break;
    }
    case 'publish':
      patch = { status: next, ended_at: now, ended_by_name: by.name };
      break;
    case 'close':
      patch = { status: next, ended_at: now, ended_by_name: by.name, close_note: input.note };
      break;
  }
  await db.transaction().execute(async (trx) => {
    const moved = await store.updateAtVersion(trx, id, input.version, patch);
    if (!moved) throw new DomainError('resource.version_conflict', { currentVersion: row.version });
    await ctx.audit.record(trx, actor, meta, {
      action: `participation.${move}`,
      entityType: 'public_message',
      entityId: id,
      before: { status: row.status, windowId: row.window_id, version: row.version },
      after: { status: next, windowId: patch.window_id ?? row.window_id },
    });
  });
  return messageDetail(ctx, actor, id);
}
