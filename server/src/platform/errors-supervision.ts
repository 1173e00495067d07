/**
 * 督办's part of the one error catalogue (R-SUP-1), spread into `errorCatalogue` in errors.ts
 * (which stays within its line limit).
 */
export const supervisionErrors = {
  'urge.case_ended': {
    status: 409,
    zh: '该办件已办结或终止，不能督办',
    en: 'The case has ended; it cannot be urged',
  },
  'urge.already_open': {
    status: 409,
    zh: '该办件已有尚未回复的督办，请等待窗口回复',
    en: 'The case already has an urge the window has not replied to',
  },
  'urge.already_replied': {
    status: 409,
    zh: '该督办已回复，请刷新后查看',
    en: 'This urge has already been replied to; reload to see it',
  },
} as const;
