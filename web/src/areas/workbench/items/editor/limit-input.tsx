import { Form, Input, InputNumber, Select, Space } from 'antd';
import type { LimitUnit, TimeLimit } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { Field, useProblemAt } from './fields';

const units: LimitUnit[] = ['working_days', 'working_hours', 'working_minutes', 'natural_days'];

type Props = {
  label: string;
  path: string;
  value: TimeLimit;
  onChange: (v: TimeLimit) => void;
  testId: string;
  /** The explanation is published for the item's limits; a step's is internal and optional. */
  explanation?: boolean;
};

/** A limit as value + unit (working days, hours, minutes or calendar days) and its explanation. */
export function LimitInput({ label, path, value, onChange, testId, explanation = true }: Props) {
  const t = usePortalT();
  const s = t.editor.subNames;
  const valueProblem = useProblemAt(`${path}.value`);
  const unitProblem = useProblemAt(`${path}.unit`);
  const problem = valueProblem ?? unitProblem;
  return (
    <>
      <Form.Item label={label} required validateStatus={problem ? 'error' : undefined} help={problem}>
        <Space.Compact>
          <InputNumber
            value={value.value}
            min={0}
            max={3650}
            precision={0}
            aria-label={`${label} ${s.value}`}
            onChange={(v) => onChange({ ...value, value: v ?? 0 })}
            data-testid={`${testId}-value`}
          />
          <Select
            value={value.unit}
            aria-label={`${label} ${s.unit}`}
            className="tbi-unit"
            options={units.map((u) => ({ value: u, label: t.labels.limitUnit[u] }))}
            onChange={(u: LimitUnit) => onChange({ ...value, unit: u })}
            data-testid={`${testId}-unit`}
          />
        </Space.Compact>
      </Form.Item>
      {explanation && (
        <Field label={`${label} · ${s.explanation}`} path={`${path}.explanation`}>
          <Input.TextArea
            value={value.explanation}
            maxLength={500}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => onChange({ ...value, explanation: e.target.value })}
            data-testid={`${testId}-explanation`}
          />
        </Field>
      )}
    </>
  );
}
