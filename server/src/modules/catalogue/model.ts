import Ajv2020 from 'ajv/dist/2020.js';
import { pinyin } from 'pinyin-pro';
import type { ItemDefinition, TimeLimit } from './definition.js';

export type DefinitionProblem = { field: string; code: string };

// Only what an online form needs; anything else (remote $ref, code-like keywords) is refused.
const ajv = new Ajv2020.default({ strict: true, allErrors: true, validateFormats: false });

// Compiling a form schema costs milliseconds and Ajv keeps every schema object it compiled, so a
// schema parsed afresh (a draft saved, a guide re-read) would be compiled again and kept forever.
// Validators are kept here instead, by the schema's text, a bounded number of them.
const MAX_VALIDATORS = 500;
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

function validatorFor(schema: Record<string, unknown>, text = JSON.stringify(schema)) {
  let validate = validators.get(text);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } finally {
      ajv.removeSchema(schema);
    }
    if (validators.size >= MAX_VALIDATORS) validators.delete(validators.keys().next().value!);
    validators.set(text, validate);
  }
  return validate;
}

const unitMinutes: Record<TimeLimit['unit'], number | null> = {
  working_minutes: 1,
  working_hours: 60,
  // A working day is 7.5 hours at the default centre hours; natural days are not comparable.
  working_days: 450,
  natural_days: null,
};

/** Business rules across fields that a field schema cannot express. */
export function definitionProblems(d: ItemDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const legal = unitMinutes[d.legalLimit.unit];
  const promised = unitMinutes[d.promisedLimit.unit];
  if (d.legalLimit.unit === 'natural_days' || d.promisedLimit.unit === 'natural_days') {
    if (d.legalLimit.unit !== d.promisedLimit.unit)
      problems.push({ field: 'promisedLimit.unit', code: 'unit_mismatch' });
    else if (d.promisedLimit.value > d.legalLimit.value)
      problems.push({ field: 'promisedLimit.value', code: 'promised_above_legal' });
  } else if (legal !== null && promised !== null && d.promisedLimit.value * promised > d.legalLimit.value * legal) {
    problems.push({ field: 'promisedLimit.value', code: 'promised_above_legal' });
  }
  if (!d.intakeLevels.includes(d.handlingLevel))
    problems.push({ field: 'intakeLevels', code: 'must_include_handling_level' });
  const dup = (keys: string[], field: string) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) problems.push({ field: `${field}.${i}.key`, code: 'duplicate_key' });
      seen.add(k);
    });
  };
  dup(
    d.materials.map((m) => m.key),
    'materials',
  );
  dup(
    d.process.map((s) => s.key),
    'process',
  );
  dup(
    d.fees.map((f) => f.key),
    'fees',
  );
  d.fees.forEach((f, i) => {
    if (f.pricing.rule === 'tiered') {
      const last = f.pricing.tiers.at(-1);
      if (last && last.upTo !== null)
        problems.push({ field: `fees.${i}.pricing.tiers`, code: 'last_tier_must_be_open' });
    }
  });
  if (d.joint && d.joint.coDepartmentIds.includes(d.joint.leadDepartmentId)) {
    problems.push({ field: 'joint.coDepartmentIds', code: 'lead_is_also_co' });
  }
  problems.push(...formSchemaProblems(d.formSchema));
  return problems;
}

export function formSchemaProblems(schema: Record<string, unknown>): DefinitionProblem[] {
  if (schema.type !== 'object') return [{ field: 'formSchema.type', code: 'must_be_object' }];
  const text = JSON.stringify(schema);
  if (/"\$ref"\s*:\s*"(?!#)/.test(text)) return [{ field: 'formSchema', code: 'remote_ref_not_allowed' }];
  try {
    validatorFor(schema, text);
    return [];
  } catch (err) {
    return [
      { field: 'formSchema', code: `invalid_schema: ${err instanceof Error ? err.message.slice(0, 200) : 'invalid'}` },
    ];
  }
}

/** Validates applicant form data against an item's form schema; returns each failing field. */
export function formDataProblems(schema: Record<string, unknown>, data: unknown): DefinitionProblem[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({
    field:
      (e.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
        (e.params as { missingProperty?: string }).missingProperty) ??
      '',
    code: e.keyword,
  }));
}

/** Pinyin initials (食品经营许可 → spjyxk) so the public can search by initials on a phone keyboard. */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** What the catalogue search matches against: names, keywords, themes, department, and initials. */
export function searchText(d: ItemDefinition, departmentName: string): string {
  const words = [d.name, d.nameEn, ...d.keywords, ...d.themes, departmentName, d.basicCode];
  return [...words, pinyinInitials(d.name), ...d.keywords.map(pinyinInitials)].join(' ').toLowerCase();
}

/** The names of the top-level fields that differ between two definitions, for the history. */
export function changedFields(before: ItemDefinition | null, after: ItemDefinition): string[] {
  if (!before) return Object.keys(after);
  return Object.keys(after).filter(
    (k) => JSON.stringify(before[k as keyof ItemDefinition]) !== JSON.stringify(after[k as keyof ItemDefinition]),
  );
}

export type ItemStatus = 'draft' | 'in_review' | 'published';

/** Who may move an item's draft where (R-SUP-5): windows maintain, supervisors publish. */
export const itemTransitions = {
  submit: { from: ['draft'], role: 'window_clerk' },
  publish: { from: ['in_review'], role: 'supervisor' },
  return: { from: ['in_review'], role: 'supervisor' },
} as const satisfies Record<string, { from: readonly ItemStatus[]; role: string }>;

/** The row of a newly published version: the definition frozen with what search and lists need. */
export function versionRow(
  item: { id: string; centre_id: string; department_id: string; window_id: string },
  versionNo: number,
  definition: ItemDefinition,
  previous: ItemDefinition | null,
  departmentName: string,
  by: { submittedBy: string | null; publishedBy: string },
) {
  return {
    item_id: item.id,
    version_no: versionNo,
    centre_id: item.centre_id,
    department_id: item.department_id,
    window_id: item.window_id,
    name: definition.name,
    basic_code: definition.basicCode,
    implementation_code: definition.implementationCode,
    handling_level: definition.handlingLevel,
    audience: definition.audience,
    themes: definition.themes,
    online_application: definition.onlineApplication,
    is_joint: definition.joint !== null,
    definition: JSON.stringify(definition),
    search_text: searchText(definition, departmentName),
    file_shas: definition.materials.flatMap((m) =>
      [m.formTemplate?.sha256, m.sampleText?.sha256].filter((s): s is string => !!s),
    ),
    changed_fields: changedFields(previous, definition),
    submitted_by: by.submittedBy,
    published_by: by.publishedBy,
  };
}
