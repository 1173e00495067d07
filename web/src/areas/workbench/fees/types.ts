/** Shapes of the fee admin routes (server: modules/fees/schemas.ts). */
export type InvoiceBook = {
  id: string;
  windowId: string;
  windowName: string | null;
  series: string;
  firstNo: number;
  lastNo: number;
  nextNo: number;
  remaining: number;
  status: 'issued' | 'in_use' | 'used_up' | 'settled' | 'settlement_overdue';
  issuedBy: string;
  issuedAt: string;
  settleDue: string | null;
  settledAt: string | null;
  settledFen: number | null;
  bankSlipNo: string | null;
  version: number;
};

export type FeeApproval = {
  id: string;
  kind: 'reduction' | 'void' | 'refund';
  caseId: string;
  caseNo: string | null;
  reason: string;
  status: string;
  requestedBy: string;
  requestedAt: string;
  version: number;
};

export const bookStatusColour: Record<InvoiceBook['status'], string> = {
  issued: 'blue',
  in_use: 'green',
  used_up: 'orange',
  settled: 'default',
  settlement_overdue: 'red',
};
export const yuan = (fen: number) => (fen / 100).toFixed(2);
