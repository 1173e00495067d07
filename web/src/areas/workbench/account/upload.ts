import { ApiError, getCsrfToken } from '../../../api/client';
import { currentLang, dictionaries, langTag } from '../../../i18n';

export type StoredFile = { sha256: string; sizeBytes: number; mediaType: string };

export const maxUploadBytes = 10 * 1024 * 1024;
export const scanTypes = ['application/pdf', 'image/jpeg', 'image/png'];

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === 'string' && typeof message === 'string') return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'response.unexpected', dictionaries[currentLang()].api.unexpectedResponse);
}

/**
 * POST /api/files as multipart (field `file`) with upload progress, which fetch cannot report.
 * The server types the file by its content; the checks here only spare a pointless upload.
 */
export function uploadScan(
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/files');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', langTag(currentLang()));
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) resolve(body as StoredFile);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.unavailable', dictionaries[currentLang()].api.networkError));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
