import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * The tables of migrations 0011 and 0015 (fees and payments, issue 8), part of the one `Database` type in
 * schema.ts. Standalone (no import from schema.ts), so there is no cycle. Money is in fen
 * (bigint, read as a number: connect.ts parses INT8).
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = ColumnType<Date, Date | string | undefined, never>;
type Version = ColumnType<number, number | undefined, number>;
type Uuid = Generated<string>;
type Fen = ColumnType<number, number, number>;

export type PaymentMode = 'bank' | 'window' | 'invoice_book';
export type PaymentNoticeStatus = 'pending_approval' | 'issued' | 'paid';
export type FeePaymentStatus = 'paid' | 'voided' | 'refunded';
export type InvoiceBookStatus = 'issued' | 'in_use' | 'used_up' | 'settled';
export type FeeApprovalKind = 'reduction' | 'void' | 'refund';
export type MismatchKind = 'missing_in_system' | 'missing_in_statement' | 'amount_mismatch';

export interface PaymentNoticeTable {
  id: Uuid;
  case_id: string;
  centre_id: string;
  department_id: string;
  window_id: string;
  item_id: string;
  status: PaymentNoticeStatus;
  doc_no: string | null;
  total_fen: Fen;
  priced_by: string;
  priced_by_name: string;
  priced_at: Created;
  approved_by_name: string | null;
  issued_at: Date | null;
  paid_at: Date | null;
  version: Version;
}

export interface CaseFeeTable {
  id: Uuid;
  notice_id: string;
  case_id: string;
  fee_key: string;
  name: string;
  legal_basis: string;
  payment_mode: PaymentMode;
  finance_code: string;
  quantity: number | null;
  unit: string | null;
  standard_fen: Fen;
  reduction_fen: ColumnType<number, number | undefined, number>;
  reduction_basis: string | null;
  amount_fen: Fen;
  paid_by_payment_id: string | null;
}

export interface InvoiceBookTable {
  id: Uuid;
  centre_id: string;
  window_id: string;
  series: string;
  first_no: number;
  last_no: number;
  next_no: number;
  status: ColumnType<InvoiceBookStatus, InvoiceBookStatus | undefined, InvoiceBookStatus>;
  issued_by_name: string;
  issued_at: Created;
  used_up_at: Date | null;
  settle_due: Date | null;
  settled_at: Date | null;
  settled_fen: number | null;
  bank_slip_no: string | null;
  version: Version;
}

export interface FeePaymentTable {
  id: Uuid;
  notice_id: string;
  case_id: string;
  centre_id: string;
  department_id: string;
  window_id: string;
  item_id: string;
  payment_mode: PaymentMode;
  amount_fen: Fen;
  status: ColumnType<FeePaymentStatus, FeePaymentStatus | undefined, FeePaymentStatus>;
  bank_txn_id: string | null;
  invoice_book_id: string | null;
  receipt_no: string | null;
  recorded_by_name: string;
  paid_at: Timestamp;
  version: Version;
}

export interface FeeApprovalTable {
  id: Uuid;
  kind: FeeApprovalKind;
  case_id: string;
  department_id: string;
  payment_id: string | null;
  notice_id: string | null;
  reason: string;
  status: ColumnType<'requested' | 'approved' | 'rejected', 'requested' | undefined, 'approved' | 'rejected'>;
  requested_by_name: string;
  requested_at: Created;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  version: Version;
}

export type BankSplit = { financeCode: string; amountFen: number };

export interface BankOrderTable {
  id: Uuid;
  order_no: string;
  notice_id: string;
  case_id: string;
  amount_fen: Fen;
  splits: JSONColumnType<BankSplit[], string, string>;
  status: ColumnType<'open' | 'pending' | 'paid', 'open' | undefined, 'pending' | 'paid'>;
  created_at: Created;
  paid_at: Date | null;
  bank_txn_id: string | null;
}

export interface BankCallbackTable {
  bank_txn_id: string;
  event_type: string;
  order_no: string;
  amount_fen: Fen;
  outcome: string;
  received_at: Created;
  body: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface BankStatementTable {
  id: Uuid;
  /** The importing supervisor's centre (0015): reconciled against, and seen within, its reach. */
  centre_id: string;
  statement_date: ColumnType<string, string, string>;
  file_sha256: string;
  line_count: number;
  imported_by_name: string;
  imported_at: Created;
}

export interface BankStatementLineTable {
  statement_id: string;
  line_no: number;
  bank_txn_id: string;
  order_no: string;
  amount_fen: Fen;
  finance_code: string;
}

export interface ReconciliationMismatchTable {
  id: Uuid;
  statement_id: string;
  kind: MismatchKind;
  bank_txn_id: string;
  order_no: string | null;
  statement_fen: number | null;
  system_fen: number | null;
  status: ColumnType<'open' | 'resolved', 'open' | undefined, 'resolved'>;
  resolution: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  version: Version;
}

export interface FeeTables {
  payment_notice: PaymentNoticeTable;
  case_fee: CaseFeeTable;
  invoice_book: InvoiceBookTable;
  fee_payment: FeePaymentTable;
  fee_approval: FeeApprovalTable;
  bank_order: BankOrderTable;
  bank_callback: BankCallbackTable;
  bank_statement: BankStatementTable;
  bank_statement_line: BankStatementLineTable;
  reconciliation_mismatch: ReconciliationMismatchTable;
}
