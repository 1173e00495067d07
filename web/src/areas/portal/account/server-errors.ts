import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';
import type { PortalDictionary } from '../../../i18n/portal-zh';

type Detail = { field?: unknown; rules?: unknown; message?: unknown };

const isDetail = (v: unknown): v is Detail => typeof v === 'object' && v !== null;

/**
 * Puts a server refusal next to the field it names (details `{ field }`, `{ field, rules }` or a
 * list of `{ field, message }`), so the person sees it where they typed. Returns what could not be
 * placed: the message for the alert above the form, or null when every detail found its field.
 */
export function placeServerError(
  form: FormInstance,
  fields: string[],
  error: unknown,
  t: PortalDictionary,
): string | null {
  if (!(error instanceof ApiError)) return t.common.unknownError;
  const details = Array.isArray(error.details) ? (error.details as unknown[]) : [error.details];
  const placed: { name: string; errors: string[] }[] = [];
  for (const d of details) {
    if (!isDetail(d) || typeof d.field !== 'string' || !fields.includes(d.field)) continue;
    const rules = Array.isArray(d.rules) ? d.rules : [];
    const errors = rules.length
      ? rules.map((r) => (r === 'min_length' ? t.account.rules.pwLength : t.account.rules.pwClasses))
      : [typeof d.message === 'string' ? d.message : error.message];
    placed.push({ name: d.field, errors });
  }
  if (placed.length === 0) return error.message;
  form.setFields(placed);
  return null;
}
