import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type ErrorDetails, langFromAcceptLanguage, messageFor } from '../errors.js';

// Chinese wording for the validation failures a user can cause; zod's own text is English.
const issueText: Record<string, { zh: string; en: string }> = {
  invalid_type: { zh: '类型不正确或缺失', en: 'wrong type or missing' },
  too_small: { zh: '过短或过小', en: 'too short or too small' },
  too_big: { zh: '过长或过大', en: 'too long or too large' },
  invalid_format: { zh: '格式不正确', en: 'invalid format' },
  invalid_value: { zh: '取值不在允许范围内', en: 'value not allowed' },
  unrecognized_keys: { zh: '包含不允许的字段', en: 'contains fields that are not allowed' },
  custom: { zh: '不符合要求', en: 'invalid' },
};

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: ErrorDetails,
  status?: number,
): FastifyReply {
  const lang = langFromAcceptLanguage(request.headers['accept-language']);
  const err = new DomainError(code, details, status);
  return reply
    .status(err.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message: messageFor(code, lang), details: details ?? null } });
}

function fastifyCodeToDomain(err: FastifyError): ErrorCode | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'request.unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'request.too_large';
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
      return 'file.too_large';
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return 'request.unsupported_media_type';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'request.malformed_json';
    default:
      return null;
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof DomainError) {
      if (err.status >= 500) request.log.error({ err }, 'domain error');
      return sendError(request, reply, err.code, err.details, err.status);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const lang = langFromAcceptLanguage(request.headers['accept-language']);
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      const details = err.validation.map((v) => {
        const keys = (v.params as { keys?: string[] }).keys;
        return {
          in: where,
          field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (keys ? keys.join(',') : ''),
          code: v.keyword,
          message: (issueText[v.keyword] ?? issueText.custom!)[lang],
          ...(keys ? { unknown: keys } : {}),
        };
      });
      return sendError(request, reply, 'request.invalid', details);
    }
    const mapped = fastifyCodeToDomain(err);
    if (mapped) return sendError(request, reply, mapped);
    if (err instanceof SyntaxError) return sendError(request, reply, 'request.malformed_json');
    const status = err.statusCode ?? 500;
    if (status === 429) return sendError(request, reply, 'request.rate_limited');
    if (status >= 400 && status < 500) {
      return sendError(request, reply, status === 404 ? 'resource.not_found' : 'request.invalid', undefined, status);
    }
    // Internals (stack, SQL, driver messages) go to the log, never to the caller.
    request.log.error({ err }, 'unhandled error');
    return sendError(request, reply, 'internal.error');
  });
}
