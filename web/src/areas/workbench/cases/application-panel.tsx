import { useMemo } from 'react';
import type { CaseDetail } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import { readFormSchema } from '../../../components/json-schema-form';
import type { Guide } from '../../portal/catalogue/types';
import { useStaffT } from '../account/i18n';

function show(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => show(v, yes, no)).join('、');
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * Who applied and the form they filled in. The case carries the values only; the titles come from
 * the item version the case was made against (its published guide), falling back to the keys.
 */
export function ApplicationPanel({ detail: d }: { detail: CaseDetail }) {
  const t = useStaffT();
  const c = t.cases;
  const guide = useLoad<Guide>(`/api/catalogue/versions/${d.itemVersionId}`);
  const rows = useMemo(() => {
    const reading = guide.data ? readFormSchema(guide.data.definition.formSchema, guide.data.definition.formUi) : null;
    const fields = reading?.ok ? reading.fields : [];
    const known = fields.filter((f) => f.name in d.formData).map((f) => ({ key: f.name, title: f.title }));
    const rest = Object.keys(d.formData)
      .filter((k) => !fields.some((f) => f.name === k))
      .map((k) => ({ key: k, title: k }));
    return [...known, ...rest];
  }, [guide.data, d.formData]);

  return (
    <section className="tb-staff-panel" aria-labelledby="tbc-application-title" data-testid="case-application">
      <h2 id="tbc-application-title">{c.sections.application}</h2>
      <dl className="tbc-kv">
        <div className="tbc-kv__row">
          <dt>{c.applicantName}</dt>
          <dd data-testid="case-applicant">{d.applicantName}</dd>
        </div>
        {d.agentName && (
          <div className="tbc-kv__row">
            <dt>{c.agentName}</dt>
            <dd>{d.agentName}</dd>
          </div>
        )}
        {rows.map((r) => (
          <div key={r.key} className="tbc-kv__row" data-field={r.key}>
            <dt>{r.title}</dt>
            <dd>{show(d.formData[r.key], t.common.yes, t.common.no)}</dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 && <p className="tbc-muted">{c.noFormData}</p>}
    </section>
  );
}
