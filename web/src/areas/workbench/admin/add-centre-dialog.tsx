import { Form, Input, Select } from 'antd';
import { apiPost } from '../../../api/client';
import { useStaffT } from '../account/i18n';
import { FormDialog } from './form-dialog';
import { childLevel, divisionRule, type Centre, type CentreLevel } from './org-types';

type Fields = {
  level: CentreLevel;
  divisionCode: string;
  name: string;
  nameEn?: string;
  address?: string;
  telephone?: string;
  docPrefix?: string;
};

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** 新增下级中心 under the selected centre: the level follows from the parent's. */
export function AddCentreDialog({
  parent,
  onClose,
  onCreated,
}: {
  parent: Centre | null;
  onClose: () => void;
  onCreated: (centre: Centre) => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();
  const level = parent ? childLevel[parent.level] : null;
  const rule = parent ? divisionRule(parent) : null;

  async function submit(values: Fields) {
    if (!parent) return;
    const created = await apiPost<Centre>('/api/org/centres', {
      parentId: parent.id,
      level: values.level,
      divisionCode: values.divisionCode.trim(),
      name: values.name.trim(),
      nameEn: orNull(values.nameEn),
      address: orNull(values.address),
      telephone: orNull(values.telephone),
      docPrefix: orNull(values.docPrefix),
    });
    onCreated(created);
  }

  return (
    <FormDialog<Fields>
      open={parent !== null && level !== null}
      title={parent ? `${t.admin.addCentre} · ${parent.name}` : t.admin.addCentre}
      testId="add-centre"
      form={form}
      initialValues={level ? { level } : {}}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="tb-staff-lead" data-testid="add-centre-parent">
        {t.common.labelled(t.admin.parent, parent ? `${parent.name}（${parent.divisionCode}）` : '')}
      </p>
      <div className="tb-form-row">
        <Form.Item name="level" label={t.admin.levelLabel} rules={[{ required: true }]}>
          <Select
            data-testid="add-centre-level"
            options={level ? [{ value: level, label: t.admin.level[level] }] : []}
          />
        </Form.Item>
        <Form.Item
          name="divisionCode"
          label={t.admin.divisionCode}
          extra={rule ? t.admin.divisionHint(rule.length, rule.prefix) : undefined}
          rules={[
            { required: true },
            {
              validator: async (_, value: string | undefined) => {
                const code = value?.trim() ?? '';
                if (!code || !rule) return;
                if (!/^\d+$/.test(code) || code.length !== rule.length || !code.startsWith(rule.prefix))
                  throw new Error(t.admin.divisionInvalid(rule.length, rule.prefix));
              },
            },
          ]}
        >
          <Input data-testid="add-centre-division-code" inputMode="numeric" maxLength={12} />
        </Form.Item>
      </div>
      <Form.Item name="name" label={t.admin.centreName} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="add-centre-name" />
      </Form.Item>
      <Form.Item name="nameEn" label={t.admin.nameEn} rules={[{ max: 200 }]}>
        <Input data-testid="add-centre-name-en" />
      </Form.Item>
      <Form.Item name="address" label={t.admin.address} rules={[{ max: 200 }]}>
        <Input data-testid="add-centre-address" />
      </Form.Item>
      <div className="tb-form-row">
        <Form.Item name="telephone" label={t.admin.telephone} rules={[{ max: 40 }]}>
          <Input data-testid="add-centre-telephone" />
        </Form.Item>
        <Form.Item name="docPrefix" label={t.admin.docPrefix} rules={[{ max: 10 }]}>
          <Input data-testid="add-centre-doc-prefix" />
        </Form.Item>
      </div>
    </FormDialog>
  );
}
