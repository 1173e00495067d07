/**
 * The fees-and-payments part of the one error catalogue (issue 8), spread into `errorCatalogue`
 * in errors.ts. Refusals that concern money say that they were recorded (they are audited).
 */
export const feeErrors = {
  'fee.no_fees': { status: 409, zh: '该事项没有收费项目，无需核价', en: 'This item has no fees to price' },
  'fee.quantity_missing': {
    status: 400,
    zh: '核价所需的数量（如面积、天数）缺失或不正确，请核对申请数据',
    en: 'A quantity the pricing needs (area, days…) is missing or invalid',
  },
  'fee.reduction_invalid': {
    status: 400,
    zh: '减免须注明法定依据，且减免金额不得超过应收金额',
    en: 'A reduction needs a legal basis and cannot exceed the fee',
  },
  'fee.case_not_payable': {
    status: 409,
    zh: '办件当前状态不能核价或收费',
    en: 'Fees cannot be priced or collected in the case’s current state',
  },
  'fee.already_priced': { status: 409, zh: '该办件已核价，不得重复核价', en: 'This case has already been priced' },
  'fee.notice_not_issued': {
    status: 409,
    zh: '缴款通知书尚未开具（减免待部门负责人审批）',
    en: 'The payment notice is not issued yet (a reduction awaits approval)',
  },
  'fee.wrong_mode': { status: 409, zh: '该收费项目不是此种缴款方式', en: 'No fee of this case is paid in this mode' },
  'fee.already_paid': { status: 409, zh: '该费用已缴清，不得重复收费', en: 'These fees are already paid' },
  'fee.unpaid': {
    status: 409,
    zh: '费用尚未缴清，不能发证',
    en: 'The fees are not paid yet; the certificate cannot be issued',
  },
  'fee.amount_mismatch': {
    status: 409,
    zh: '金额与核定金额不符，已拒绝并记录',
    en: 'The amount differs from the priced amount; refused and recorded',
  },
  'fee.unknown_order': {
    status: 404,
    zh: '缴款订单不存在，已拒绝并记录',
    en: 'No such payment order; refused and recorded',
  },
  'fee.callback_signature_invalid': {
    status: 401,
    zh: '银行回调签名校验失败，已拒绝并记录',
    en: 'The bank callback’s signature is invalid; refused and recorded',
  },
  'fee.callback_event_unknown': {
    status: 400,
    zh: '不受理的银行回调事件类型',
    en: 'This bank callback event type is not accepted',
  },
  'fee.payment_immutable': {
    status: 409,
    zh: '收费金额由核价确定，任何人不得修改或删除；如有差错请申请作废并经部门负责人审批',
    en: 'A payment cannot be edited or deleted; request a void approved by the department head',
  },
  'fee.approval_pending': { status: 409, zh: '已有待审批的申请', en: 'A request is already awaiting approval' },
  'fee.approval_closed': { status: 409, zh: '该申请已审批', en: 'This request has already been decided' },
  'fee.payment_not_voidable': {
    status: 409,
    zh: '该笔收费不能作废或退款（已作废、已退款或方式不符）',
    en: 'This payment cannot be voided or refunded',
  },
  'fee.no_invoice_book': {
    status: 409,
    zh: '本窗口没有可用的票据本，请先领用',
    en: 'This window has no invoice book in use',
  },
  'fee.receipt_out_of_range': {
    status: 400,
    zh: '票据号不在票据本号段内',
    en: 'The receipt number is outside the book’s range',
  },
  'fee.receipt_used': { status: 409, zh: '该票据号已使用，不得重复使用', en: 'This receipt number has been used' },
  'fee.receipt_not_next': {
    status: 409,
    zh: '须按顺序使用票据本的下一个号码',
    en: 'Use the next number of the book',
  },
  'fee.book_range_overlaps': {
    status: 409,
    zh: '票据号段与已发放的票据本重叠',
    en: 'The range overlaps a book already issued',
  },
  'fee.book_not_settleable': {
    status: 409,
    zh: '票据本尚未用完或已结算',
    en: 'The book is not used up, or is already settled',
  },
  'fee.settlement_amount_mismatch': {
    status: 409,
    zh: '解缴金额与票据本收费合计不符',
    en: 'The settled sum differs from the book’s total',
  },
  'fee.statement_invalid': {
    status: 400,
    zh: '对账单文件格式不正确',
    en: 'The statement file is not in the expected format',
  },
  'fee.statement_duplicate': { status: 409, zh: '该对账单已导入', en: 'This statement has already been imported' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
