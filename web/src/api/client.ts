// The one way the web app talks to the server: same-origin JSON, the user's language, the CSRF
// token of the session, and the server's error body turned into an ApiError.
import { currentLang, dictionaries, langTag } from '../i18n';

export type ErrorDetails = unknown;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** Server error code such as `case.version_conflict`; `network.unavailable` or `response.unexpected` from the client. */
  readonly code: string;
  readonly details: ErrorDetails;

  constructor(status: number, code: string, message: string, details: ErrorDetails = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

// Kept in memory only (never in storage) so that script injected elsewhere cannot read it back
// after a reload; the session endpoint hands it out again.
let csrfToken: string | null = null;

/** Set (or clear with null) the CSRF token sent as `x-csrf-token` on every request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for requests the JSON helpers cannot make (multipart uploads with progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

export type RequestOptions = { signal?: AbortSignal; headers?: Record<string, string> };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function errorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details ?? null);
  }
  return new ApiError(status, 'response.unexpected', dictionaries[currentLang()].api.unexpectedResponse);
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': langTag(currentLang()),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  Object.assign(headers, options.headers);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (err) {
    // An abort is the caller's own decision, not a failure to report.
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network.unavailable', dictionaries[currentLang()].api.networkError);
  }

  const data = await readJson(response);
  if (!response.ok) throw errorFromBody(response.status, data);
  if (response.status === 204) return undefined as T;
  if (data === undefined) {
    throw new ApiError(response.status, 'response.unexpected', dictionaries[currentLang()].api.unexpectedResponse);
  }
  // The shape is the server's contract; a client generated from its OpenAPI document will type it.
  return data as T;
}

export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('GET', path, undefined, options);
}

export function apiPost<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('POST', path, body ?? {}, options);
}

export function apiPut<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('PUT', path, body, options);
}

export function apiPatch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('PATCH', path, body, options);
}

export function apiDelete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('DELETE', path, undefined, options);
}
