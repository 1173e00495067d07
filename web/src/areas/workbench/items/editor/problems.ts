import { ApiError } from '../../../../api/client';
import type { PortalDictionary } from '../../../../i18n/portal-zh';
import type { ItemDefinition, TimeLimit } from '../../../portal/catalogue/types';

/** One thing wrong with the draft: where (`materials.2.name`) and what, in the user's language. */
export type Problem = { path: string; message: string };

export type TabKey = 'basic' | 'basis' | 'materials' | 'process' | 'limits' | 'fees' | 'form' | 'history';

const tabOfField: Record<string, TabKey> = {
  legalBasis: 'basis',
  conditions: 'basis',
  materials: 'materials',
  process: 'process',
  legalLimit: 'limits',
  promisedLimit: 'limits',
  fees: 'fees',
  formSchema: 'form',
  formUi: 'form',
};

export const tabOf = (path: string): TabKey => tabOfField[path.split('.')[0] ?? ''] ?? 'basic';

const lookup = (names: object, key: string): string | undefined => (names as Record<string, string | undefined>)[key];

/** The label of a top-level definition field (`materials` → 申请材料), or the name itself. */
export const fieldName = (field: string, t: PortalDictionary) => lookup(t.editor.fieldNames, field) ?? field;

/** "申请材料 · 第 3 项 · 名称" for `materials.2.name`. */
export function problemLabel(path: string, t: PortalDictionary): string {
  const e = t.editor;
  const [top = '', ...rest] = path.split('.');
  const parts = [fieldName(top, t)];
  for (const p of rest) parts.push(/^\d+$/.test(p) ? e.nth(Number(p) + 1) : (lookup(e.subNames, p) ?? p));
  return parts.join(' · ');
}

type Detail = { field?: unknown; code?: unknown; message?: unknown };

/**
 * The field problems of a refused save: `catalogue.invalid_definition` lists `{ field, code }` with
 * codes translated here; `request.invalid` lists `{ field, message }` with the message already in
 * the user's language. Null when the error is not about fields.
 */
export function serverProblems(err: unknown, t: PortalDictionary): Problem[] | null {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return null;
  if (err.code !== 'catalogue.invalid_definition' && err.code !== 'request.invalid') return null;
  const out: Problem[] = [];
  for (const raw of err.details as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const d = raw as Detail;
    const path = typeof d.field === 'string' ? d.field.replace(/^definition\.?/, '') : '';
    const code = typeof d.code === 'string' ? d.code : '';
    const [head = '', ...tail] = code.split(':');
    const known = t.editor.problemCodes[head];
    const message = known
      ? [known, tail.join(':').trim()].filter(Boolean).join(' — ')
      : typeof d.message === 'string'
        ? d.message
        : code;
    out.push({ path, message });
  }
  return out.length ? out : null;
}

// A working day is 7.5 hours at the default centre hours, as the server counts (catalogue/model.ts).
const minutes: Record<TimeLimit['unit'], number | null> = {
  working_minutes: 1,
  working_hours: 60,
  working_days: 450,
  natural_days: null,
};

/** Promised ≤ legal, checked as the server does, so the clerk sees it while typing. */
export function limitProblem(d: ItemDefinition, t: PortalDictionary): Problem | null {
  const { legalLimit: legal, promisedLimit: promised } = d;
  if (legal.unit === 'natural_days' || promised.unit === 'natural_days') {
    if (legal.unit !== promised.unit) return { path: 'promisedLimit.unit', message: t.editor.unitMismatch };
    return promised.value > legal.value ? { path: 'promisedLimit.value', message: t.editor.promisedAbove } : null;
  }
  const over = promised.value * (minutes[promised.unit] ?? 0) > legal.value * (minutes[legal.unit] ?? 0);
  return over ? { path: 'promisedLimit.value', message: t.editor.promisedAbove } : null;
}

/** What the editor can tell before sending: the limit rule and fees without a legal basis. */
export function clientProblems(d: ItemDefinition, t: PortalDictionary): Problem[] {
  const out: Problem[] = [];
  const limit = limitProblem(d, t);
  if (limit) out.push(limit);
  d.fees.forEach((f, i) => {
    if (!f.legalBasis.trim()) out.push({ path: `fees.${i}.legalBasis`, message: t.editor.basisRequired });
  });
  return out;
}
