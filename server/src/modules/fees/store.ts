import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  CaseFeeTable,
  Database,
  FeeApprovalTable,
  FeePaymentTable,
  InvoiceBookTable,
  PaymentNoticeTable,
} from '../../platform/db/schema.js';

type Db = Kysely<Database>;

// --- payment notices and their fee lines -----------------------------------------------------------

export const findNoticeByCase = (db: Db, caseId: string) =>
  db.selectFrom('payment_notice').selectAll().where('case_id', '=', caseId).executeTakeFirst();

export type NoticeRow = NonNullable<Awaited<ReturnType<typeof findNoticeByCase>>>;

/** Of the cases named, those whose payment notice is not yet paid, with its number. */
export const unpaidNoticesOfCases = (db: Db, caseIds: string[]) =>
  db
    .selectFrom('payment_notice')
    .select(['case_id', 'doc_no'])
    .where('case_id', 'in', caseIds)
    .where('status', '<>', 'paid')
    .execute();

export const lockNoticeByCase = (db: Db, caseId: string) =>
  db.selectFrom('payment_notice').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();

export const lockNotice = (db: Db, id: string) =>
  db.selectFrom('payment_notice').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const insertNotice = (db: Db, row: Insertable<PaymentNoticeTable>) =>
  db.insertInto('payment_notice').values(row).returningAll().executeTakeFirstOrThrow();

/** The version the caller saw goes into WHERE: a concurrent change makes this return undefined (409). */
export const updateNotice = (db: Db, id: string, version: number, patch: Updateable<PaymentNoticeTable>) =>
  db
    .updateTable('payment_notice')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const insertFees = (db: Db, rows: Insertable<CaseFeeTable>[]) =>
  db.insertInto('case_fee').values(rows).execute();

export const listFees = (db: Db, noticeId: string) =>
  db.selectFrom('case_fee').selectAll().where('notice_id', '=', noticeId).orderBy('fee_key').execute();

export type FeeRow = Awaited<ReturnType<typeof listFees>>[number];

export const markFeesPaid = (db: Db, feeIds: string[], paymentId: string) =>
  db
    .updateTable('case_fee')
    .set({ paid_by_payment_id: paymentId })
    // One statement text whatever the number of fees (IN would make one per count).
    .where((eb) => eb('id', '=', eb.fn.any(eb.val(feeIds))))
    .execute();

export const unmarkFeesPaid = (db: Db, paymentId: string) =>
  db.updateTable('case_fee').set({ paid_by_payment_id: null }).where('paid_by_payment_id', '=', paymentId).execute();

// --- payments ----------------------------------------------------------------------------------------

export const insertPayment = (db: Db, row: Insertable<FeePaymentTable>) =>
  db.insertInto('fee_payment').values(row).returningAll().executeTakeFirstOrThrow();

/**
 * A bank callback's payment in one statement: the payment, its fees marked paid by it and the order
 * settled (one round trip instead of three, on the path the gateway calls most).
 */
export const recordBankPayment = (
  db: Db,
  payment: Insertable<FeePaymentTable>,
  feeIds: string[],
  order: { id: string; bankTxnId: string },
) =>
  db
    .with('p', (q) => q.insertInto('fee_payment').values(payment).returningAll())
    .with('f', (q) =>
      q
        .updateTable('case_fee')
        .set((eb) => ({ paid_by_payment_id: eb.selectFrom('p').select('p.id') }))
        .where((eb) => eb('id', '=', eb.fn.any(eb.val(feeIds))))
        .returning('case_fee.id'),
    )
    .with('o', (q) =>
      q
        .updateTable('bank_order')
        .set({ status: 'paid', paid_at: new Date(), bank_txn_id: order.bankTxnId })
        .where('id', '=', order.id)
        .returning('bank_order.id'),
    )
    .selectFrom('p')
    .selectAll('p')
    .executeTakeFirstOrThrow();

export const listPayments = (db: Db, caseId: string) =>
  db.selectFrom('fee_payment').selectAll().where('case_id', '=', caseId).orderBy('paid_at').execute();

export type PaymentRow = Awaited<ReturnType<typeof listPayments>>[number];

export const findPayment = (db: Db, id: string) =>
  db.selectFrom('fee_payment').selectAll().where('id', '=', id).executeTakeFirst();

export const lockPayment = (db: Db, id: string) =>
  db.selectFrom('fee_payment').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const setPaymentStatus = (db: Db, id: string, version: number, status: 'voided' | 'refunded') =>
  db
    .updateTable('fee_payment')
    .set({ status, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'paid')
    .returningAll()
    .executeTakeFirst();

// --- approvals (reductions, voids, refunds) --------------------------------------------------------

export const insertApproval = (db: Db, row: Insertable<FeeApprovalTable>) =>
  db.insertInto('fee_approval').values(row).returningAll().executeTakeFirstOrThrow();

export const lockApproval = (db: Db, id: string) =>
  db.selectFrom('fee_approval').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof lockApproval>>>;

/** Where an approval's case is decided: read before the transaction for the centre's rules. */
export const approvalCentre = (db: Db, id: string) =>
  db
    .selectFrom('fee_approval')
    .innerJoin('license_case', 'license_case.id', 'fee_approval.case_id')
    .select('license_case.centre_id')
    .where('fee_approval.id', '=', id)
    .executeTakeFirst();

export const decideApproval = (
  db: Db,
  id: string,
  version: number,
  patch: { status: 'approved' | 'rejected'; decided_by_name: string; decision_note: string | null },
) =>
  db
    .updateTable('fee_approval')
    .set({ ...patch, decided_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'requested')
    .returningAll()
    .executeTakeFirst();

export const approvalsOfCase = (db: Db, caseId: string) =>
  db.selectFrom('fee_approval').selectAll().where('case_id', '=', caseId).orderBy('requested_at').execute();

export const openApprovalsOfDepartment = (db: Db, departmentId: string) =>
  db
    .selectFrom('fee_approval')
    .innerJoin('license_case', 'license_case.id', 'fee_approval.case_id')
    .selectAll('fee_approval')
    .select('license_case.case_no')
    .where('fee_approval.department_id', '=', departmentId)
    .where('fee_approval.status', '=', 'requested')
    .orderBy('fee_approval.requested_at')
    .execute();

// --- bank orders and callbacks -----------------------------------------------------------------------

/** The notice's latest order (after a refund there may be a paid one and a newer one). */
export const findOrderByNotice = (db: Db, noticeId: string) =>
  db
    .selectFrom('bank_order')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

/** The notice's unpaid order, if any: at most one (bank_order__notice_unpaid_uq). */
export const findUnpaidOrderByNotice = (db: Db, noticeId: string) =>
  db
    .selectFrom('bank_order')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('status', '<>', 'paid')
    .executeTakeFirst();

export const insertOrder = (db: Db, row: Insertable<Database['bank_order']>) =>
  db.insertInto('bank_order').values(row).returningAll().executeTakeFirstOrThrow();

export const lockOrderByNo = (db: Db, orderNo: string) =>
  db.selectFrom('bank_order').selectAll().where('order_no', '=', orderNo).forUpdate().executeTakeFirst();

export const updateOrder = (db: Db, id: string, patch: Updateable<Database['bank_order']>) =>
  db.updateTable('bank_order').set(patch).where('id', '=', id).execute();

/** True when this (transaction, event) is new; false for a replay — the primary key decides. */
export async function insertCallback(db: Db, row: Insertable<Database['bank_callback']>): Promise<boolean> {
  const r = await db
    .insertInto('bank_callback')
    .values(row)
    .onConflict((oc) => oc.columns(['bank_txn_id', 'event_type']).doNothing())
    .returning('bank_txn_id')
    .executeTakeFirst();
  return r !== undefined;
}

export const callbackOutcome = async (db: Db, txnId: string, eventType: string) =>
  (
    await db
      .selectFrom('bank_callback')
      .select('outcome')
      .where('bank_txn_id', '=', txnId)
      .where('event_type', '=', eventType)
      .executeTakeFirst()
  )?.outcome;

// --- invoice books -----------------------------------------------------------------------------------

export const insertBook = (db: Db, row: Insertable<InvoiceBookTable>) =>
  db.insertInto('invoice_book').values(row).returningAll().executeTakeFirstOrThrow();

/** Books of the series whose range meets [first, last]; the series row lock serialises issuing. */
export async function overlappingBooks(db: Db, series: string, first: number, last: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`invoice_book:${series}`}))`.execute(db);
  return db
    .selectFrom('invoice_book')
    .select('id')
    .where('series', '=', series)
    .where('first_no', '<=', last)
    .where('last_no', '>=', first)
    .execute();
}

/** The window's current book: the one in use, else the oldest issued one. */
export const lockCurrentBook = (db: Db, windowId: string) =>
  db
    .selectFrom('invoice_book')
    .selectAll()
    .where('window_id', '=', windowId)
    .where('status', 'in', ['in_use', 'issued'])
    .orderBy(sql`status = 'in_use'`, 'desc')
    .orderBy('issued_at')
    .orderBy('first_no')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();

export const lockBook = (db: Db, id: string) =>
  db.selectFrom('invoice_book').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export type BookRow = NonNullable<Awaited<ReturnType<typeof lockBook>>>;

export const updateBook = (db: Db, id: string, version: number, patch: Updateable<InvoiceBookTable>) =>
  db
    .updateTable('invoice_book')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const listBooks = (db: Db, filter: { windowId?: string; centrePath?: string }) => {
  let q = db
    .selectFrom('invoice_book')
    .innerJoin('service_window', 'service_window.id', 'invoice_book.window_id')
    .innerJoin('centre', 'centre.id', 'invoice_book.centre_id')
    .selectAll('invoice_book')
    .select(['service_window.name as window_name', 'centre.name as centre_name'])
    .orderBy('invoice_book.issued_at', 'desc');
  if (filter.windowId) q = q.where('invoice_book.window_id', '=', filter.windowId);
  if (filter.centrePath) q = q.where('centre.path', 'like', `${filter.centrePath}%`);
  return q.execute();
};

/** What the book collected: paid receipts only (a voided receipt's money was never kept). */
export async function bookTotal(db: Db, bookId: string): Promise<number> {
  const r = await db
    .selectFrom('fee_payment')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), sql<number>`0`).as('total'))
    .where('invoice_book_id', '=', bookId)
    .where('status', '=', 'paid')
    .executeTakeFirstOrThrow();
  return Number(r.total);
}

export const windowById = (db: Db, id: string) =>
  db
    .selectFrom('service_window')
    .innerJoin('centre', 'centre.id', 'service_window.centre_id')
    .select(['service_window.id', 'service_window.centre_id', 'service_window.name', 'centre.path'])
    .where('service_window.id', '=', id)
    .executeTakeFirst();

/** A refused reduction: every fee back to the published standard. */
export const clearReductions = (db: Db, noticeId: string) =>
  db
    .updateTable('case_fee')
    .set((eb) => ({ reduction_fen: 0, reduction_basis: null, amount_fen: eb.ref('standard_fen') }))
    .where('notice_id', '=', noticeId)
    .execute();

/**
 * Read before a callback's transaction, in one round trip: whether this (transaction, event) was
 * seen already and with what outcome, and the order's amount and the centre whose rules apply.
 */
export const callbackPreview = async (db: Db, txnId: string, eventType: string, orderNo: string) => {
  const r = await sql<{ outcome: string | null; amount_fen: number | null; centre_id: string | null }>`
    SELECT (SELECT outcome FROM bank_callback WHERE bank_txn_id = ${txnId} AND event_type = ${eventType}) AS outcome,
           o.amount_fen, c.centre_id
      FROM (VALUES (1)) AS one (x)
      LEFT JOIN bank_order o ON o.order_no = ${orderNo}
      LEFT JOIN license_case c ON c.id = o.case_id`.execute(db);
  const row = r.rows[0]!;
  return {
    seen: row.outcome,
    order:
      row.amount_fen === null || row.centre_id === null
        ? null
        : { amount_fen: row.amount_fen, centre_id: row.centre_id },
  };
};
