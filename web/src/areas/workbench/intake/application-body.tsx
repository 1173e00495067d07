import type { FormInstance } from 'antd';
import { useRef } from 'react';
import { ApiError } from '../../../api/client';
import type { MaterialRef } from '../../../api/cases';
import { cleanFormValues, JsonSchemaForm, readFormSchema } from '../../../components/json-schema-form';
import type { Guide } from '../../portal/catalogue/types';
import { useStaffT } from '../account/i18n';
import { MaterialUploads, type UploadedMaterial } from './material-uploads';

/** The form and materials of one application against an item's published guide. */
export type ApplicationDraft = { uploads: UploadedMaterial[]; busy: boolean };

export function ApplicationBody({
  guide,
  form,
  draft,
  onDraft,
  name,
}: {
  guide: Guide;
  form: FormInstance;
  draft: ApplicationDraft;
  onDraft: (next: ApplicationDraft) => void;
  /** Prefix of the form inputs' ids and test ids. */
  name: string;
}) {
  const t = useStaffT().intake;
  const latest = useRef(draft);
  latest.current = draft;
  const materials = guide.definition.materials.map((m) => ({ key: m.key, name: m.name, requirement: m.requirement }));
  return (
    <>
      <section className="tb-staff-panel" aria-labelledby={`${name}-form-title`}>
        <h2 id={`${name}-form-title`}>{t.formTitle}</h2>
        <JsonSchemaForm schema={guide.definition.formSchema} ui={guide.definition.formUi} form={form} name={name} />
      </section>
      <section className="tb-staff-panel" aria-labelledby={`${name}-materials-title`}>
        <h2 id={`${name}-materials-title`}>{t.materialsTitle}</h2>
        <MaterialUploads
          materials={materials}
          value={draft.uploads}
          onChange={(uploads) => onDraft({ ...latest.current, uploads })}
          onBusyChange={(busy) => {
            if (busy !== latest.current.busy) onDraft({ ...latest.current, busy });
          }}
        />
      </section>
    </>
  );
}

/** Validates the form; its cleaned values, or null with the problems shown on the fields. */
export async function collectForm(guide: Guide, form: FormInstance): Promise<Record<string, unknown> | null> {
  const reading = readFormSchema(guide.definition.formSchema, guide.definition.formUi);
  if (!reading.ok) return null;
  try {
    const values = (await form.validateFields()) as Record<string, unknown>;
    return cleanFormValues(reading.fields, values);
  } catch {
    return null;
  }
}

export const materialRefs = (uploads: UploadedMaterial[]): MaterialRef[] =>
  uploads.map((u) => ({ materialKey: u.materialKey, uploadId: u.uploadId }));

/** Required materials not uploaded. */
export function missingRequired(guide: Guide, uploads: UploadedMaterial[]) {
  return guide.definition.materials.filter(
    (m) => m.requirement === 'required' && !uploads.some((u) => u.materialKey === m.key),
  );
}

/**
 * The server's form problems ({field, code}) put on the form's fields, so they show where the
 * clerk types; true when there were some.
 */
export function showFormProblems(
  err: unknown,
  form: FormInstance,
  guide: Guide,
  messages: Record<string, string>,
): boolean {
  if (!(err instanceof ApiError) || err.code !== 'case.invalid_form' || !Array.isArray(err.details)) return false;
  const names = new Set(
    Object.keys((guide.definition.formSchema.properties as Record<string, unknown> | undefined) ?? {}),
  );
  const fields = (err.details as Array<{ field?: unknown; code?: unknown }>)
    .filter((p) => typeof p.field === 'string' && names.has(p.field))
    .map((p) => ({ name: p.field as string, errors: [messages[String(p.code)] ?? String(p.code)] }));
  form.setFields(fields);
  return fields.length > 0;
}
