import { Alert, Checkbox, Form, Input, InputNumber, Radio, Select, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { checkField } from './field-check';
import { useFormT, type FormDictionary } from './i18n';
import { readFormSchema, type FormField } from './schema-fields';
import './json-schema-form.css';

export type JsonSchemaFormProps = {
  /** The form's JSON Schema (type "object"); anything else is reported, not thrown. */
  schema: unknown;
  /** formUi: `ui:order`, and per field `ui:widget` (textarea, date, radio, checkboxes), `ui:help`, `ui:placeholder`. */
  ui?: unknown;
  form?: FormInstance;
  /** Prefix of the inputs' ids (`<name>_<field>`); keep distinct when two forms share a page. */
  name?: string;
  disabled?: boolean;
  initialValues?: Record<string, unknown>;
};

function control(f: FormField, testId: string) {
  const options = f.options.map((o) => ({ value: o.value, label: o.label }));
  switch (f.kind) {
    case 'textarea':
      return <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={f.placeholder} data-testid={testId} />;
    case 'date':
      return <Input type="date" data-testid={testId} />;
    case 'select':
      return <Select options={options} allowClear={!f.required} placeholder={f.placeholder} data-testid={testId} />;
    case 'radio':
      return <Radio.Group options={options} data-testid={testId} />;
    case 'number':
    case 'integer':
      return <InputNumber className="jsf-number" placeholder={f.placeholder} data-testid={testId} />;
    case 'checkboxes':
      return <Checkbox.Group className="jsf-checkboxes" options={options} data-testid={testId} />;
    case 'multiselect':
      return <Select mode="multiple" options={options} placeholder={f.placeholder} data-testid={testId} />;
    default:
      return <Input placeholder={f.placeholder} data-testid={testId} />;
  }
}

function FieldItem({ f, t, prefix }: { f: FormField; t: FormDictionary; prefix: string }) {
  const rules = [
    {
      validator: (_: unknown, value: unknown) => {
        const problem = checkField(f, value, t);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    },
  ];
  const extra = [f.description, f.help].filter(Boolean).join(' ');
  const testId = `${prefix}-${f.name}`;
  if (f.kind === 'unsupported') {
    return <Alert className="jsf-unsupported" type="warning" showIcon title={`${f.title} — ${t.unsupported}`} />;
  }
  if (f.kind === 'boolean') {
    return (
      <Form.Item name={f.name} valuePropName="checked" rules={rules} extra={extra || undefined} required={f.mustBeTrue}>
        <Checkbox data-testid={testId}>{f.title}</Checkbox>
      </Form.Item>
    );
  }
  return (
    <Form.Item name={f.name} label={f.title} rules={rules} required={f.required} extra={extra || undefined}>
      {control(f, testId)}
    </Form.Item>
  );
}

/**
 * An online application form rendered from its JSON Schema. Validation runs in the browser with the
 * same limits the server checks (required, lengths, pattern, ranges, integer, items); call
 * `form.validateFields()` and send `cleanFormValues(fields, values)`.
 */
export function JsonSchemaForm({ schema, ui, form, name = 'jsf', disabled, initialValues }: JsonSchemaFormProps) {
  const t = useFormT();
  const reading = useMemo(() => readFormSchema(schema, ui), [schema, ui]);
  const initial = useMemo(() => {
    if (!reading.ok) return initialValues;
    const defaults: Record<string, unknown> = {};
    for (const f of reading.fields) if (f.defaultValue !== undefined) defaults[f.name] = f.defaultValue;
    return { ...defaults, ...initialValues };
  }, [reading, initialValues]);

  if (!reading.ok) return <Alert type="error" showIcon title={t.notObject} data-testid={`${name}-schema-problem`} />;
  if (reading.fields.length === 0) return <Alert type="info" showIcon title={t.noFields} />;
  return (
    <Form
      form={form}
      name={name}
      layout="vertical"
      className="jsf-form"
      disabled={disabled}
      initialValues={initial}
      data-testid={`${name}-form`}
    >
      {reading.fields.map((f) => (
        <FieldItem key={f.name} f={f} t={t} prefix={name} />
      ))}
    </Form>
  );
}
