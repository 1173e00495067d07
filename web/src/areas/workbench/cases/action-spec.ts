import type { ComponentType } from 'react';
import type { CaseDetail, TransitionInput } from '../../../api/cases';
import type { StaffDictionary } from '../../../i18n/staff-zh';

type CasesT = StaffDictionary['cases'];

/** One action's dialog: its fields, their starting values, and the TransitionInput they make. */
export type ActionSpec = {
  Fields: ComponentType<{ detail: CaseDetail }>;
  initial?: (d: CaseDetail, t: CasesT) => Record<string, unknown>;
  build: (values: Record<string, unknown>, d: CaseDetail) => TransitionInput;
  /** Ends or reverses the case: red button, and the dialog says so. */
  danger?: boolean;
  wide?: boolean;
};

/** Typed at the definition, erased for the registry (each dialog's form has its own values). */
export function defineAction<V extends object>(spec: {
  Fields: ComponentType<{ detail: CaseDetail }>;
  initial?: (d: CaseDetail, t: CasesT) => Partial<V>;
  build: (values: V, d: CaseDetail) => TransitionInput;
  danger?: boolean;
  wide?: boolean;
}): ActionSpec {
  const { initial } = spec;
  return {
    Fields: spec.Fields,
    ...(initial ? { initial: (d: CaseDetail, t: CasesT) => initial(d, t) } : {}),
    build: (values, d) => spec.build(values as unknown as V, d),
    ...(spec.danger ? { danger: true } : {}),
    ...(spec.wide ? { wide: true } : {}),
  };
}

/** Trimmed text, or undefined when empty (optional fields are left out of the body). */
export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
