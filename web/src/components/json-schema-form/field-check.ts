import type { FormDictionary } from './i18n';
import type { FormField } from './schema-fields';

// Code points, as JSON Schema counts them: '舟山' is two characters to the person typing it.
const length = (s: string) => [...s].length;

function compile(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkText(f: FormField, v: string, t: FormDictionary): string | null {
  if (f.kind === 'date' && !isRealDate(v)) return t.date;
  if (f.minLength !== undefined && length(v) < f.minLength) return t.tooShort(f.minLength);
  if (f.maxLength !== undefined && length(v) > f.maxLength) return t.tooLong(f.maxLength);
  const re = f.pattern ? compile(f.pattern) : null;
  if (re && !re.test(v)) return t.pattern;
  return null;
}

function checkNumber(f: FormField, v: number, t: FormDictionary): string | null {
  if (f.kind === 'integer' && !Number.isInteger(v)) return t.integer;
  if (f.minimum !== undefined && v < f.minimum) return t.min(f.minimum);
  if (f.maximum !== undefined && v > f.maximum) return t.max(f.maximum);
  if (f.exclusiveMinimum !== undefined && v <= f.exclusiveMinimum) return t.above(f.exclusiveMinimum);
  if (f.exclusiveMaximum !== undefined && v >= f.exclusiveMaximum) return t.below(f.exclusiveMaximum);
  return null;
}

/** The first thing wrong with one answer, in the user's language; null when it is acceptable. */
export function checkField(f: FormField, value: unknown, t: FormDictionary): string | null {
  if (f.kind === 'boolean') return f.mustBeTrue && value !== true ? t.mustBeTrue : null;
  const empty =
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || value === '';
  if (empty) {
    if (!f.required) return null;
    return ['select', 'radio', 'checkboxes', 'multiselect'].includes(f.kind) ? t.choose(f.title) : t.required(f.title);
  }
  if (Array.isArray(value)) {
    const min = f.minItems ?? (f.required ? 1 : 0);
    if (value.length < min) return t.minItems(min);
    if (f.maxItems !== undefined && value.length > f.maxItems) return t.maxItems(f.maxItems);
    return null;
  }
  if (typeof value === 'string') return checkText(f, value.trim(), t);
  if (typeof value === 'number') return checkNumber(f, value, t);
  return null;
}
