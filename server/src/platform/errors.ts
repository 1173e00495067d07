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
