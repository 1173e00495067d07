import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { usePortalT } from '../../../portal/i18n';
import { Field, ProblemText } from './fields';
import { removeAt, setAt } from './list-ops';
import type { TabProps } from './tab-props';

/** 设定依据 (law + article) and 受理条件, each a list of at least one. */
export function BasisTab({ d, update }: TabProps) {
  const t = usePortalT();
  const e = t.editor;
  const s = e.subNames;
  return (
    <div>
      <h3 className="tbi-subhead">{e.fieldNames.legalBasis}</h3>
      <ProblemText path="legalBasis" />
      <ol className="tbi-basis">
        {d.legalBasis.map((b, i) => (
          <li key={i} className="tbi-basis__row" data-testid="basis-row">
            <Field label={s.law} path={`legalBasis.${i}.law`} required>
              <Input
                value={b.law}
                maxLength={200}
                placeholder="《中华人民共和国行政许可法》"
                onChange={(ev) =>
                  update((x) => ({ ...x, legalBasis: setAt(x.legalBasis, i, { ...b, law: ev.target.value }) }))
                }
                data-testid="basis-law"
              />
            </Field>
            <Field label={s.article} path={`legalBasis.${i}.article`} required>
              <Input
                value={b.article}
                maxLength={100}
                placeholder="第十二条"
                onChange={(ev) =>
                  update((x) => ({ ...x, legalBasis: setAt(x.legalBasis, i, { ...b, article: ev.target.value }) }))
                }
                data-testid="basis-article"
              />
            </Field>
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={t.common.remove}
              disabled={d.legalBasis.length <= 1}
              onClick={() => update((x) => ({ ...x, legalBasis: removeAt(x.legalBasis, i) }), true)}
            />
          </li>
        ))}
      </ol>
      <Button
        icon={<PlusOutlined />}
        onClick={() => update((x) => ({ ...x, legalBasis: [...x.legalBasis, { law: '', article: '' }] }), true)}
        data-testid="basis-add"
      >
        {e.addBasis}
      </Button>

      <h3 className="tbi-subhead">{e.fieldNames.conditions}</h3>
      <ProblemText path="conditions" />
      <ol className="tbi-conditions">
        {d.conditions.map((c, i) => (
          <li key={i} className="tbi-conditions__row">
            <Field label={e.condition(i + 1)} path={`conditions.${i}`} required>
              <Input.TextArea
                value={c}
                maxLength={500}
                autoSize={{ minRows: 1, maxRows: 6 }}
                onChange={(ev) => update((x) => ({ ...x, conditions: setAt(x.conditions, i, ev.target.value) }))}
                data-testid="condition-text"
              />
            </Field>
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={t.common.remove}
              disabled={d.conditions.length <= 1}
              onClick={() => update((x) => ({ ...x, conditions: removeAt(x.conditions, i) }), true)}
            />
          </li>
        ))}
      </ol>
      <Button
        icon={<PlusOutlined />}
        onClick={() => update((x) => ({ ...x, conditions: [...x.conditions, ''] }), true)}
        data-testid="condition-add"
      >
        {e.addCondition}
      </Button>
    </div>
  );
}
