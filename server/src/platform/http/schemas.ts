import { z } from 'zod';

/** The one error body every failing route returns. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'stable English key, e.g. resource.version_conflict' }),
      message: z.string().meta({ description: '中文说明 (English with Accept-Language: en)' }),
      details: z.unknown(),
    }),
  })
  .meta({ id: 'ErrorBody' });

/** Error responses declared on every route so the OpenAPI document lists them. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  413: errorBody,
  415: errorBody,
  429: errorBody,
  500: errorBody,
} as const;

/** For routes that take no query parameters: any parameter is refused, not ignored. */
export const noQuery = z.strictObject({});
