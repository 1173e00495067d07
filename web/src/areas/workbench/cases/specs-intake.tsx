// Dialogs of the window's first answer to an application (Art. 32): accept, do not accept, ask for
// a supplement all at once, and the township's pass-up (Art. 43).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { defineAction, optionalText, text } from './action-spec';
import { checkMaterials, missingRequired } from './materials-panel';

const OTHER = '__other';

function AcceptFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.accept;
  const checks = checkMaterials(detail);
  const tolerable = checks.filter((m) => m.requirement === 'tolerable' && m.state !== 'received');
  const missing = missingRequired(checks);
  const chosen = Form.useWatch<string[] | undefined>('tolerated');
  return (
    <>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="tbc-gap"
          data-testid="accept-missing"
          title={x.missingRequired}
          description={missing.map((m) => m.name).join('、')}
        />
      )}
      {tolerable.length > 0 && (
        <>
          <Form.Item name="tolerated" label={x.tolerated} extra={x.toleratedHelp}>
            <Checkbox.Group
              className="tbc-vertical-checks"
              options={tolerable.map((m) => ({ value: m.key, label: m.name }))}
              data-testid="accept-tolerated"
            />
          </Form.Item>
          {chosen && chosen.length > 0 && (
            <Form.Item name="toleranceDays" label={x.toleranceDays} extra={x.toleranceDaysHelp}>
              <InputNumber min={1} max={60} precision={0} suffix={t.workingDays} data-testid="accept-tolerance-days" />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="note" label={x.note}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="action-note" />
      </Form.Item>
    </>
  );
}

export const accept = defineAction<{ tolerated?: string[]; toleranceDays?: number | null; note?: string }>({
  Fields: AcceptFields,
  build: (v, d) => {
    const tolerated = v.tolerated ?? [];
    return {
      action: 'accept',
      version: d.version,
      ...(tolerated.length ? { tolerated } : {}),
      ...(tolerated.length && v.toleranceDays ? { toleranceDays: v.toleranceDays } : {}),
      ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
    };
  },
});

function RejectFields() {
  const t = useStaffT().cases;
  const x = t.dialog.reject;
  return (
    <>
      <Alert type="info" showIcon className="tbc-gap" title={x.law} />
      <Form.Item
        name="reasons"
        label={x.reasons}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="action-reasons" />
      </Form.Item>
      <Form.Item name="competentOrgan" label={x.competentOrgan} extra={x.competentOrganHelp}>
        <Input maxLength={200} data-testid="action-competent-organ" />
      </Form.Item>
    </>
  );
}

export const reject = defineAction<{ reasons: string; competentOrgan?: string }>({
  Fields: RejectFields,
  danger: true,
  build: (v, d) => ({
    action: 'reject',
    version: d.version,
    reasons: text(v.reasons),
    ...(optionalText(v.competentOrgan) ? { competentOrgan: optionalText(v.competentOrgan) } : {}),
  }),
});

type SupplementRow = { materialKey?: string; problem?: string };

function SupplementFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.requestSupplement;
  const options = [
    ...detail.requiredMaterials.map((m) => ({ value: m.key, label: m.name })),
    { value: OTHER, label: x.other },
  ];
  return (
    <>
      <Alert type="warning" showIcon className="tbc-gap" title={x.oneTime} description={x.oneTimeHelp} />
      <Form.List
        name="items"
        rules={[
          {
            validator: async (_, rows: SupplementRow[] | undefined) => {
              if (!rows || rows.length === 0) throw new Error(x.atLeastOne);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div className="tbc-supplement-list" data-testid="supplement-items">
            {fields.map((field, i) => (
              <div key={field.key} className="tbc-supplement-row" data-testid="supplement-item">
                <span className="tbc-supplement-row__no">{i + 1}</span>
                <Form.Item
                  name={[field.name, 'materialKey']}
                  className="tbc-supplement-row__material"
                  rules={[{ required: true, message: x.pickMaterial }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={options}
                    placeholder={x.material}
                    aria-label={x.material}
                    data-testid="supplement-material"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'problem']}
                  className="tbc-supplement-row__problem"
                  rules={[{ required: true, whitespace: true, message: x.describe }]}
                >
                  <Input
                    maxLength={500}
                    placeholder={x.problem}
                    aria-label={x.problem}
                    data-testid="supplement-problem"
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={x.removeRow(i + 1)}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ problem: '' })}
              data-testid="supplement-add"
            >
              {x.addRow}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
      <Form.Item name="dueDays" label={x.dueDays} extra={x.dueDaysHelp} className="tbc-gap-top">
        <InputNumber min={1} max={60} precision={0} suffix={t.workingDays} data-testid="supplement-due-days" />
      </Form.Item>
      <Form.Item name="note" label={x.note}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="action-note" />
      </Form.Item>
    </>
  );
}

export const requestSupplement = defineAction<{ items: SupplementRow[]; dueDays?: number | null; note?: string }>({
  Fields: SupplementFields,
  wide: true,
  // Start from what the checklist already knows is missing or returned: the clerk adds the rest.
  initial: (d, t) => {
    const rows = missingRequired(checkMaterials(d)).map((m) => ({
      materialKey: m.key,
      problem: m.state === 'faulty' ? t.dialog.requestSupplement.faulty : t.dialog.requestSupplement.notSubmitted,
    }));
    return { items: rows.length ? rows : [{ problem: '' }] };
  },
  build: (v, d) => ({
    action: 'request_supplement',
    version: d.version,
    items: v.items.map((r) => ({
      materialKey: r.materialKey && r.materialKey !== OTHER ? r.materialKey : null,
      problem: text(r.problem),
    })),
    ...(v.dueDays ? { dueDays: v.dueDays } : {}),
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  }),
});

function PassUpFields() {
  const t = useStaffT().cases;
  const x = t.dialog.passUp;
  return (
    <>
      <Alert type="info" showIcon className="tbc-gap" title={x.law} />
      <Form.Item
        name="opinion"
        label={x.opinion}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="action-opinion" />
      </Form.Item>
    </>
  );
}

export const passUp = defineAction<{ opinion: string }>({
  Fields: PassUpFields,
  build: (v, d) => ({ action: 'pass_up', version: d.version, opinion: text(v.opinion) }),
});
