/**
 * 公众参与's part of the one error catalogue (R-WEB-4, R-OPS-5), spread into `errorCatalogue` in
 * errors.ts (which stays within its line limit).
 */
export const participationErrors = {
  'participation.phone_required': {
    status: 400,
    zh: '投诉和主任信箱请留下联系电话，以便回复核实',
    en: 'Complaints and the director’s mailbox need a telephone number so that we can call back',
  },
  'participation.phone_invalid': {
    status: 400,
    zh: '联系电话格式不正确，请填写手机号码或带区号的固定电话',
    en: 'The telephone number is not valid; give a mobile number or a landline with its area code',
  },
  'participation.login_required': {
    status: 401,
    zh: '问题反馈请先登录系统',
    en: 'Log in to report a problem with the system',
  },
  'participation.target_invalid': {
    status: 400,
    zh: '所选窗口或事项不属于该中心',
    en: 'The chosen window or item does not belong to this centre',
  },
  'participation.lookup_failed': {
    status: 404,
    zh: '留言编号或查询码不正确',
    en: 'The message number or query code is not correct',
  },
  'participation.state': {
    status: 409,
    zh: '该留言当前所处状态不能办理此操作，请刷新后查看',
    en: 'The message is not in a state where this is possible; reload to see it',
  },
  'participation.no_consent': {
    status: 409,
    zh: '留言人未同意公开，不能公开该留言',
    en: 'The writer did not agree to publication; the message cannot be published',
  },
} as const;
