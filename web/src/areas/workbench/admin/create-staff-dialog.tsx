import { Form, Input } from 'antd';
import { apiPost } from '../../../api/client';
import { useStaffT } from '../account/i18n';
import { BindingFields, bindingBody, type BindingValues } from './binding-fields';
import { FormDialog } from './form-dialog';
import { workRoleNames, type StaffAccount } from './org-types';

type Fields = BindingValues & { username: string; displayName: string; mobile?: string; initialPassword: string };

/**
 * 新增人员 with its first post. The system administrator cannot create administrators (三权分立),
 * so only working roles are offered.
 */
export function CreateStaffDialog({
  open,
  centreId,
  onClose,
  onCreated,
}: {
  open: boolean;
  centreId: string;
  onClose: () => void;
  onCreated: (account: StaffAccount) => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();

  async function submit(values: Fields) {
    const created = await apiPost<StaffAccount>('/api/staff', {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      mobile: values.mobile?.trim() || null,
      initialPassword: values.initialPassword,
      ...bindingBody(values),
    });
    onCreated(created);
  }

  return (
    <FormDialog<Fields>
      open={open}
      title={t.admin.addStaff}
      testId="create-staff"
      form={form}
      initialValues={{ centreId }}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="tb-form-row">
        <Form.Item
          name="username"
          label={t.admin.username}
          extra={t.admin.usernameHint}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: t.admin.usernameHint }]}
        >
          <Input data-testid="create-staff-username" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t.admin.displayName}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input data-testid="create-staff-name" autoComplete="off" />
        </Form.Item>
      </div>
      <div className="tb-form-row">
        <Form.Item
          name="mobile"
          label={t.admin.mobile}
          rules={[{ pattern: /^1\d{10}$/, message: t.agent.mobileInvalid }]}
        >
          <Input data-testid="create-staff-mobile" inputMode="tel" maxLength={11} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="initialPassword"
          label={t.admin.initialPassword}
          extra={t.admin.initialPasswordHint}
          rules={[{ required: true, min: 8 }]}
        >
          <Input.Password data-testid="create-staff-password" autoComplete="new-password" />
        </Form.Item>
      </div>
      <BindingFields roles={workRoleNames} prefix="create-staff" />
    </FormDialog>
  );
}
