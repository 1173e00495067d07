import { describe, expect, it } from 'vitest';
import {
  markedPaid,
  bankOrderDue,
  bookStatus,
  chinaDayRange,
  callbackEffect,
  parseStatement,
  paymentNoticeNo,
  priceFees,
  receiptProblem,
  reductionProblems,
  signatureMatches,
  signCallback,
  tieredFen,
  yuan,
  type CallbackBody,
} from './model.js';
import { threeFees } from './fees.test-support.js';

describe('pricing', () => {
  it('[R-APP-9] tiers charge each part of the quantity at its own rate (分段计征)', () => {
    const tiers = [
      { upTo: 10000, unitFen: 8000 },
      { upTo: 50000, unitFen: 10000 },
      { upTo: null, unitFen: 12000 },
    ];
    expect(tieredFen(5000, tiers)).toBe(5000 * 8000);
    expect(tieredFen(12000, tiers)).toBe(10000 * 8000 + 2000 * 10000);
    expect(tieredFen(60000, tiers)).toBe(10000 * 8000 + 40000 * 10000 + 10000 * 12000);
    expect(tieredFen(0, tiers)).toBe(0);
  });

  it('[R-APP-9] fees come from the published items and the case data: area, area×days, fixed', () => {
    const r = priceFees(threeFees, { floorArea: 12000, areaDays: '600' });
    expect(r.problems).toEqual([]);
    expect(r.fees.map((f) => [f.feeKey, f.standardFen, f.paymentMode])).toEqual([
      ['infrastructure_fee', 100_000_000, 'bank'],
      ['road_occupation_fee', 90_000, 'window'],
      ['certificate_fee', 1000, 'invoice_book'],
    ]);
  });

  it('[R-APP-9] a missing or negative quantity is named, never priced as zero', () => {
    const r = priceFees(threeFees, { floorArea: -1 });
    expect(r.problems).toEqual([
      { feeKey: 'infrastructure_fee', field: 'floorArea' },
      { feeKey: 'road_occupation_fee', field: 'areaDays' },
    ]);
  });

  it('[R-LAW-8] a reduction needs a legal basis and cannot exceed the fee', () => {
    const { fees } = priceFees(threeFees, { floorArea: 100, areaDays: 10 });
    expect(
      reductionProblems(fees, [{ feeKey: 'certificate_fee', reductionFen: 1000, legalBasis: '扶助犬免收' }]),
    ).toEqual([]);
    expect(
      reductionProblems(fees, [{ feeKey: 'certificate_fee', reductionFen: 1001, legalBasis: '扶助犬免收' }]),
    ).toHaveLength(1);
    expect(reductionProblems(fees, [{ feeKey: 'certificate_fee', reductionFen: 10, legalBasis: ' ' }])).toHaveLength(1);
    expect(reductionProblems(fees, [{ feeKey: 'nope', reductionFen: 10, legalBasis: '依据' }])).toHaveLength(1);
  });

  it('[R-APP-9] numbers and yuan', () => {
    expect(paymentNoticeNo(2026, 7)).toBe('舟缴〔2026〕000007号');
    expect(yuan(100_000_000)).toBe('1000000.00');
    expect(yuan(1005)).toBe('10.05');
  });
});

describe('bank callbacks', () => {
  const body: CallbackBody = {
    eventType: 'payment.succeeded',
    orderNo: 'TB1',
    bankTxnId: 'T1',
    amountFen: 100,
    paidAt: '2026-11-29T00:00:00Z',
    nonce: 'x',
  };
  it('[R-APP-10] the HMAC-SM3 signature covers every field; a changed amount or key fails', () => {
    const sig = signCallback('k', body);
    expect(signatureMatches('k', body, sig)).toBe(true);
    expect(signatureMatches('k', { ...body, amountFen: 101 }, sig)).toBe(false);
    expect(signatureMatches('other', body, sig)).toBe(false);
    expect(signatureMatches('k', body, undefined)).toBe(false);
    expect(signatureMatches('k', body, 'zz')).toBe(false);
  });
  it('[R-APP-10] an order never goes backwards, whatever the order callbacks arrive in', () => {
    expect(callbackEffect('open', 'payment.pending')).toBe('mark_pending');
    expect(callbackEffect('open', 'payment.succeeded')).toBe('settle');
    expect(callbackEffect('pending', 'payment.succeeded')).toBe('settle');
    expect(callbackEffect('paid', 'payment.pending')).toBe('stale');
    expect(callbackEffect('pending', 'payment.pending')).toBe('stale');
    expect(callbackEffect('paid', 'payment.succeeded')).toBe('already_paid');
  });
});

describe('invoice books', () => {
  const book = { firstNo: 101, lastNo: 150, nextNo: 110 };
  it('[R-APP-10] a payment takes the next number; outside the range or used is refused', () => {
    expect(receiptProblem(book, undefined)).toBeNull();
    expect(receiptProblem(book, 110)).toBeNull();
    expect(receiptProblem(book, 100)).toBe('fee.receipt_out_of_range');
    expect(receiptProblem(book, 151)).toBe('fee.receipt_out_of_range');
    expect(receiptProblem(book, 105)).toBe('fee.receipt_used');
    expect(receiptProblem(book, 112)).toBe('fee.receipt_not_next');
  });
  it('[R-APP-10] a used-up book past its settlement date shows as overdue', () => {
    const now = new Date('2026-11-29T00:00:00Z');
    expect(bookStatus('used_up', new Date('2026-11-28T00:00:00Z'), now)).toBe('settlement_overdue');
    expect(bookStatus('used_up', new Date('2026-11-30T00:00:00Z'), now)).toBe('used_up');
    expect(bookStatus('settled', new Date('2026-11-28T00:00:00Z'), now)).toBe('settled');
  });
});

describe('statements', () => {
  it('[R-APP-10] the statement file is parsed whole; bad lines are named', () => {
    const ok = parseStatement('bank_txn_id,order_no,amount_fen,finance_code\nT1,O1,100,103010210\r\n\n');
    expect(ok).toEqual({
      lines: [{ bankTxnId: 'T1', orderNo: 'O1', amountFen: 100, financeCode: '103010210' }],
      badLines: [],
    });
    expect(parseStatement('x\nT1,O1,100,103010210').badLines).toEqual([1]);
    expect(
      parseStatement('bank_txn_id,order_no,amount_fen,finance_code\nT1,O1,1.5,103010210\nT2,O2,5,1').badLines,
    ).toEqual([2, 3]);
  });
});

describe('bank orders and statement days', () => {
  const fee = (mode: string, paid: string | null, amount = 100) => ({
    payment_mode: mode,
    paid_by_payment_id: paid,
    amount_fen: amount,
  });
  it('[R-APP-10] a new bank order covers the unpaid bank fees, also after a refund unmarked them', () => {
    expect(bankOrderDue([fee('bank', null), fee('window', null)])).toEqual([fee('bank', null)]);
    expect(bankOrderDue([fee('bank', 'p1'), fee('window', null)])).toBe('fee.already_paid');
    expect(bankOrderDue([fee('window', null), fee('bank', null, 0)])).toBe('fee.wrong_mode');
  });
  it('[R-APP-10] a statement day is the China day, as an instant range', () => {
    const { from, to } = chinaDayRange('2026-11-29');
    expect(from.toISOString()).toBe('2026-11-28T16:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });
});

describe('settling a notice', () => {
  it('[R-APP-10] the fees a payment covers read as paid by it; the others keep what they had', () => {
    const fees = [
      { id: 'a', paid_by_payment_id: null },
      { id: 'b', paid_by_payment_id: null },
      { id: 'c', paid_by_payment_id: 'earlier' },
    ];
    expect(markedPaid(fees, [{ id: 'a' }], 'p1')).toEqual([
      { id: 'a', paid_by_payment_id: 'p1' },
      { id: 'b', paid_by_payment_id: null },
      { id: 'c', paid_by_payment_id: 'earlier' },
    ]);
    expect(fees[0]!.paid_by_payment_id).toBeNull();
  });
});
