import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { readFormSchema } from '../../../../components/json-schema-form';
import { usePortalT } from '../../../portal/i18n';
import { FeeCard } from './fee-card';
import { moveItem, nextKey, removeAt } from './list-ops';
import type { TabProps } from './tab-props';

/** 收费: fee items with their pricing rule; none means the item is free. */
export function FeesTab({ d, update, readOnly }: TabProps & { readOnly: boolean }) {
  const t = usePortalT();
  const form = readFormSchema(d.formSchema, d.formUi);
  const quantityFields = form.ok
    ? form.fields
        .filter((f) => f.kind === 'number' || f.kind === 'integer')
        .map((f) => ({ value: f.name, label: `${f.name}（${f.title}）` }))
    : [];
  const add = () =>
    update(
      (x) => ({
        ...x,
        fees: [
          ...x.fees,
          {
            key: nextKey(
              'fee',
              x.fees.map((f) => f.key),
            ),
            name: '',
            legalBasis: '',
            standard: '',
            pricing: { rule: 'fixed', amountFen: 0 },
            paymentMode: 'window',
            financeCode: '',
          },
        ],
      }),
      true,
    );
  return (
    <div>
      {d.fees.length === 0 && <Empty description={t.editor.noFees} data-testid="fees-empty" />}
      <ol className="tbi-rows">
        {d.fees.map((fee, i) => (
          <FeeCard
            key={fee.key}
            fee={fee}
            index={i}
            count={d.fees.length}
            readOnly={readOnly}
            quantityFields={quantityFields}
            onPatch={(patch) =>
              update((x) => ({ ...x, fees: x.fees.map((f) => (f.key === fee.key ? { ...f, ...patch } : f)) }))
            }
            onMove={(delta) => update((x) => ({ ...x, fees: moveItem(x.fees, i, delta) }), true)}
            onRemove={() => update((x) => ({ ...x, fees: removeAt(x.fees, i) }), true)}
          />
        ))}
      </ol>
      {!readOnly && (
        <Button icon={<PlusOutlined />} onClick={add} data-testid="fee-add">
          {t.editor.addFee}
        </Button>
      )}
    </div>
  );
}
