/**
 * 好差评's part of the one error catalogue (R-NEW-1), spread into `errorCatalogue` in errors.ts
 * (which stays within its line limit).
 */
export const evaluationErrors = {
  'evaluation.not_ended': {
    status: 409,
    zh: '办件办结后才能评价',
    en: 'A case can be rated once it has ended',
  },
  'evaluation.already_rated': {
    status: 409,
    zh: '该办件已评价，每件只能评价一次',
    en: 'This case has already been rated; each case is rated once',
  },
  'evaluation.reason_required': {
    status: 400,
    zh: '差评请至少选择一项原因或填写意见',
    en: 'For a poor rating choose at least one reason or write a comment',
  },
  'evaluation.follow_up_state': {
    status: 409,
    zh: '该差评当前所处状态不能办理此操作，请刷新后查看',
    en: 'The follow-up is not in a state where this is possible; reload to see it',
  },
} as const;
