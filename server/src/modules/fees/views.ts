import type { ApprovalRow, BookRow, FeeRow, NoticeRow, PaymentRow } from './store.js';
import { bookStatus } from './model.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function noticeView(n: NoticeRow, fees: FeeRow[]) {
  return {
    id: n.id,
    caseId: n.case_id,
    status: n.status,
    docNo: n.doc_no,
    totalFen: n.total_fen,
    paidFen: fees.filter((f) => f.paid_by_payment_id).reduce((s, f) => s + f.amount_fen, 0),
    pricedBy: n.priced_by_name,
    pricedAt: n.priced_at.toISOString(),
    issuedAt: iso(n.issued_at),
    paidAt: iso(n.paid_at),
    version: n.version,
    fees: fees.map((f) => ({
      id: f.id,
      feeKey: f.fee_key,
      name: f.name,
      legalBasis: f.legal_basis,
      paymentMode: f.payment_mode,
      financeCode: f.finance_code,
      quantity: f.quantity,
      unit: f.unit,
      standardFen: f.standard_fen,
      reductionFen: f.reduction_fen,
      reductionBasis: f.reduction_basis,
      amountFen: f.amount_fen,
      paid: f.paid_by_payment_id !== null,
    })),
  };
}

export function paymentView(p: PaymentRow) {
  return {
    id: p.id,
    paymentMode: p.payment_mode,
    amountFen: p.amount_fen,
    status: p.status,
    bankTxnId: p.bank_txn_id,
    receiptNo: p.receipt_no,
    recordedBy: p.recorded_by_name,
    paidAt: p.paid_at.toISOString(),
    version: p.version,
  };
}

export function approvalView(a: ApprovalRow & { case_no?: string }) {
  return {
    id: a.id,
    kind: a.kind,
    caseId: a.case_id,
    caseNo: a.case_no ?? null,
    paymentId: a.payment_id,
    reason: a.reason,
    status: a.status,
    requestedBy: a.requested_by_name,
    requestedAt: a.requested_at.toISOString(),
    decidedBy: a.decided_by_name,
    decidedAt: iso(a.decided_at),
    decisionNote: a.decision_note,
    version: a.version,
  };
}

export function bookView(b: BookRow & { window_name?: string }, now: Date) {
  return {
    id: b.id,
    windowId: b.window_id,
    windowName: b.window_name ?? null,
    series: b.series,
    firstNo: b.first_no,
    lastNo: b.last_no,
    nextNo: b.next_no,
    remaining: b.last_no - b.next_no + 1,
    status: bookStatus(b.status, b.settle_due, now),
    issuedBy: b.issued_by_name,
    issuedAt: b.issued_at.toISOString(),
    usedUpAt: iso(b.used_up_at),
    settleDue: iso(b.settle_due),
    settledAt: iso(b.settled_at),
    settledFen: b.settled_fen,
    bankSlipNo: b.bank_slip_no,
    version: b.version,
  };
}
