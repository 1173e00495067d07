/**
 * Pure rules of fees and payments (R-APP-9, R-APP-10, R-LAW-8): pricing from the published fee
 * items and the case's data, reductions, the gateway's callback signature, invoice-book numbering
 * and the statement file's format. Nothing here reads the database or the clock.
 */
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { hmacSm3Hex } from '../../platform/crypto/sm3.js';
import type { FeeItem } from '../catalogue/definition.js';

export const paymentModes = ['bank', 'window', 'invoice_book'] as const;
export type PaymentMode = (typeof paymentModes)[number];

export type PricedFee = {
  feeKey: string;
  name: string;
  legalBasis: string;
  standard: string;
  paymentMode: PaymentMode;
  financeCode: string;
  quantity: number | null;
  unit: string | null;
  standardFen: number;
};

export type PricingProblem = { feeKey: string; field: string };

/** A quantity from the case's form data: a finite number ≥ 0 (strings typed into forms count). */
function quantityOf(formData: Record<string, unknown>, field: string): number | null {
  const v = formData[field];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * 分段计征: each tier's rate applies to the part of the quantity inside it (like income tax
 * brackets), so crossing a boundary never makes the whole quantity dearer.
 */
export function tieredFen(quantity: number, tiers: ReadonlyArray<{ upTo: number | null; unitFen: number }>): number {
  let total = 0;
  let from = 0;
  for (const t of tiers) {
    const to = t.upTo ?? Infinity;
    if (quantity > from) total += (Math.min(quantity, to) - from) * t.unitFen;
    from = to;
    if (quantity <= from) break;
  }
  return Math.round(total);
}

/** The standard amount of every fee of the item for this case's data (Art. 58: the published standard). */
export function priceFees(
  fees: readonly FeeItem[],
  formData: Record<string, unknown>,
): { fees: PricedFee[]; problems: PricingProblem[] } {
  const out: PricedFee[] = [];
  const problems: PricingProblem[] = [];
  for (const f of fees) {
    const base = {
      feeKey: f.key,
      name: f.name,
      legalBasis: f.legalBasis,
      standard: f.standard,
      paymentMode: f.paymentMode,
      financeCode: f.financeCode,
    };
    const p = f.pricing;
    if (p.rule === 'fixed') {
      out.push({ ...base, quantity: null, unit: null, standardFen: p.amountFen });
      continue;
    }
    const q = quantityOf(formData, p.quantityField);
    if (q === null) {
      problems.push({ feeKey: f.key, field: p.quantityField });
      continue;
    }
    const fen = p.rule === 'per_unit' ? Math.round(q * p.unitFen) : tieredFen(q, p.tiers);
    out.push({ ...base, quantity: q, unit: p.unit, standardFen: fen });
  }
  return { fees: out, problems };
}

export type Reduction = { feeKey: string; reductionFen: number; legalBasis: string };

/** Reductions only with a legal basis and never beyond the fee (R-LAW-8); null when all are sound. */
export function reductionProblems(fees: readonly PricedFee[], reductions: readonly Reduction[]): PricingProblem[] {
  const problems: PricingProblem[] = [];
  const seen = new Set<string>();
  for (const r of reductions) {
    const fee = fees.find((f) => f.feeKey === r.feeKey);
    if (!fee || seen.has(r.feeKey)) problems.push({ feeKey: r.feeKey, field: 'feeKey' });
    else if (!Number.isInteger(r.reductionFen) || r.reductionFen <= 0 || r.reductionFen > fee.standardFen)
      problems.push({ feeKey: r.feeKey, field: 'reductionFen' });
    else if (r.legalBasis.trim().length < 2) problems.push({ feeKey: r.feeKey, field: 'legalBasis' });
    seen.add(r.feeKey);
  }
  return problems;
}

/** 缴款通知书 numbers: 舟缴〔2026〕000001号, one gapless series per centre and year. */
export function paymentNoticeNo(year: number, serial: number): string {
  return `舟缴〔${year}〕${String(serial).padStart(6, '0')}号`;
}
export const noticeSeries = (centreId: string, year: number) => `payment_notice:${centreId}:${year}`;

/** Yuan for people: 12345 fen → "123.45". */
export const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

// --- the bank gateway's callbacks ---------------------------------------------------------------

/**
 * Only these events are acted on; anything else is refused. `payment.pending` may arrive after
 * `payment.succeeded` (the gateway does not promise order): it never moves an order backwards.
 */
export const callbackEvents = ['payment.pending', 'payment.succeeded'] as const;
export type CallbackEvent = (typeof callbackEvents)[number];

export type CallbackBody = {
  eventType: string;
  orderNo: string;
  bankTxnId: string;
  amountFen: number;
  paidAt: string;
  nonce: string;
};

/** HMAC-SM3 over the canonical JSON of the body: key order and whitespace cannot change it. */
export function signCallback(key: string, body: CallbackBody): string {
  return hmacSm3Hex(key, canonicalJson(body));
}

/** Constant-time comparison of hex signatures. */
export function signatureMatches(key: string, body: CallbackBody, given: string | undefined): boolean {
  if (!given || !/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = signCallback(key, body);
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.toLowerCase().charCodeAt(i);
  return diff === 0;
}

export const isKnownEvent = (e: string): e is CallbackEvent => (callbackEvents as readonly string[]).includes(e);

/** What a callback does to an order in a given state; the order never goes backwards. */
export function callbackEffect(
  orderStatus: 'open' | 'pending' | 'paid',
  event: CallbackEvent,
): 'mark_pending' | 'settle' | 'stale' | 'already_paid' {
  if (orderStatus === 'paid') return event === 'payment.succeeded' ? 'already_paid' : 'stale';
  if (event === 'payment.pending') return orderStatus === 'open' ? 'mark_pending' : 'stale';
  return 'settle';
}

/**
 * The fees a new bank order covers: the notice's unpaid bank-mode fees. After a refund the fee is
 * owed again and a new order covers it (the paid order stays as history). Nothing left to pay is
 * "already paid" when some bank fee was paid, else there was never a bank fee to pay.
 */
export function bankOrderDue<F extends { payment_mode: string; paid_by_payment_id: string | null; amount_fen: number }>(
  fees: readonly F[],
): F[] | 'fee.already_paid' | 'fee.wrong_mode' {
  const bank = fees.filter((f) => f.payment_mode === 'bank' && f.amount_fen > 0);
  const due = bank.filter((f) => !f.paid_by_payment_id);
  if (due.length) return due;
  return bank.length ? 'fee.already_paid' : 'fee.wrong_mode';
}

/** The fee lines as they stand once `paid` were marked paid by `paymentId` (in memory, as written). */
export function markedPaid<F extends { id: string; paid_by_payment_id: string | null }>(
  fees: readonly F[],
  paid: readonly { id: string }[],
  paymentId: string,
): F[] {
  const ids = new Set(paid.map((f) => f.id));
  return fees.map((f) => (ids.has(f.id) ? { ...f, paid_by_payment_id: paymentId } : f));
}

// --- invoice books --------------------------------------------------------------------------------

/** Days a window has to take a used-up book's money to the bank. */
export const SETTLEMENT_DAYS = 3;

export type BookState = { firstNo: number; lastNo: number; nextNo: number };

/**
 * The receipt number a payment takes: the book's next one. A number typed by the cashier (the
 * paper receipt in hand) must be that same number.
 */
export function receiptProblem(
  book: BookState,
  given: number | undefined,
): 'fee.receipt_out_of_range' | 'fee.receipt_used' | 'fee.receipt_not_next' | null {
  if (given === undefined) return null;
  if (given < book.firstNo || given > book.lastNo) return 'fee.receipt_out_of_range';
  if (given < book.nextNo) return 'fee.receipt_used';
  if (given !== book.nextNo) return 'fee.receipt_not_next';
  return null;
}

export const receiptNoText = (series: string, n: number, width: number) => `${series}${String(n).padStart(width, '0')}`;

export type BookDisplayStatus = 'issued' | 'in_use' | 'used_up' | 'settled' | 'settlement_overdue';

export function bookStatus(status: 'issued' | 'in_use' | 'used_up' | 'settled', settleDue: Date | null, now: Date) {
  return status === 'used_up' && settleDue && settleDue < now ? ('settlement_overdue' as const) : status;
}

// --- bank statements ------------------------------------------------------------------------------

export type StatementLine = { bankTxnId: string; orderNo: string; amountFen: number; financeCode: string };

const HEADER = 'bank_txn_id,order_no,amount_fen,finance_code';

/**
 * The daily statement file: a header line then one transaction per line. A bad line refuses the
 * file (with its line numbers) rather than importing part of it.
 */
export function parseStatement(csv: string): { lines: StatementLine[]; badLines: number[] } {
  const rows = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines: StatementLine[] = [];
  const badLines: number[] = [];
  if (rows[0]?.trim() !== HEADER) return { lines, badLines: [1] };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.trim() === '') continue;
    const [txn, order, amount, code, extra] = row.split(',');
    const fen = Number(amount);
    if (
      extra !== undefined ||
      !txn ||
      !/^[\w-]{1,64}$/.test(txn) ||
      !order ||
      !/^[\w-]{1,64}$/.test(order) ||
      !Number.isSafeInteger(fen) ||
      fen <= 0 ||
      !code ||
      !/^[0-9A-Z]{6,20}$/.test(code)
    ) {
      badLines.push(i + 1);
      continue;
    }
    lines.push({ bankTxnId: txn, orderNo: order, amountFen: fen, financeCode: code });
  }
  return { lines, badLines };
}

export const statementHeader = HEADER;

/** A China date (UTC+8, no summer time) as the instants [from, to) it spans. */
export function chinaDayRange(date: string): { from: Date; to: Date } {
  const from = new Date(`${date}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}
