import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { statDimensions } from './stats-store.js';

const fen = z.number().int().meta({ description: '金额，单位：分 (fen)' });
const mode = z.enum(['bank', 'window', 'invoice_book']);
const iso = z.string().nullable();

export const caseParams = z.strictObject({ id: z.uuid() });

export const pricingPreview = z.object({
  fees: z.array(
    z.object({
      feeKey: z.string(),
      name: z.string(),
      legalBasis: z.string(),
      standard: z.string(),
      paymentMode: mode,
      financeCode: z.string(),
      quantity: z.number().nullable(),
      unit: z.string().nullable(),
      standardFen: fen,
    }),
  ),
  problems: z.array(z.object({ feeKey: z.string(), field: z.string() })),
  totalFen: fen,
});

export const pricingBody = z.strictObject({
  version: versionField,
  reductions: z
    .array(
      z.strictObject({
        feeKey: z.string().max(40),
        reductionFen: z.number().int().positive(),
        legalBasis: z.string().trim().min(1).max(300).meta({ description: '减免的法定依据' }),
      }),
    )
    .max(20)
    .default([]),
});

export const noticeSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    status: z.enum(['pending_approval', 'issued', 'paid']),
    docNo: z.string().nullable(),
    totalFen: fen,
    paidFen: fen,
    pricedBy: z.string(),
    pricedAt: z.string(),
    issuedAt: iso,
    paidAt: iso,
    version: z.number().int(),
    fees: z.array(
      z.object({
        id: z.uuid(),
        feeKey: z.string(),
        name: z.string(),
        legalBasis: z.string(),
        paymentMode: mode,
        financeCode: z.string(),
        quantity: z.number().nullable(),
        unit: z.string().nullable(),
        standardFen: fen,
        reductionFen: fen,
        reductionBasis: z.string().nullable(),
        amountFen: fen,
        paid: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PaymentNotice' });

export const paymentSchema = z
  .object({
    id: z.uuid(),
    paymentMode: mode,
    amountFen: fen,
    status: z.enum(['paid', 'voided', 'refunded']),
    bankTxnId: z.string().nullable(),
    receiptNo: z.string().nullable(),
    recordedBy: z.string(),
    paidAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'FeePayment' });

export const approvalSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['reduction', 'void', 'refund']),
    caseId: z.uuid(),
    caseNo: z.string().nullable(),
    paymentId: z.uuid().nullable(),
    reason: z.string(),
    status: z.enum(['requested', 'approved', 'rejected']),
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: iso,
    decisionNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FeeApproval' });

export const caseFeesSchema = z.object({
  hasFees: z.boolean().meta({ description: '事项是否设有收费项目' }),
  notice: noticeSchema.nullable(),
  payments: z.array(paymentSchema),
  bankOrder: z.object({ orderNo: z.string(), amountFen: fen, status: z.string() }).nullable(),
  approvals: z.array(approvalSchema),
  abilities: z.object({
    price: z.boolean(),
    collect: z.boolean(),
    approve: z.boolean(),
    adjust: z.boolean(),
    payOnline: z.boolean(),
  }),
});

export const collectBody = z.strictObject({
  mode: z.enum(['window', 'invoice_book']),
  amountFen: fen.optional().meta({ description: '收款人看到的金额；与核定金额不符即拒绝' }),
  receiptNo: z.number().int().positive().optional().meta({ description: '手中纸质票据的号码（须为票据本下一号）' }),
});

const split = z.object({ financeCode: z.string(), amountFen: fen });
export const bankOrderSchema = z.object({
  orderNo: z.string(),
  amountFen: fen,
  splits: z.array(split),
  status: z.string(),
  payUrl: z.string(),
});

export const callbackBody = z.strictObject({
  eventType: z.string().max(60),
  orderNo: z.string().max(64),
  bankTxnId: z.string().regex(/^[\w-]{1,64}$/),
  amountFen: z.number().int(),
  paidAt: z.string().max(40),
  nonce: z.string().max(64),
});
export const callbackHeaders = z.object({ 'x-bank-signature': z.string().max(200).optional() });
export const callbackResult = z.object({
  result: z.enum(['applied', 'pending', 'duplicate', 'stale', 'already_paid']),
});

export const adjustmentBody = z.strictObject({
  kind: z.enum(['void', 'refund']),
  reason: z.string().trim().min(2).max(500),
});
export const decisionBody = z.strictObject({
  version: versionField,
  approve: z.boolean(),
  note: z.string().trim().max(500).optional(),
});

export const bookBody = z.strictObject({
  windowId: z.uuid(),
  series: z
    .string()
    .regex(/^[0-9A-Z-]{1,20}$/)
    .meta({ description: '票据代码/字轨' }),
  firstNo: z.number().int().positive().max(99_999_999),
  lastNo: z.number().int().positive().max(99_999_999),
});
export const bookSchema = z
  .object({
    id: z.uuid(),
    windowId: z.uuid(),
    windowName: z.string().nullable(),
    series: z.string(),
    firstNo: z.number().int(),
    lastNo: z.number().int(),
    nextNo: z.number().int(),
    remaining: z.number().int(),
    status: z.enum(['issued', 'in_use', 'used_up', 'settled', 'settlement_overdue']),
    issuedBy: z.string(),
    issuedAt: z.string(),
    usedUpAt: iso,
    settleDue: iso,
    settledAt: iso,
    settledFen: fen.nullable(),
    bankSlipNo: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'InvoiceBook' });
export const settleBody = z.strictObject({
  version: versionField,
  amountFen: fen.positive(),
  bankSlipNo: z.string().trim().min(1).max(60),
});

export const statementBody = z.strictObject({
  statementDate: z.iso.date(),
  csv: z.string().min(1).max(20_000_000),
});
export const statementSchema = z.object({
  id: z.uuid(),
  statementDate: z.string(),
  lineCount: z.number().int(),
  mismatchCount: z.number().int(),
});
export const statementListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      centreId: z.uuid(),
      centreName: z.string(),
      statementDate: z.string(),
      lineCount: z.number().int(),
      openMismatches: z.number().int(),
      importedBy: z.string(),
      importedAt: z.string(),
    }),
  ),
});
export const mismatchSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['missing_in_system', 'missing_in_statement', 'amount_mismatch']),
  bankTxnId: z.string(),
  orderNo: z.string().nullable(),
  statementFen: fen.nullable(),
  systemFen: fen.nullable(),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: iso,
  version: z.number().int(),
});
export const resolveBody = z.strictObject({ version: versionField, resolution: z.string().trim().min(2).max(500) });

export const statsQuery = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
  by: z.enum(statDimensions).default('item'),
  lang: z.enum(['zh', 'en']).optional().meta({ description: '导出语言（链接无法带 Accept-Language）' }),
});
export const statsSchema = z.object({
  by: z.enum(statDimensions),
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      labelEn: z.string().meta({ description: '英文名称；没有英文名称时为中文名称' }),
      payments: z.number().int(),
      amountFen: fen,
      refundedFen: fen,
    }),
  ),
  totalFen: fen,
  payments: z.number().int(),
});
