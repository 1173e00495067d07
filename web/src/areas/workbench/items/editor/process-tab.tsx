import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import type { ProcessStep, StepRole } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { Field, ProblemText, RowActions } from './fields';
import { LimitInput } from './limit-input';
import { moveItem, nextKey, removeAt } from './list-ops';
import type { TabProps } from './tab-props';

const roles: StepRole[] = ['window_clerk', 'approver', 'department_head'];

/** 办理流程: ordered steps, each with who handles it, an optional parallel group and a limit. */
export function ProcessTab({ d, update, readOnly }: TabProps & { readOnly: boolean }) {
  const t = usePortalT();
  const s = t.editor.subNames;
  const patch = (key: string, p: Partial<ProcessStep>) =>
    update((x) => ({ ...x, process: x.process.map((st) => (st.key === key ? { ...st, ...p } : st)) }));
  const add = () =>
    update(
      (x) => ({
        ...x,
        process: [
          ...x.process,
          {
            key: nextKey(
              'step',
              x.process.map((st) => st.key),
            ),
            name: '',
            role: 'approver',
            parallelGroup: null,
            limit: { value: 1, unit: 'working_days', explanation: '' },
          },
        ],
      }),
      true,
    );
  return (
    <div>
      <p className="tbi-hint">{t.editor.parallelHint}</p>
      <ProblemText path="process" />
      <ol className="tbi-rows" data-testid="step-rows">
        {d.process.map((st, i) => (
          <li key={st.key} className="tbi-row" data-testid="step-row" data-key={st.key}>
            <div className="tbi-row__head">
              <span className="tbi-row__no">{i + 1}</span>
              <span className="tbi-row__key">{st.key}</span>
              {!readOnly && (
                <RowActions
                  index={i}
                  count={d.process.length}
                  testPrefix="step"
                  onMove={(delta) => update((x) => ({ ...x, process: moveItem(x.process, i, delta) }), true)}
                  onRemove={() => update((x) => ({ ...x, process: removeAt(x.process, i) }), true)}
                />
              )}
            </div>
            <div className="tbi-row__grid tbi-row__grid--step">
              <Field label={s.name} path={`process.${i}.name`} required>
                <Input
                  value={st.name}
                  maxLength={100}
                  onChange={(e) => patch(st.key, { name: e.target.value })}
                  data-testid="step-name"
                />
              </Field>
              <Field label={s.role} path={`process.${i}.role`} required>
                <Select
                  value={st.role}
                  options={roles.map((r) => ({ value: r, label: t.labels.role[r] }))}
                  onChange={(r: StepRole) => patch(st.key, { role: r })}
                  data-testid="step-role"
                />
              </Field>
              <Field label={s.parallelGroup} path={`process.${i}.parallelGroup`}>
                <Input
                  value={st.parallelGroup ?? ''}
                  maxLength={40}
                  onChange={(e) => patch(st.key, { parallelGroup: e.target.value.trim() ? e.target.value : null })}
                  data-testid="step-group"
                />
              </Field>
              <LimitInput
                label={s.limit}
                path={`process.${i}.limit`}
                value={st.limit}
                onChange={(limit) => patch(st.key, { limit })}
                testId="step-limit"
              />
            </div>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button icon={<PlusOutlined />} onClick={add} data-testid="step-add">
          {t.editor.addStep}
        </Button>
      )}
    </div>
  );
}
