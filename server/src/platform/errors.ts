/**
 * The one error catalogue. Every expected failure is a DomainError with a stable code from here;
 * the HTTP layer turns it into `{ error: { code, message, details } }` with the message in the
 * caller's language (Chinese first). The web app translates by code too.
 */
export const errorCatalogue = {
  'request.invalid': { status: 400, zh: '请求内容不符合要求', en: 'The request is invalid' },
  'request.malformed_json': { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'request.unknown_field': {
    status: 400,
    zh: '请求包含不允许的字段',
    en: 'The request contains fields that are not allowed',
  },
  'request.too_large': { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  'request.unsupported_media_type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  'request.rate_limited': {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests, please try again later',
  },
  'route.not_found': { status: 404, zh: '接口不存在', en: 'No such API route' },
  'auth.required': { status: 401, zh: '请先登录', en: 'Please log in first' },
  'auth.forbidden': { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'resource.not_found': { status: 404, zh: '记录不存在', en: 'Not found' },
  'resource.version_conflict': {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'This record was changed by someone else; reload and try again',
  },
  'auth.invalid_credentials': {
    status: 401,
    zh: '账号或密码错误，或账号已被临时锁定',
    en: 'Wrong account or password, or the account is temporarily locked',
  },
  'auth.mfa_required': { status: 401, zh: '请输入动态验证码', en: 'Enter your one-time code' },
  'auth.mfa_invalid': { status: 401, zh: '动态验证码不正确', en: 'The one-time code is wrong' },
  'auth.session_expired': { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; log in again' },
  'auth.csrf_invalid': {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试',
    en: 'Request check failed; reload the page',
  },
  'auth.role_selection_required': {
    status: 403,
    zh: '请先选择以哪个岗位办理',
    en: 'Choose which post you act for first',
  },
  'auth.password_expired': {
    status: 403,
    zh: '密码已超过90天，请先修改密码',
    en: 'Your password is over 90 days old; change it first',
  },
  'auth.mfa_enrolment_required': {
    status: 403,
    zh: '管理员须先绑定动态验证码',
    en: 'Administrators must set up a one-time code first',
  },
  'auth.self_grant_forbidden': { status: 403, zh: '不能为自己授予或撤销角色', en: 'You cannot change your own roles' },
  'auth.separation_of_duties': {
    status: 409,
    zh: '系统管理员、安全管理员、审计管理员须由不同人员担任',
    en: 'System, security and audit administrators must be different people',
  },
  'identity.invalid_id_number': { status: 400, zh: '居民身份证号码不正确', en: 'Invalid resident ID number' },
  'identity.invalid_credit_code': {
    status: 400,
    zh: '统一社会信用代码不正确',
    en: 'Invalid unified social credit code',
  },
  'identity.invalid_mobile': { status: 400, zh: '手机号码不正确', en: 'Invalid mobile number' },
  'identity.weak_password': { status: 400, zh: '密码不符合安全要求', en: 'The password does not meet the rules' },
  'identity.wrong_password': { status: 400, zh: '原密码不正确', en: 'The current password is wrong' },
  'identity.username_taken': { status: 409, zh: '该用户名已被使用', en: 'This user name is taken' },
  'identity.enterprise_exists': { status: 409, zh: '该企业已登记', en: 'This enterprise is already registered' },
  'identity.not_authorised_for_enterprise': {
    status: 403,
    zh: '您未获该企业授权',
    en: 'You are not authorised for this enterprise',
  },
  'identity.authorisation_invalid': {
    status: 403,
    zh: '居民授权不存在、已撤销或已过期',
    en: 'The resident authorisation is missing, revoked or expired',
  },
  'org.invalid_parent': { status: 400, zh: '上级中心层级不正确', en: 'The parent centre has the wrong level' },
  'org.invalid_division_code': {
    status: 400,
    zh: '行政区划代码与上级不一致',
    en: 'The division code does not belong to the parent division',
  },
  'org.duplicate': { status: 409, zh: '名称或编号已存在', en: 'The name or number already exists' },
  'catalogue.invalid_definition': {
    status: 400,
    zh: '事项内容不符合要求，请按提示修改',
    en: 'The item definition is invalid; see the fields listed',
  },
  'catalogue.not_item_owner': {
    status: 403,
    zh: '只能维护本窗口的事项',
    en: 'You can only maintain your own window’s items',
  },
  'catalogue.invalid_transition': {
    status: 409,
    zh: '事项当前状态不允许此操作',
    en: 'The item’s current status does not allow this',
  },
  'case.online_not_allowed': {
    status: 409,
    zh: '该事项暂不支持网上申报',
    en: 'This item cannot be applied for online',
  },
  'case.invalid_form': { status: 400, zh: '申请表填写有误，请按提示修改', en: 'The application form has errors' },
  'case.lookup_failed': {
    status: 404,
    zh: '办件编号或查询密码不正确',
    en: 'Wrong case number or query code',
  },
  'file.too_large': { status: 413, zh: '文件过大', en: 'The file is too large' },
  'file.type_not_allowed': {
    status: 415,
    zh: '文件类型不允许（按文件内容识别）',
    en: 'File type not allowed (checked by content)',
  },
  'file.missing': { status: 400, zh: '未上传文件', en: 'No file uploaded' },
  'internal.error': {
    status: 500,
    zh: '服务器内部错误，请稍后再试',
    en: 'Internal server error, please try again later',
  },
  'service.unavailable': { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export type ErrorDetails = Record<string, unknown> | Array<Record<string, unknown>> | undefined;

export class DomainError extends Error {
  override name = 'DomainError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
    status?: number,
  ) {
    super(errorCatalogue[code].en);
    this.status = status ?? errorCatalogue[code].status;
  }
}

export type Lang = 'zh' | 'en';

export function messageFor(code: ErrorCode, lang: Lang): string {
  return errorCatalogue[code][lang];
}

/** Chinese unless the caller prefers English over Chinese in Accept-Language. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((r) => r.tag && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q);
  for (const r of ranked) {
    if (r.tag.startsWith('zh')) return 'zh';
    if (r.tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
