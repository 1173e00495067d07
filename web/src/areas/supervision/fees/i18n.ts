import { useLang } from '../../../i18n';

type Kind = 'missing_in_system' | 'missing_in_statement' | 'amount_mismatch';

const zh = {
  title: '收费监管',
  tabs: { stats: '收费统计', books: '票据本', reconcile: '银行对账' },
  stats: {
    dims: {
      item: '按事项',
      window: '按窗口',
      department: '按部门',
      mode: '按缴款方式',
      day: '按日',
      month: '按月',
    } as Record<string, string>,
    dimCol: {
      item: '事项',
      window: '窗口',
      department: '部门',
      mode: '缴款方式',
      day: '日期',
      month: '月份',
    } as Record<string, string>,
    dimension: '统计维度',
    period: '统计期间',
    export: '导出 Excel',
    range: (from: string, to: string) => `${from} 至 ${to}`,
    payments: '笔数',
    amount: '实收（元）',
    refunded: '退款（元）',
    total: '合计',
    empty: '该期间没有缴款记录',
    mode: { bank: '银行缴款', window: '窗口收费', invoice_book: '拉票（票据）' } as Record<string, string>,
  },
  issue: {
    open: '发放票据本',
    title: '向窗口发放票据本',
    window: '窗口',
    series: '票据代码（字轨）',
    seriesHint: '大写字母、数字和连字符',
    firstNo: '起始号',
    lastNo: '终止号',
    submit: '发放',
    cancel: '取消',
    done: (series: string) => `票据本 ${series} 已发放`,
  },
  reconcile: {
    date: '对账日期',
    import: '导入银行对账单（CSV）',
    format: '格式：bank_txn_id,order_no,amount_fen,finance_code',
    kind: {
      missing_in_system: '银行有、系统无',
      missing_in_statement: '系统有、银行无',
      amount_mismatch: '金额不符',
    } as Record<Kind, string>,
    cols: {
      kind: '差异',
      bankTxnId: '银行流水号',
      orderNo: '订单号',
      statement: '对账单（元）',
      system: '系统（元）',
      resolution: '处理',
    },
    note: '处理说明',
    resolve: '已处理',
    empty: '对账一致，没有差异',
    hint: '选择对账日期后导入银行的每日对账单，差异逐条列出，由专人处理。',
  },
};

export type SupervisionFeesDictionary = typeof zh;

const en: SupervisionFeesDictionary = {
  title: 'Fee supervision',
  tabs: { stats: 'Statistics', books: 'Invoice books', reconcile: 'Bank reconciliation' },
  stats: {
    dims: {
      item: 'By item',
      window: 'By window',
      department: 'By department',
      mode: 'By payment mode',
      day: 'By day',
      month: 'By month',
    },
    dimCol: {
      item: 'Item',
      window: 'Window',
      department: 'Department',
      mode: 'Payment mode',
      day: 'Day',
      month: 'Month',
    },
    dimension: 'Group by',
    period: 'Period',
    export: 'Export Excel',
    range: (from, to) => `${from} to ${to}`,
    payments: 'Payments',
    amount: 'Received (¥)',
    refunded: 'Refunded (¥)',
    total: 'Total',
    empty: 'No payments in this period',
    mode: { bank: 'Bank', window: 'At the window', invoice_book: 'Invoice book' },
  },
  issue: {
    open: 'Issue an invoice book',
    title: 'Issue an invoice book to a window',
    window: 'Window',
    series: 'Series',
    seriesHint: 'Capital letters, digits and hyphens',
    firstNo: 'First number',
    lastNo: 'Last number',
    submit: 'Issue',
    cancel: 'Cancel',
    done: (series) => `Invoice book ${series} issued`,
  },
  reconcile: {
    date: 'Statement date',
    import: 'Import bank statement (CSV)',
    format: 'Format: bank_txn_id,order_no,amount_fen,finance_code',
    kind: {
      missing_in_system: 'At the bank, not in the system',
      missing_in_statement: 'In the system, not at the bank',
      amount_mismatch: 'Amounts differ',
    },
    cols: {
      kind: 'Mismatch',
      bankTxnId: 'Bank transaction',
      orderNo: 'Order no.',
      statement: 'Statement (¥)',
      system: 'System (¥)',
      resolution: 'Resolution',
    },
    note: 'How it was resolved',
    resolve: 'Resolved',
    empty: 'The statement matches: no mismatches',
    hint: 'Pick the statement date, then import the bank’s daily statement; each mismatch is listed for a person to resolve.',
  },
};

export function useSupervisionFeesT(): SupervisionFeesDictionary {
  return useLang().lang === 'zh' ? zh : en;
}
