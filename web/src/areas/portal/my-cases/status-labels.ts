// The names of a case's statuses as the public reads them, in one place so the portal, the kiosk
// and the workbench say the same thing. Every CaseStatus has a label in both languages.
import type { CaseStatus, Warning } from '../../../api/cases';
import type { Lang } from '../../../i18n';

export const caseStatusLabels: Record<Lang, Record<CaseStatus, string>> = {
  zh: {
    submitted: '待受理',
    township_review: '乡镇初审中',
    supplement: '待补正',
    rejected: '不予受理',
    in_review: '审查中',
    special_procedure: '特别程序中',
    granted: '准予许可',
    denied: '不予许可',
    concluded: '已办结',
    withdrawn: '已撤回',
    revoked: '已撤销受理',
  },
  en: {
    submitted: 'Awaiting acceptance',
    township_review: 'Township review',
    supplement: 'Awaiting supplement',
    rejected: 'Not accepted',
    in_review: 'Under review',
    special_procedure: 'Special procedure',
    granted: 'Granted',
    denied: 'Denied',
    concluded: 'Concluded',
    withdrawn: 'Withdrawn',
    revoked: 'Acceptance revoked',
  },
};

/** One line for the applicant: what the status means and what happens next. */
export const caseStatusHints: Record<Lang, Record<CaseStatus, string>> = {
  zh: {
    submitted: '申请已提交，窗口将进行预审，并在规定期限内告知是否受理。',
    township_review: '乡镇（街道）便民服务中心正在初审，初审后报送上级审批。',
    supplement: '材料需要补正，请按补正通知一次性补齐后提交。',
    rejected: '申请不予受理，理由见办理记录。',
    in_review: '申请已受理，正在审查。',
    special_procedure: '正在进行听证、检验、专家评审等特别程序，所需时间不计入办理时限。',
    granted: '已准予许可，正在制作证照。',
    denied: '不予许可，理由及救济途径见决定书。',
    concluded: '办理已结束。',
    withdrawn: '申请已撤回，办理终止。',
    revoked: '容缺材料逾期未补齐，受理已撤销。',
  },
  en: {
    submitted: 'Submitted. The window checks it and tells you within the time limit whether it is accepted.',
    township_review: 'The township service centre reviews it first and then passes it up.',
    supplement: 'Materials need to be supplemented: provide everything the notice lists in one go.',
    rejected: 'The application was not accepted; the reasons are in the history.',
    in_review: 'Accepted and under review.',
    special_procedure: 'A hearing, test or expert review is under way; that time does not count.',
    granted: 'Granted; the certificate is being prepared.',
    denied: 'Denied; the decision gives the reasons and your remedies.',
    concluded: 'The case is concluded.',
    withdrawn: 'The application was withdrawn.',
    revoked: 'Tolerated materials were not supplied in time; the acceptance was revoked.',
  },
};

/** Ant Design tag colours, the same the workbench queue uses. */
export const caseStatusColours: Record<CaseStatus, string> = {
  submitted: 'blue',
  township_review: 'cyan',
  supplement: 'orange',
  rejected: 'default',
  in_review: 'processing',
  special_procedure: 'purple',
  granted: 'green',
  denied: 'volcano',
  // The 'green' preset, not 'success': shell.css darkens its text to pass WCAG AA contrast; 'success' fails it.
  concluded: 'green',
  withdrawn: 'default',
  revoked: 'magenta',
};

export const warningLabels: Record<Lang, Record<Exclude<Warning, 'none'>, string>> = {
  zh: { yellow: '临近期限', red: '已超期限' },
  en: { yellow: 'Deadline near', red: 'Overdue' },
};

export const isCaseStatus = (s: unknown): s is CaseStatus =>
  typeof s === 'string' && Object.prototype.hasOwnProperty.call(caseStatusColours, s);
