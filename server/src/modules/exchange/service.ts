import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { denied, requireActingStaff, type AuthorisedStaff } from '../../platform/auth/authorize.js';
import type { CaseStatusColumn } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { csvLine, UTF8_BOM } from './csv.js';
import { dayRange, decodeCursor, encodeCursor, EXCHANGE_LIMITS } from './model.js';
import * as store from './store.js';
import { exportHeader, exportRow, feedItemView, legacyView } from './views.js';
import { xlsxStream } from './xlsx.js';

/**
 * Who may move cases in and out: a supervisor (the centre's administrator of its case data), for the
 * centres in their reach — the case list's own scope (cases/access.ts listScope 'centres'). Anyone
 * else is refused, and the refusal is audited as authorize() does.
 */
export async function exchanger(ctx: AppContext, actor: Actor | null, meta: RequestMeta): Promise<AuthorisedStaff> {
  const staff = requireActingStaff(actor);
  if (staff.acting.role !== 'supervisor') {
    await denied(ctx, staff, meta, 'exchange.cases');
    throw new DomainError('auth.forbidden');
  }
  return staff;
}

const decrypt = (ctx: AppContext) => (token: string) => ctx.cipher.decrypt(token);

/**
 * A page of the change feed (R-APP-11 API). The applicant goes out in full — the receiving system is
 * the centre's own approval database — so every page is audited: who, from where, how many, up to where.
 */
export async function feed(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  q: { updatedSince?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const staff = await exchanger(ctx, actor, meta);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !after) throw new DomainError('exchange.cursor_invalid', { field: 'cursor' });
  const since = q.updatedSince ? new Date(q.updatedSince) : null;
  const db = ctx.database.db;
  // One more than asked, to know whether another page is there now.
  const rows = await store.feedPage(db, staff.acting.centrePath, { after, since, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const steps = await store.stepsOf(
    db,
    page.map((r) => r.id),
  );
  const items = page.map((r) =>
    feedItemView(
      r,
      steps.filter((s) => s.case_id === r.id),
      decrypt(ctx),
    ),
  );
  const last = page.at(-1);
  // At the end the cursor stays where it was, so the next poll continues from there.
  const nextCursor = last ? encodeCursor({ t: last.updated_key, id: last.id }) : (q.cursor ?? null);
  await ctx.audit.recordStandalone(db, staff, meta, {
    action: 'exchange.feed',
    entityType: 'centre',
    entityId: staff.acting.centreId,
    after: {
      centrePath: staff.acting.centrePath,
      updatedSince: q.updatedSince ?? null,
      from: after?.t ?? null,
      to: last?.updated_key ?? null,
      count: items.length,
    },
  });
  return { items, nextCursor, hasMore: rows.length > q.limit };
}

export type ExportQuery = { from: string; to: string; status?: CaseStatusColumn | undefined };

/**
 * A file export: authorised, counted and audited before the first byte, then read in batches of
 * EXCHANGE_LIMITS.exportBatch cases in (received_at, id) order, so the server holds one batch at a
 * time whatever the range. Returns the count and the rows, batch by batch, as the file's lines.
 */
async function prepareExport(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  q: ExportQuery,
  format: 'csv' | 'xlsx',
) {
  const staff = await exchanger(ctx, actor, meta);
  const range = dayRange(q.from, q.to);
  if (!range) throw new DomainError('request.invalid', { field: 'to' });
  const filter = { ...range, status: q.status ?? null };
  const centrePath = staff.acting.centrePath;
  const db = ctx.database.db;
  const count = await store.exportCount(db, centrePath, filter);
  await ctx.audit.recordStandalone(db, staff, meta, {
    action: 'exchange.export',
    entityType: 'centre',
    entityId: staff.acting.centreId,
    after: { format, centrePath, from: q.from, to: q.to, status: filter.status, count },
  });
  const plain = decrypt(ctx);
  async function* batches(): AsyncGenerator<string[][]> {
    let after: { t: string; id: string } | null = null;
    for (;;) {
      const batch = await store.exportBatch(db, centrePath, filter, after, EXCHANGE_LIMITS.exportBatch);
      if (batch.length) yield batch.map((r) => exportRow(r, plain));
      if (batch.length < EXCHANGE_LIMITS.exportBatch) return;
      const last = batch.at(-1)!;
      after = { t: last.received_key, id: last.id };
    }
  }
  return { count, batches: batches() };
}

export async function exportCsv(ctx: AppContext, actor: Actor | null, meta: RequestMeta, q: ExportQuery) {
  const { count, batches } = await prepareExport(ctx, actor, meta, q, 'csv');
  async function* lines() {
    yield UTF8_BOM + csvLine(exportHeader);
    for await (const rows of batches) yield rows.map(csvLine).join('');
  }
  return { count, lines: lines() };
}

export async function exportXlsx(ctx: AppContext, actor: Actor | null, meta: RequestMeta, q: ExportQuery) {
  const { count, batches } = await prepareExport(ctx, actor, meta, q, 'xlsx');
  return { count, stream: xlsxStream(exportHeader, batches) };
}

export async function legacyCases(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  q: { q?: string | undefined; page: number; pageSize: number },
) {
  const staff = await exchanger(ctx, actor, meta);
  const text = q.q?.trim() || null;
  const { total, rows } = await store.listLegacy(ctx.database.db, staff.acting.centrePath, {
    text,
    certBidx: text && text.length === 18 ? ctx.cipher.blindIndex(text) : null,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(legacyView), total, page: q.page, pageSize: q.pageSize };
}
