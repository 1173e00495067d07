import { Alert, Form } from 'antd';
import { apiPost } from '../../../api/client';
import { useStaffT } from '../account/i18n';
import { BindingFields, bindingBody, type BindingValues } from './binding-fields';
import { FormDialog } from './form-dialog';
import { adminRoleNames, workRoleNames, type StaffAccount } from './org-types';

/** 授予角色 (security administrator): any role, bound to a centre, department or window. */
export function GrantRoleDialog({
  account,
  centreId,
  onClose,
  onGranted,
}: {
  account: StaffAccount | null;
  centreId: string;
  onClose: () => void;
  onGranted: (account: StaffAccount) => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<BindingValues>();

  async function submit(values: BindingValues) {
    if (!account) return;
    onGranted(await apiPost<StaffAccount>(`/api/staff/${account.id}/roles`, bindingBody(values)));
  }

  return (
    <FormDialog<BindingValues>
      open={account !== null}
      title={account ? `${t.admin.grantRole} · ${account.displayName}（${account.username}）` : t.admin.grantRole}
      testId="grant-role"
      form={form}
      initialValues={{ centreId }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t.admin.adminRoleNote} className="tb-staff-gap" />
      <BindingFields roles={[...workRoleNames, ...adminRoleNames]} prefix="grant-role" />
    </FormDialog>
  );
}
