import { currentLang, dictionaries, langTag } from '../i18n';
import { ApiError, getCsrfToken } from './client';

/**
 * 数据交换 (R-APP-11): cases out as a CSV file, the old approval database's cases in from one.
 * Server: modules/exchange (schemas.ts has the same shapes). Supervisors only.
 */

export type ImportProblem = {
  /** Row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  field: string;
  code: string;
  message: string;
  messageEn: string;
};

export type ImportResult = {
  dryRun: boolean;
  total: number;
  valid: number;
  problems: ImportProblem[];
  created: number;
  /** Rows whose old case number this centre had imported before: left as they were. */
  existing: number;
};

export type LegacyCase = {
  id: string;
  legacyNo: string;
  itemCode: string;
  itemName: string;
  centreName: string;
  applicantKind: 'person' | 'enterprise';
  applicantName: string;
  certificateNoMasked: string;
  receivedOn: string;
  decidedOn: string | null;
  outcome: 'grant' | 'deny' | null;
  licenceNo: string | null;
  importedAt: string;
};

export type LegacyPage = { items: LegacyCase[]; total: number; page: number; pageSize: number };

export const legacyCasesPath = (q: string, page: number) => {
  const p = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (q.trim()) p.set('q', q.trim());
  return `/api/exchange/legacy-cases?${p.toString()}`;
};

const headers = (): Record<string, string> => {
  const h: Record<string, string> = { 'accept-language': langTag(currentLang()) };
  const csrf = getCsrfToken();
  if (csrf) h['x-csrf-token'] = csrf;
  return h;
};

async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code: string; message: string; details?: unknown } };
    if (body.error) return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, 'response.unexpected', dictionaries[currentLang()].api.unexpectedResponse);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init, headers: { ...headers(), ...init.headers } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network.unavailable', dictionaries[currentLang()].api.networkError);
  }
}

/**
 * Downloads the cases received in [from, to] as CSV, reporting the bytes received as they arrive
 * (the server streams a large range), and hands the finished file to the browser's download.
 */
export async function downloadCases(
  from: string,
  to: string,
  onProgress: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<{ bytes: number; count: number | null }> {
  const response = await send(`/api/exchange/cases/export.csv?from=${from}&to=${to}`, { signal: signal ?? null });
  if (!response.ok || !response.body) throw await failure(response);
  const count = response.headers.get('x-case-count');
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    onProgress(bytes);
  }
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `cases-${from}-${to}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { bytes, count: count === null ? null : Number(count) };
}

/** Checks (dryRun) or imports the old database's CSV; a real import with a bad row fails whole (400). */
export async function importLegacyCases(file: File, dryRun: boolean): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  const response = await send(`/api/exchange/cases/import?dryRun=${dryRun}`, { method: 'POST', body: form });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as ImportResult;
}
