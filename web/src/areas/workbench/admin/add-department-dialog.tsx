import { Form, Input } from 'antd';
import { apiPost } from '../../../api/client';
import { useStaffT } from '../account/i18n';
import { FormDialog } from './form-dialog';
import type { Centre, Department } from './org-types';

type Fields = { name: string; nameEn?: string; code?: string };

/** 新增部门 in the selected centre. */
export function AddDepartmentDialog({
  centre,
  onClose,
  onCreated,
}: {
  centre: Centre | null;
  onClose: () => void;
  onCreated: (department: Department) => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();

  async function submit(values: Fields) {
    if (!centre) return;
    const created = await apiPost<Department>(`/api/org/centres/${centre.id}/departments`, {
      name: values.name.trim(),
      nameEn: values.nameEn?.trim() || null,
      code: values.code?.trim() || null,
    });
    onCreated(created);
  }

  return (
    <FormDialog<Fields>
      open={centre !== null}
      title={centre ? `${t.admin.addDepartment} · ${centre.name}` : t.admin.addDepartment}
      testId="add-department"
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t.admin.departmentName} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="add-department-name" />
      </Form.Item>
      <Form.Item name="nameEn" label={t.admin.nameEn} rules={[{ max: 200 }]}>
        <Input data-testid="add-department-name-en" />
      </Form.Item>
      <Form.Item name="code" label={t.admin.departmentCode} rules={[{ max: 40 }]}>
        <Input data-testid="add-department-code" />
      </Form.Item>
    </FormDialog>
  );
}
