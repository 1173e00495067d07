import { Form, Input, InputNumber, Select } from 'antd';
import { apiPatch, apiPost } from '../../../api/client';
import { useStaffT } from '../account/i18n';
import type { WindowView } from '../home/window-card';
import { FloorPlan } from './floor-plan';
import { FormDialog } from './form-dialog';
import type { Centre, Department } from './org-types';

type Fields = {
  departmentId?: string;
  number: string;
  name: string;
  floor: number;
  posX: number;
  posY: number;
  telephone?: string;
};

/** 新增窗口 / 修改窗口, with the hall's floor plan showing where the window will stand. */
export function WindowDialog({
  centre,
  editing,
  departments,
  windows,
  open,
  onClose,
  onSaved,
  onReload,
}: {
  centre: Centre;
  /** The window being changed; null adds one. */
  editing: WindowView | null;
  departments: Department[];
  windows: WindowView[];
  open: boolean;
  onClose: () => void;
  onSaved: (w: WindowView) => void;
  onReload: () => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();
  const floor = Form.useWatch('floor', form) ?? editing?.floor ?? 1;
  const posX = Form.useWatch('posX', form) ?? 500;
  const posY = Form.useWatch('posY', form) ?? 500;
  const number = Form.useWatch('number', form) ?? '';
  const name = Form.useWatch('name', form) ?? '';

  async function submit(values: Fields) {
    const body = {
      number: values.number.trim(),
      name: values.name.trim(),
      floor: values.floor,
      posX: values.posX,
      posY: values.posY,
      telephone: values.telephone?.trim() || null,
    };
    const saved = editing
      ? await apiPatch<WindowView>(`/api/org/windows/${editing.id}`, { ...body, version: editing.version })
      : await apiPost<WindowView>(`/api/org/centres/${centre.id}/windows`, {
          ...body,
          departmentId: values.departmentId,
        });
    onSaved(saved);
  }

  const markers = [
    ...windows
      .filter((w) => w.floor === floor && w.id !== editing?.id)
      .map((w) => ({ key: w.id, number: w.number, name: w.name, posX: w.posX, posY: w.posY })),
    { key: 'new', number, name, posX, posY, isNew: true },
  ];
  const initial: Partial<Fields> = editing
    ? {
        number: editing.number,
        name: editing.name,
        floor: editing.floor,
        posX: editing.posX,
        posY: editing.posY,
        telephone: editing.telephone ?? '',
      }
    : { floor: 1, posX: 500, posY: 500, ...(departments.length === 1 ? { departmentId: departments[0]?.id } : {}) };

  return (
    <FormDialog<Fields>
      open={open}
      title={`${editing ? t.admin.editWindow : t.admin.addWindow} · ${centre.name}`}
      testId={editing ? 'edit-window' : 'add-window'}
      form={form}
      initialValues={initial}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <div className="tb-window-dialog">
        <div>
          {!editing && (
            <Form.Item name="departmentId" label={t.admin.windowDepartment} rules={[{ required: true }]}>
              <Select
                data-testid="window-department"
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          )}
          <Form.Item name="number" label={t.admin.windowNumber} rules={[{ required: true, whitespace: true, max: 20 }]}>
            <Input data-testid="window-number" />
          </Form.Item>
          <Form.Item name="name" label={t.admin.windowName} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input data-testid="window-name" />
          </Form.Item>
          <div className="tb-form-row tb-form-row--3">
            <Form.Item
              name="floor"
              label={t.admin.floor}
              rules={[{ required: true, type: 'integer', min: -5, max: 50 }]}
            >
              <InputNumber data-testid="window-floor" min={-5} max={50} precision={0} />
            </Form.Item>
            <Form.Item
              name="posX"
              label={t.admin.posX}
              rules={[{ required: true, type: 'integer', min: 0, max: 1000 }]}
            >
              <InputNumber data-testid="window-pos-x" min={0} max={1000} precision={0} />
            </Form.Item>
            <Form.Item
              name="posY"
              label={t.admin.posY}
              rules={[{ required: true, type: 'integer', min: 0, max: 1000 }]}
            >
              <InputNumber data-testid="window-pos-y" min={0} max={1000} precision={0} />
            </Form.Item>
          </div>
          <p className="tb-field-hint">{t.admin.posHint}</p>
          <Form.Item name="telephone" label={t.admin.telephone} rules={[{ max: 40 }]}>
            <Input data-testid="window-telephone" />
          </Form.Item>
        </div>
        <FloorPlan floor={floor} markers={markers} />
      </div>
    </FormDialog>
  );
}
