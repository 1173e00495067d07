import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, InputNumber, Radio, Select } from 'antd';
import type { FeeItem, PaymentMode, Pricing, PricingRule, Tier } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { Field, ProblemText, RowActions } from './fields';
import { removeAt, setAt } from './list-ops';

type Props = {
  fee: FeeItem;
  index: number;
  count: number;
  readOnly: boolean;
  onPatch: (patch: Partial<FeeItem>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Number fields of the online form, offered as the quantity a per-unit or tiered fee counts. */
  quantityFields: { value: string; label: string }[];
};

// Amounts are typed in 元 and stored in 分 (integer fen), as the server and the treasury count.
const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number | null) => Math.round((yuan ?? 0) * 100);

function switchRule(p: Pricing, rule: PricingRule): Pricing {
  const unit = p.rule === 'fixed' ? '' : p.unit;
  const quantityField = p.rule === 'fixed' ? '' : p.quantityField;
  if (rule === 'fixed') return { rule, amountFen: p.rule === 'fixed' ? p.amountFen : 0 };
  if (rule === 'per_unit') return { rule, unitFen: p.rule === 'per_unit' ? p.unitFen : 0, unit, quantityField };
  return { rule, unit, quantityField, tiers: p.rule === 'tiered' ? p.tiers : [{ upTo: null, unitFen: 0 }] };
}

function YuanInput({
  fen,
  onFen,
  testId,
  label,
}: {
  fen: number;
  onFen: (fen: number) => void;
  testId: string;
  label: string;
}) {
  return (
    <InputNumber
      value={toYuan(fen)}
      min={0}
      precision={2}
      step={1}
      aria-label={label}
      className="tbi-money"
      onChange={(v) => onFen(toFen(v))}
      data-testid={testId}
    />
  );
}

/** One fee item: name, legal basis (required, Art. 58), standard, pricing rule, payment mode, finance code. */
export function FeeCard({ fee, index, count, readOnly, onPatch, onMove, onRemove, quantityFields }: Props) {
  const t = usePortalT();
  const e = t.editor;
  const s = e.subNames;
  const p = `fees.${index}`;
  const pricing = fee.pricing;
  const setPricing = (next: Pricing) => onPatch({ pricing: next });
  const modes: PaymentMode[] = ['bank', 'window', 'invoice_book'];
  const tiers = pricing.rule === 'tiered' ? pricing.tiers : [];
  const setTiers = (next: Tier[]) => pricing.rule === 'tiered' && setPricing({ ...pricing, tiers: next });

  return (
    <li className="tbi-row" data-testid="fee-row" data-key={fee.key}>
      <div className="tbi-row__head">
        <span className="tbi-row__no">{index + 1}</span>
        <span className="tbi-row__key">{fee.key}</span>
        {!readOnly && <RowActions index={index} count={count} onMove={onMove} onRemove={onRemove} testPrefix="fee" />}
      </div>
      <div className="tbi-grid">
        <Field label={s.name} path={`${p}.name`} required>
          <Input
            value={fee.name}
            maxLength={100}
            onChange={(ev) => onPatch({ name: ev.target.value })}
            data-testid="fee-name"
          />
        </Field>
        <Field label={s.financeCode} path={`${p}.financeCode`} required extra={e.financeHint}>
          <Input
            value={fee.financeCode}
            maxLength={20}
            onChange={(ev) => onPatch({ financeCode: ev.target.value.toUpperCase() })}
            data-testid="fee-finance-code"
          />
        </Field>
        <Field label={s.legalBasis} path={`${p}.legalBasis`} required>
          <Input.TextArea
            value={fee.legalBasis}
            maxLength={300}
            autoSize={{ minRows: 2, maxRows: 5 }}
            onChange={(ev) => onPatch({ legalBasis: ev.target.value })}
            data-testid="fee-legal-basis"
          />
        </Field>
        <Field label={s.standard} path={`${p}.standard`} required>
          <Input.TextArea
            value={fee.standard}
            maxLength={300}
            autoSize={{ minRows: 2, maxRows: 5 }}
            onChange={(ev) => onPatch({ standard: ev.target.value })}
            data-testid="fee-standard"
          />
        </Field>
        <Field label={s.paymentMode} path={`${p}.paymentMode`} required>
          <Select
            value={fee.paymentMode}
            options={modes.map((m) => ({ value: m, label: t.labels.paymentMode[m] }))}
            onChange={(m: PaymentMode) => onPatch({ paymentMode: m })}
            data-testid="fee-payment-mode"
          />
        </Field>
        <Field label={s.rule} path={`${p}.pricing.rule`} required>
          <Radio.Group
            value={pricing.rule}
            optionType="button"
            options={(['fixed', 'per_unit', 'tiered'] as const).map((r) => ({
              value: r,
              label: t.labels.pricingRule[r],
            }))}
            onChange={(ev) => setPricing(switchRule(pricing, ev.target.value as PricingRule))}
            data-testid="fee-rule"
          />
        </Field>
        {pricing.rule === 'fixed' && (
          <Field label={e.amountYuan} path={`${p}.pricing.amountFen`} required>
            <YuanInput
              fen={pricing.amountFen}
              onFen={(amountFen) => setPricing({ ...pricing, amountFen })}
              testId="fee-amount"
              label={e.amountYuan}
            />
          </Field>
        )}
        {pricing.rule === 'per_unit' && (
          <Field label={e.unitPriceYuan} path={`${p}.pricing.unitFen`} required>
            <YuanInput
              fen={pricing.unitFen}
              onFen={(unitFen) => setPricing({ ...pricing, unitFen })}
              testId="fee-unit-price"
              label={e.unitPriceYuan}
            />
          </Field>
        )}
        {pricing.rule !== 'fixed' && (
          <>
            <Field label={e.unit} path={`${p}.pricing.unit`} required>
              <Input
                value={pricing.unit}
                maxLength={20}
                placeholder="平方米"
                onChange={(ev) => setPricing({ ...pricing, unit: ev.target.value })}
                data-testid="fee-unit"
              />
            </Field>
            <Field label={e.quantityField} path={`${p}.pricing.quantityField`} required extra={e.quantityHint}>
              <AutoComplete
                value={pricing.quantityField}
                options={quantityFields}
                onChange={(v: string) => setPricing({ ...pricing, quantityField: v })}
                data-testid="fee-quantity-field"
              />
            </Field>
          </>
        )}
      </div>
      {pricing.rule === 'tiered' && (
        <div className="tbi-tiers">
          <h4>{e.tiers}</h4>
          <ProblemText path={`${p}.pricing.tiers`} />
          <ol>
            {tiers.map((tier, i) => (
              <li key={i} className="tbi-tier" data-testid="fee-tier">
                <span className="tbi-tier__label">{e.upTo}</span>
                <InputNumber
                  value={tier.upTo}
                  min={0}
                  placeholder={e.upToOpen}
                  aria-label={e.upTo}
                  onChange={(v) => setTiers(setAt(tiers, i, { ...tier, upTo: v === null || v <= 0 ? null : v }))}
                  data-testid="fee-tier-up-to"
                />
                <span className="tbi-tier__unit">{pricing.unit}</span>
                <span className="tbi-tier__label">{e.unitPriceYuan}</span>
                <YuanInput
                  fen={tier.unitFen}
                  onFen={(unitFen) => setTiers(setAt(tiers, i, { ...tier, unitFen }))}
                  testId="fee-tier-price"
                  label={e.unitPriceYuan}
                />
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t.common.remove}
                  disabled={tiers.length <= 1}
                  onClick={() => setTiers(removeAt(tiers, i))}
                />
              </li>
            ))}
          </ol>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setTiers([...tiers, { upTo: null, unitFen: 0 }])}>
            {e.addTier}
          </Button>
        </div>
      )}
    </li>
  );
}
