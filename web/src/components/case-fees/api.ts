/** GET /api/cases/:id/fees (server: modules/fees/schemas.ts caseFeesSchema). */
export type CaseFees = {
  /** Whether the item publishes any fee at all; without fees and notice the panel stays hidden. */
  hasFees: boolean;
  notice: {
    id: string;
    status: 'pending_approval' | 'issued' | 'paid';
    docNo: string | null;
    totalFen: number;
    paidFen: number;
    pricedBy: string;
    issuedAt: string | null;
    fees: Array<{
      id: string;
      feeKey: string;
      name: string;
      paymentMode: 'bank' | 'window' | 'invoice_book';
      financeCode: string;
      quantity: number | null;
      unit: string | null;
      standardFen: number;
      reductionFen: number;
      amountFen: number;
      paid: boolean;
    }>;
  } | null;
  payments: Array<{
    id: string;
    paymentMode: string;
    amountFen: number;
    status: 'paid' | 'voided' | 'refunded';
    receiptNo: string | null;
    bankTxnId: string | null;
    recordedBy: string;
    paidAt: string;
  }>;
  bankOrder: { orderNo: string; amountFen: number; status: string } | null;
  approvals: Array<{ id: string; kind: string; status: string; reason: string; requestedBy: string }>;
  abilities: { price: boolean; collect: boolean; approve: boolean; adjust: boolean; payOnline: boolean };
};

export type PricingPreview = {
  fees: Array<{ feeKey: string; name: string; quantity: number | null; unit: string | null; standardFen: number }>;
  problems: Array<{ feeKey: string; field: string }>;
  totalFen: number;
};
