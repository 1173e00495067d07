import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize, requireActingStaff } from '../../platform/auth/authorize.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { audited } from './access.js';
import { receiptProblem, SETTLEMENT_DAYS } from './model.js';
import * as store from './store.js';
import { bookView } from './views.js';

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** 票据本领用: a supervisor of the centre (or above) issues a numbered book to a window. */
export async function issueBook(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { windowId: string; series: string; firstNo: number; lastNo: number },
) {
  const w = await store.windowById(ctx.database.db, input.windowId);
  if (!w) throw new DomainError('resource.not_found');
  const staff = await authorize(ctx, actor, meta, 'fee.invoice_book', {
    centrePath: w.path,
    entityType: 'service_window',
    entityId: w.id,
  });
  if (input.lastNo < input.firstNo) throw new DomainError('request.invalid', { field: 'lastNo' });
  return ctx.database.db.transaction().execute(async (trx) => {
    if ((await store.overlappingBooks(trx, input.series, input.firstNo, input.lastNo)).length)
      throw new DomainError('fee.book_range_overlaps');
    const book = await store.insertBook(trx, {
      centre_id: w.centre_id,
      window_id: w.id,
      series: input.series,
      first_no: input.firstNo,
      last_no: input.lastNo,
      next_no: input.firstNo,
      issued_by_name: staff.name,
    });
    await ctx.audit.record(trx, actor, meta, {
      action: 'fee.invoice_book.issue',
      entityType: 'invoice_book',
      entityId: book.id,
      after: { windowId: w.id, series: input.series, firstNo: input.firstNo, lastNo: input.lastNo },
    });
    return bookView(book, new Date());
  });
}

/**
 * The next receipt number of the window's book, inside the payment's transaction (the book row
 * stays locked, so two cashiers never take one number). A used-up book waits to be settled.
 */
export async function takeReceipt(trx: Kysely<Database>, windowId: string, given: number | undefined) {
  const book = await store.lockCurrentBook(trx, windowId);
  if (!book) throw new DomainError('fee.no_invoice_book');
  const problem = receiptProblem({ firstNo: book.first_no, lastNo: book.last_no, nextNo: book.next_no }, given);
  if (problem)
    throw new DomainError(problem, {
      series: book.series,
      firstNo: book.first_no,
      lastNo: book.last_no,
      nextNo: book.next_no,
    });
  const n = book.next_no;
  const usedUp = n === book.last_no;
  const now = new Date();
  await store.updateBook(trx, book.id, book.version, {
    next_no: n + 1,
    status: usedUp ? 'used_up' : 'in_use',
    ...(usedUp ? { used_up_at: now, settle_due: addDays(now, SETTLEMENT_DAYS) } : {}),
  });
  return { bookId: book.id, receiptNo: String(n) };
}

/** Books of the actor's window (clerks) or of the centres in reach (supervisors). */
export async function listBooks(ctx: AppContext, actor: Actor | null) {
  const staff = requireActingStaff(actor);
  const a = staff.acting;
  const filter =
    a.role === 'window_clerk' && a.windowId
      ? { windowId: a.windowId }
      : a.role === 'supervisor'
        ? { centrePath: a.centrePath }
        : null;
  if (!filter) throw new DomainError('auth.forbidden');
  const now = new Date();
  return { items: (await store.listBooks(ctx.database.db, filter)).map((b) => bookView(b, now)) };
}

/**
 * 解缴: the window pays a used-up book's takings into the bank in one sum and records the bank's
 * slip. The sum must be what the book's receipts add up to.
 */
export async function settleBook(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  bookId: string,
  input: { version: number; amountFen: number; bankSlipNo: string },
) {
  const staff = requireActingStaff(actor);
  return audited(ctx, actor, meta, 'fee.invoice_book.settle', { entityType: 'invoice_book', entityId: bookId }, () =>
    ctx.database.db.transaction().execute(async (trx) => {
      const book = await store.lockBook(trx, bookId);
      if (!book) throw new DomainError('resource.not_found');
      if (staff.acting.role !== 'window_clerk' || staff.acting.windowId !== book.window_id)
        throw new DomainError('auth.forbidden');
      if (book.version !== input.version) throw new DomainError('resource.version_conflict');
      if (book.status !== 'used_up') throw new DomainError('fee.book_not_settleable', { status: book.status });
      const total = await store.bookTotal(trx, book.id);
      if (total !== input.amountFen)
        throw new DomainError('fee.settlement_amount_mismatch', { expectedFen: total, givenFen: input.amountFen });
      const updated = await store.updateBook(trx, book.id, book.version, {
        status: 'settled',
        settled_at: new Date(),
        settled_fen: total,
        bank_slip_no: input.bankSlipNo,
      });
      if (!updated) throw new DomainError('resource.version_conflict');
      await ctx.audit.record(trx, actor, meta, {
        action: 'fee.invoice_book.settle',
        entityType: 'invoice_book',
        entityId: book.id,
        after: { amountFen: total, bankSlipNo: input.bankSlipNo },
      });
      return bookView(updated, new Date());
    }),
  );
}
