import { type Kysely, sql } from 'kysely';

// Fees and payments (issue 8; R-APP-9, R-APP-10, R-LAW-8): one payment notice per case with its
// priced fee lines; payments in three modes (bank, window, invoice book); bank orders and every
// gateway callback received; invoice books issued to windows; voids and refunds that need a
// department head; imported bank statements and the mismatches reconciliation finds.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One per case (R-APP-9: one collection point). doc_no is taken when the notice is issued,
  // i.e. after a department head approved any reduction.
  await sql`
    CREATE TABLE payment_notice (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      item_id uuid NOT NULL,
      status text NOT NULL,
      doc_no text,
      total_fen bigint NOT NULL,
      priced_by uuid NOT NULL,
      priced_by_name text NOT NULL,
      priced_at timestamptz NOT NULL DEFAULT now(),
      approved_by_name text,
      issued_at timestamptz,
      paid_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT payment_notice__pk PRIMARY KEY (id),
      CONSTRAINT payment_notice__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT payment_notice__case_uq UNIQUE (case_id),
      CONSTRAINT payment_notice__doc_no_uq UNIQUE (doc_no),
      CONSTRAINT payment_notice__status_ck CHECK (status IN ('pending_approval', 'issued', 'paid')),
      CONSTRAINT payment_notice__total_ck CHECK (total_fen >= 0)
    )`.execute(db);

  // The priced fee lines: the amount is fixed here and nowhere else (R-APP-10: the window cannot
  // change it); a reduction carries its legal basis.
  await sql`
    CREATE TABLE case_fee (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      notice_id uuid NOT NULL,
      case_id uuid NOT NULL,
      fee_key text NOT NULL,
      name text NOT NULL,
      legal_basis text NOT NULL,
      payment_mode text NOT NULL,
      finance_code text NOT NULL,
      quantity numeric,
      unit text,
      standard_fen bigint NOT NULL,
      reduction_fen bigint NOT NULL DEFAULT 0,
      reduction_basis text,
      amount_fen bigint NOT NULL,
      paid_by_payment_id uuid,
      CONSTRAINT case_fee__pk PRIMARY KEY (id),
      CONSTRAINT case_fee__notice_fk FOREIGN KEY (notice_id) REFERENCES payment_notice (id),
      CONSTRAINT case_fee__key_uq UNIQUE (notice_id, fee_key),
      CONSTRAINT case_fee__mode_ck CHECK (payment_mode IN ('bank', 'window', 'invoice_book')),
      CONSTRAINT case_fee__amount_ck CHECK (amount_fen >= 0 AND reduction_fen >= 0 AND amount_fen = standard_fen - reduction_fen),
      CONSTRAINT case_fee__basis_ck CHECK (reduction_fen = 0 OR reduction_basis IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX case_fee__case_idx ON case_fee (case_id)`.execute(db);

  await sql`
    CREATE TABLE invoice_book (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      centre_id uuid NOT NULL,
      window_id uuid NOT NULL,
      series text NOT NULL,
      first_no integer NOT NULL,
      last_no integer NOT NULL,
      next_no integer NOT NULL,
      status text NOT NULL DEFAULT 'issued',
      issued_by_name text NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      used_up_at timestamptz,
      settle_due timestamptz,
      settled_at timestamptz,
      settled_fen bigint,
      bank_slip_no text,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT invoice_book__pk PRIMARY KEY (id),
      CONSTRAINT invoice_book__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT invoice_book__range_uq UNIQUE (series, first_no),
      CONSTRAINT invoice_book__range_ck CHECK (first_no > 0 AND last_no >= first_no AND next_no BETWEEN first_no AND last_no + 1),
      CONSTRAINT invoice_book__status_ck CHECK (status IN ('issued', 'in_use', 'used_up', 'settled'))
    )`.execute(db);
  await sql`CREATE INDEX invoice_book__window_idx ON invoice_book (window_id, status)`.execute(db);

  // A payment covers the fees of one mode of one notice. Amount, mode and case never change
  // after insert (trigger below); a mistake is a void, a refund is a refund — both keep the row.
  await sql`
    CREATE TABLE fee_payment (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      notice_id uuid NOT NULL,
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      item_id uuid NOT NULL,
      payment_mode text NOT NULL,
      amount_fen bigint NOT NULL,
      status text NOT NULL DEFAULT 'paid',
      bank_txn_id text,
      invoice_book_id uuid,
      receipt_no text,
      recorded_by_name text NOT NULL,
      paid_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT fee_payment__pk PRIMARY KEY (id),
      CONSTRAINT fee_payment__notice_fk FOREIGN KEY (notice_id) REFERENCES payment_notice (id),
      CONSTRAINT fee_payment__book_fk FOREIGN KEY (invoice_book_id) REFERENCES invoice_book (id),
      CONSTRAINT fee_payment__bank_txn_uq UNIQUE (bank_txn_id),
      CONSTRAINT fee_payment__receipt_uq UNIQUE (invoice_book_id, receipt_no),
      CONSTRAINT fee_payment__mode_ck CHECK (payment_mode IN ('bank', 'window', 'invoice_book')),
      CONSTRAINT fee_payment__status_ck CHECK (status IN ('paid', 'voided', 'refunded')),
      CONSTRAINT fee_payment__amount_ck CHECK (amount_fen > 0)
    )`.execute(db);
  await sql`CREATE INDEX fee_payment__case_idx ON fee_payment (case_id)`.execute(db);
  await sql`CREATE INDEX fee_payment__paid_idx ON fee_payment (centre_id, paid_at)`.execute(db);
  await sql`
    CREATE FUNCTION fee_payment_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'fee_payment rows are never deleted' USING ERRCODE = 'P0001';
      END IF;
      IF NEW.amount_fen <> OLD.amount_fen OR NEW.payment_mode <> OLD.payment_mode OR NEW.case_id <> OLD.case_id
         OR NEW.notice_id <> OLD.notice_id OR NEW.receipt_no IS DISTINCT FROM OLD.receipt_no
         OR NEW.bank_txn_id IS DISTINCT FROM OLD.bank_txn_id THEN
        RAISE EXCEPTION 'fee_payment amounts are never edited' USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER fee_payment__immutable BEFORE UPDATE OR DELETE ON fee_payment
    FOR EACH ROW EXECUTE FUNCTION fee_payment_immutable()`.execute(db);

  // Voids, refunds and reductions wait for a department head; the request and the decision are
  // both kept (and both audited).
  await sql`
    CREATE TABLE fee_approval (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      case_id uuid NOT NULL,
      department_id uuid NOT NULL,
      payment_id uuid,
      notice_id uuid,
      reason text NOT NULL,
      status text NOT NULL DEFAULT 'requested',
      requested_by_name text NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      decided_by_name text,
      decided_at timestamptz,
      decision_note text,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT fee_approval__pk PRIMARY KEY (id),
      CONSTRAINT fee_approval__payment_fk FOREIGN KEY (payment_id) REFERENCES fee_payment (id),
      CONSTRAINT fee_approval__kind_ck CHECK (kind IN ('reduction', 'void', 'refund')),
      CONSTRAINT fee_approval__status_ck CHECK (status IN ('requested', 'approved', 'rejected'))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX fee_approval__open_uq ON fee_approval (kind, coalesce(payment_id, notice_id))
    WHERE status = 'requested'`.execute(db);
  await sql`CREATE INDEX fee_approval__department_idx ON fee_approval (department_id, status)`.execute(db);

  // Bank orders: the bank-mode fees of one notice, one order number the gateway knows.
  await sql`
    CREATE TABLE bank_order (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      order_no text NOT NULL,
      notice_id uuid NOT NULL,
      case_id uuid NOT NULL,
      amount_fen bigint NOT NULL,
      splits jsonb NOT NULL,
      status text NOT NULL DEFAULT 'open',
      created_at timestamptz NOT NULL DEFAULT now(),
      paid_at timestamptz,
      bank_txn_id text,
      CONSTRAINT bank_order__pk PRIMARY KEY (id),
      CONSTRAINT bank_order__order_no_uq UNIQUE (order_no),
      CONSTRAINT bank_order__notice_fk FOREIGN KEY (notice_id) REFERENCES payment_notice (id),
      CONSTRAINT bank_order__status_ck CHECK (status IN ('open', 'pending', 'paid'))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX bank_order__notice_open_uq ON bank_order (notice_id)`.execute(db);

  // Every callback that passed the signature check, once per (transaction, event): the unique key
  // is what makes a replay harmless.
  await sql`
    CREATE TABLE bank_callback (
      bank_txn_id text NOT NULL,
      event_type text NOT NULL,
      order_no text NOT NULL,
      amount_fen bigint NOT NULL,
      outcome text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      body jsonb NOT NULL,
      CONSTRAINT bank_callback__pk PRIMARY KEY (bank_txn_id, event_type)
    )`.execute(db);

  await sql`
    CREATE TABLE bank_statement (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      statement_date date NOT NULL,
      file_sha256 char(64) NOT NULL,
      line_count integer NOT NULL,
      imported_by_name text NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT bank_statement__pk PRIMARY KEY (id),
      CONSTRAINT bank_statement__file_uq UNIQUE (file_sha256)
    )`.execute(db);
  await sql`
    CREATE TABLE bank_statement_line (
      statement_id uuid NOT NULL,
      line_no integer NOT NULL,
      bank_txn_id text NOT NULL,
      order_no text NOT NULL,
      amount_fen bigint NOT NULL,
      finance_code text NOT NULL,
      CONSTRAINT bank_statement_line__pk PRIMARY KEY (statement_id, line_no),
      CONSTRAINT bank_statement_line__statement_fk FOREIGN KEY (statement_id) REFERENCES bank_statement (id)
    )`.execute(db);
  // Reconciliation probes a statement's lines by transaction: with this index every join order
  // the planner may pick is an index probe, never a scan per payment.
  await sql`CREATE INDEX bank_statement_line__txn_idx ON bank_statement_line (statement_id, bank_txn_id)`.execute(db);
  await sql`
    CREATE TABLE reconciliation_mismatch (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      statement_id uuid NOT NULL,
      kind text NOT NULL,
      bank_txn_id text NOT NULL,
      order_no text,
      statement_fen bigint,
      system_fen bigint,
      status text NOT NULL DEFAULT 'open',
      resolution text,
      resolved_by_name text,
      resolved_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT reconciliation_mismatch__pk PRIMARY KEY (id),
      CONSTRAINT reconciliation_mismatch__statement_fk FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
      CONSTRAINT reconciliation_mismatch__kind_ck CHECK (kind IN ('missing_in_system', 'missing_in_statement', 'amount_mismatch')),
      CONSTRAINT reconciliation_mismatch__status_ck CHECK (status IN ('open', 'resolved'))
    )`.execute(db);
  await sql`CREATE INDEX reconciliation_mismatch__statement_idx ON reconciliation_mismatch (statement_id, status)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0011_fees is not reversible; restore a backup instead');
}
