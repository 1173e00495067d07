/**
 * The one error catalogue. Every expected failure is a DomainError with a stable code from here;
 * the HTTP layer turns it into `{ error: { code, message, details } }` with the message in the
 * caller's language (Chinese first). The web app translates by code too.
 */
import { feeErrors } from './errors-fees.js';
import { evaluationErrors } from './errors-evaluation.js';
import { jointErrors } from './errors-joint.js';
import { supervisionErrors } from './errors-supervision.js';
import { exchangeErrors } from './errors-exchange.js';
import { contentErrors } from './errors-content.js';
import { participationErrors } from './errors-participation.js';

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
  'calendar.day_exists': {
    status: 409,
    zh: '该日期已在日历中，请先删除原有安排',
    en: 'This date is already in the calendar; delete the existing entry first',
  },
  'calendar.adjusted_day_not_weekend': {
    status: 400,
    zh: '调休上班日必须是星期六或星期日',
    en: 'An adjusted working day must be a Saturday or Sunday',
  },
  'case.version_conflict': {
    status: 409,
    zh: '办件已被他人更新，请刷新后重试',
    en: 'The case was changed by someone else; reload and try again',
  },
  'case.invalid_transition': {
    status: 409,
    zh: '办件当前状态不允许此操作',
    en: 'The case’s current status does not allow this',
  },
  'case.not_your_action': {
    status: 403,
    zh: '您的岗位不能对该办件执行此操作',
    en: 'Your post may not do this on this case',
  },
  'case.not_your_step': { status: 403, zh: '当前环节不由您的岗位办理', en: 'The current step is not for your post' },
  'case.steps_pending': { status: 409, zh: '尚有审查环节未完成，不能作出决定', en: 'Review steps are still open' },
  'case.cannot_send_back': {
    status: 409,
    zh: '首个审查环节不能退回，如需补充材料请发补正通知',
    en: 'The first review step cannot be sent back; ask for a supplement instead',
  },
  'case.extension_exists': {
    status: 409,
    zh: '该办件已申请过延期（法定只能延长一次）',
    en: 'An extension was already requested',
  },
  'case.no_extension_pending': { status: 409, zh: '没有待审批的延期申请', en: 'No extension is waiting for approval' },
  'case.no_tolerance_open': {
    status: 409,
    zh: '该办件没有容缺待补的材料',
    en: 'No tolerated materials are outstanding',
  },
  'case.tolerance_not_due': {
    status: 409,
    zh: '容缺补齐期限未到，不能撤销受理',
    en: 'The tolerance deadline has not passed yet',
  },
  'case.tolerance_open': {
    status: 409,
    zh: '容缺材料尚未补齐，不能发证',
    en: 'Tolerated materials are still outstanding',
  },
  'case.not_tolerable': {
    status: 400,
    zh: '所选材料不属于可容缺材料或已提交',
    en: 'These materials cannot be tolerated (not tolerable, or already received)',
  },
  'case.unknown_material': { status: 400, zh: '材料不在该事项的申报材料目录中', en: 'Unknown material for this item' },
  'case.upload_not_found': {
    status: 400,
    zh: '上传的文件不存在或已过期，请重新上传',
    en: 'The upload does not exist or has expired; upload again',
  },
  'case.materials_missing': { status: 400, zh: '缺少必交材料', en: 'Required materials are missing' },
  'case.idempotency_key_required': {
    status: 400,
    zh: '缺少请求幂等键（Idempotency-Key）',
    en: 'The Idempotency-Key header is required',
  },
  'case.idempotency_mismatch': {
    status: 422,
    zh: '同一提交编号已用于不同的申请内容',
    en: 'This idempotency key was used for a different request',
  },
  'case.not_authorised_for_resident': {
    status: 403,
    zh: '没有该居民有效的代办授权',
    en: 'No valid authorisation from this resident',
  },
  'case.not_your_item': {
    status: 403,
    zh: '该事项不在本窗口或本中心的收件范围内',
    en: 'This item is not yours to take in',
  },
  'notice.certificate_not_found': {
    status: 404,
    zh: '未找到该验证码对应的证照',
    en: 'No certificate has this verification code',
  },
  'notice.template_invalid': {
    status: 400,
    zh: '文书模板有误：含未知字段或标记，请按提示修改',
    en: 'The template uses unknown fields or markup; see the places listed',
  },
  'document.missing_glyphs': {
    status: 422,
    zh: '文书中有字库无法显示的字符，请核对（如生僻字）',
    en: 'The document contains characters no installed font can print',
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
  // --- fees and payments (issue 8): in errors-fees.ts, so this file stays within its line limit
  ...feeErrors,
  // --- joint cases (issue 7): in errors-joint.ts
  ...jointErrors,
  // --- 好差评 (R-NEW-1): in errors-evaluation.ts
  ...evaluationErrors,
  // --- 督办 (R-SUP-1): in errors-supervision.ts
  ...supervisionErrors,
  // --- 数据交换 (R-APP-11): in errors-exchange.ts
  ...exchangeErrors,
  // --- 公众参与 (R-WEB-4, R-OPS-5): in errors-participation.ts
  ...participationErrors,
  // --- 中心网站 (R-WEB-1, R-WEB-5, R-WEB-6): in errors-content.ts
  ...contentErrors,
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
