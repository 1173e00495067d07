import type { FastifyServerOptions } from 'fastify';
import type { AppConfig } from './config.js';

/**
 * pino with request ids; no personal data and no secrets: credentials and cookies are redacted,
 * and URLs are logged without their query strings (where look-up parameters could carry them).
 */
export function loggerOptions(config: AppConfig): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.idNumber',
        '*.mobile',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { method: string; url: string; id: string; ip?: string }) {
        return { id: req.id, method: req.method, path: req.url.split('?')[0] };
      },
    },
  };
}
