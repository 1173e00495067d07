import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';

type Detail = { field?: unknown; code?: unknown; materialKey?: unknown; uploadId?: unknown };

const detailsOf = (err: ApiError): Detail[] =>
  Array.isArray(err.details) ? (err.details as unknown[]).filter((d): d is Detail => typeof d === 'object' && !!d) : [];

/**
 * The server's form problems (`case.invalid_form`, details `[{ field, code }]`) put on the fields
 * where the person typed; returns how many found a field. Nested paths (`a.b`) go on their top field.
 */
export function placeFormProblems(
  err: unknown,
  form: FormInstance,
  fieldNames: string[],
  messages: Record<string, string>,
): number {
  if (!(err instanceof ApiError) || err.code !== 'case.invalid_form') return 0;
  const byField = new Map<string, string[]>();
  for (const d of detailsOf(err)) {
    if (typeof d.field !== 'string') continue;
    const name = d.field.split('.')[0] ?? '';
    if (!fieldNames.includes(name)) continue;
    const text = messages[String(d.code)] ?? String(d.code);
    byField.set(name, [...new Set([...(byField.get(name) ?? []), text])]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const first = byField.keys().next();
  if (!first.done) form.scrollToField(first.value, { block: 'center' });
  return byField.size;
}

/** Material keys the server says are missing (`case.materials_missing`). */
export function missingMaterialKeys(err: unknown): string[] {
  if (!(err instanceof ApiError) || err.code !== 'case.materials_missing') return [];
  return detailsOf(err).flatMap((d) => (typeof d.materialKey === 'string' ? [d.materialKey] : []));
}

/** Upload ids the server no longer holds (`case.upload_not_found`: swept or already used). */
export function expiredUploadIds(err: unknown): string[] {
  if (!(err instanceof ApiError) || err.code !== 'case.upload_not_found') return [];
  return detailsOf(err).flatMap((d) => (typeof d.uploadId === 'string' ? [d.uploadId] : []));
}

/** A failure after which the same request may be sent again with the same idempotency key. */
export const mayRetrySame = (err: unknown) => !(err instanceof ApiError) || err.status === 0 || err.status >= 500;
