import { ApiError } from '../../../../api/client';
import { currentLang, dictionaries, langTag } from '../../../../i18n';
import type { FileRef } from '../../../portal/catalogue/types';

export const MAX_FORM_FILE_BYTES = 5 * 1024 * 1024;
export const FORM_FILE_ACCEPT = '.pdf,.doc,.docx,.xlsx';

/** Refuses what the server would refuse anyway, before the upload starts. */
export function formFileProblem(file: File): 'too_large' | 'wrong_type' | null {
  if (file.size > MAX_FORM_FILE_BYTES) return 'too_large';
  return /\.(pdf|docx?|xlsx)$/i.test(file.name) ? null : 'wrong_type';
}

/**
 * POST /api/items/:id/files as multipart with upload progress (fetch reports none), the session's
 * CSRF token and the user's language; a refusal becomes the same ApiError the API client throws.
 */
export function uploadFormFile(
  itemId: string,
  file: File,
  csrfToken: string | null,
  onProgress: (percent: number) => void,
): Promise<FileRef> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/items/${itemId}/files`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', langTag(currentLang()));
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.unavailable', dictionaries[currentLang()].api.networkError));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status === 201 && body && typeof body === 'object') return resolve(body as FileRef);
      const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
      reject(
        typeof error?.code === 'string' && typeof error.message === 'string'
          ? new ApiError(xhr.status, error.code, error.message, error.details ?? null)
          : new ApiError(xhr.status, 'response.unexpected', dictionaries[currentLang()].api.unexpectedResponse),
      );
    };
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}
