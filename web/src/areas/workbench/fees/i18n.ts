import { useLang } from '../../../i18n';
import type { FeeApproval, InvoiceBook } from './types';

const zh = {
  title: '收费管理',
  approvals: {
    title: '收费审批',
    empty: '没有待审批的申请',
    kind: { reduction: '减免', void: '作废', refund: '退款' } as Record<FeeApproval['kind'], string>,
    cols: { kind: '类型', caseNo: '办件编号', reason: '理由 / 依据', requestedBy: '申请人', decision: '审批' },
    approve: '同意',
    refuse: '不同意',
  },
  books: {
    title: '本窗口票据本',
    empty: '没有票据本',
    status: {
      issued: '已领用',
      in_use: '使用中',
      used_up: '已用完待解缴',
      settled: '已解缴',
      settlement_overdue: '解缴逾期',
    } as Record<InvoiceBook['status'], string>,
    cols: {
      window: '窗口',
      series: '票据代码',
      range: '号段',
      remaining: '剩余',
      status: '状态',
      settleDue: '解缴期限',
      settlement: '解缴',
    },
    settle: '解缴登记',
    settleTitle: '票据本解缴登记',
    amount: '解缴金额（元）',
    slip: '银行缴款单号',
    submit: '提交',
    cancel: '取消',
    date: (iso: string) => new Date(iso).toLocaleDateString('zh-CN'),
  },
  otherPost: '当前岗位没有收费事务：窗口人员管理票据本，部门负责人审批减免、作废和退款。',
};

export type WorkbenchFeesDictionary = typeof zh;

const en: WorkbenchFeesDictionary = {
  title: 'Fees',
  approvals: {
    title: 'Fee approvals',
    empty: 'Nothing awaits approval',
    kind: { reduction: 'Reduction', void: 'Void', refund: 'Refund' },
    cols: {
      kind: 'Kind',
      caseNo: 'Case no.',
      reason: 'Reason / basis',
      requestedBy: 'Requested by',
      decision: 'Decision',
    },
    approve: 'Approve',
    refuse: 'Refuse',
  },
  books: {
    title: 'Invoice books of this window',
    empty: 'No invoice books',
    status: {
      issued: 'Issued',
      in_use: 'In use',
      used_up: 'Used up, to settle',
      settled: 'Settled',
      settlement_overdue: 'Settlement overdue',
    },
    cols: {
      window: 'Window',
      series: 'Series',
      range: 'Numbers',
      remaining: 'Left',
      status: 'Status',
      settleDue: 'Settle by',
      settlement: 'Settlement',
    },
    settle: 'Record settlement',
    settleTitle: 'Settle an invoice book',
    amount: 'Amount paid in (¥)',
    slip: 'Bank slip no.',
    submit: 'Submit',
    cancel: 'Cancel',
    date: (iso) => new Date(iso).toLocaleDateString('en-GB'),
  },
  otherPost:
    'This post has no fee work: window clerks keep invoice books, department heads approve reductions, voids and refunds.',
};

export function useWorkbenchFeesT(): WorkbenchFeesDictionary {
  return useLang().lang === 'zh' ? zh : en;
}
