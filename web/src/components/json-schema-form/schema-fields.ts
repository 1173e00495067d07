/**
 * Reads the subset of JSON Schema (draft 2020-12) that an online application form uses into a flat
 * list of fields. The schema comes from an editor textarea, so nothing about its shape is trusted:
 * anything unexpected becomes an 'unsupported' field or a problem, never an exception.
 */
export type OptionValue = string | number | boolean;
export type FieldOption = { value: OptionValue; label: string };

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'select'
  | 'radio'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'checkboxes'
  | 'multiselect'
  | 'unsupported';

export type FormField = {
  name: string;
  kind: FieldKind;
  title: string;
  description?: string;
  help?: string;
  placeholder?: string;
  required: boolean;
  options: FieldOption[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  /** `const: true` on a boolean: a declaration the applicant must tick. */
  mustBeTrue: boolean;
  defaultValue?: unknown;
};

export type SchemaReading = { ok: true; fields: FormField[] } | { ok: false; problem: 'not_object' };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const isOption = (v: unknown): v is OptionValue => ['string', 'number', 'boolean'].includes(typeof v);

/** enum values, or `oneOf: [{ const, title }]` for options whose label differs from the value. */
function optionsOf(s: Obj): FieldOption[] | null {
  if (Array.isArray(s.enum)) return s.enum.filter(isOption).map((v) => ({ value: v, label: String(v) }));
  if (Array.isArray(s.oneOf) && s.oneOf.every((o) => isObj(o) && isOption(o.const))) {
    return (s.oneOf as Obj[]).map((o) => ({ value: o.const as OptionValue, label: str(o.title) ?? String(o.const) }));
  }
  return null;
}

function kindOf(s: Obj, widget: string | undefined, options: FieldOption[] | null): FieldKind {
  const type = s.type;
  if (options && type !== 'array') return widget === 'radio' ? 'radio' : 'select';
  switch (type) {
    case 'string':
      if (s.format === 'date' || widget === 'date') return 'date';
      return widget === 'textarea' ? 'textarea' : 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const items = isObj(s.items) ? optionsOf(s.items) : null;
      if (!items) return 'unsupported';
      return widget === 'checkboxes' ? 'checkboxes' : 'multiselect';
    }
    default:
      return 'unsupported';
  }
}

/** `ui:order` with `*` standing for every property not named, in schema order. */
function orderedNames(names: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return names;
  const listed = order.filter((n): n is string => typeof n === 'string');
  const rest = names.filter((n) => !listed.includes(n));
  const out: string[] = [];
  for (const n of listed) {
    if (n === '*') out.push(...rest);
    else if (names.includes(n) && !out.includes(n)) out.push(n);
  }
  if (!listed.includes('*')) out.push(...rest);
  return out;
}

export function readFormSchema(schema: unknown, ui: unknown): SchemaReading {
  if (!isObj(schema) || schema.type !== 'object') return { ok: false, problem: 'not_object' };
  const properties = isObj(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
  const uiRoot = isObj(ui) ? ui : {};
  const fields = orderedNames(Object.keys(properties), uiRoot['ui:order']).map((name): FormField => {
    const raw = properties[name];
    const s = isObj(raw) ? raw : {};
    const hints = isObj(uiRoot[name]) ? uiRoot[name] : {};
    const widget = str(hints['ui:widget']);
    const options = optionsOf(s);
    const items = isObj(s.items) ? optionsOf(s.items) : null;
    return {
      name,
      kind: kindOf(s, widget, options),
      title: str(s.title) ?? name,
      description: str(s.description),
      help: str(hints['ui:help']),
      placeholder: str(hints['ui:placeholder']),
      required: required.includes(name),
      options: (s.type === 'array' ? items : options) ?? [],
      minLength: num(s.minLength),
      maxLength: num(s.maxLength),
      pattern: str(s.pattern),
      minimum: num(s.minimum),
      maximum: num(s.maximum),
      exclusiveMinimum: num(s.exclusiveMinimum),
      exclusiveMaximum: num(s.exclusiveMaximum),
      minItems: num(s.minItems),
      maxItems: num(s.maxItems),
      mustBeTrue: s.type === 'boolean' && s.const === true,
      defaultValue: s.default,
    };
  });
  return { ok: true, fields };
}

/**
 * What an application sends: empty answers left out (JSON Schema treats '' as a value, and an
 * optional field left blank must not fail its pattern), booleans always present.
 */
export function cleanFormValues(fields: FormField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'boolean') out[f.name] = v === true;
    else if (v === undefined || v === null || v === '') continue;
    else if (Array.isArray(v) && v.length === 0 && !f.required) continue;
    else out[f.name] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}
