import { Form, Select } from 'antd';
import { useLang } from '../../../i18n';
import type { RoleName } from '../../../session/types';
import { roleLabel, useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import type { WindowView } from '../home/window-card';
import { bindingFor, type Centre, type CentreDetail } from './org-types';

export type BindingValues = { role: RoleName; centreId: string; departmentId?: string; windowId?: string };

/** The binding a role needs, as the server expects it: only the field for that binding. */
export function bindingBody(values: BindingValues) {
  const need = bindingFor(values.role);
  return {
    role: values.role,
    centreId: values.centreId,
    departmentId: need === 'department' ? (values.departmentId ?? null) : null,
    windowId: need === 'window' ? (values.windowId ?? null) : null,
  };
}

/**
 * Role, then centre, then — as the role requires — the department or the window, each list
 * loaded for the centre chosen. Used inside a Form (create staff, grant role).
 */
export function BindingFields({ roles, prefix }: { roles: RoleName[]; prefix: string }) {
  const t = useStaffT();
  const { lang } = useLang();
  const form = Form.useFormInstance<BindingValues>();
  const role = Form.useWatch('role', form);
  const centreId = Form.useWatch('centreId', form);
  const need = role ? bindingFor(role) : 'centre';
  const centres = useLoad<Centre[]>('/api/org/centres');
  const detail = useLoad<CentreDetail>(centreId && need === 'department' ? `/api/org/centres/${centreId}` : null);
  const windows = useLoad<WindowView[]>(centreId && need === 'window' ? `/api/org/centres/${centreId}/windows` : null);

  return (
    <>
      <div className="tb-form-row">
        <Form.Item name="role" label={t.admin.role} rules={[{ required: true }]}>
          <Select
            data-testid={`${prefix}-role`}
            options={roles.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
            onChange={() => form.setFieldsValue({ departmentId: undefined, windowId: undefined })}
          />
        </Form.Item>
        <Form.Item name="centreId" label={t.admin.centre} rules={[{ required: true }]}>
          <Select
            data-testid={`${prefix}-centre`}
            loading={centres.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={() => form.setFieldsValue({ departmentId: undefined, windowId: undefined })}
          />
        </Form.Item>
      </div>
      {need === 'department' && (
        <Form.Item name="departmentId" label={t.admin.department} rules={[{ required: true }]}>
          <Select
            data-testid={`${prefix}-department`}
            loading={detail.loading}
            disabled={!centreId}
            showSearch={{ optionFilterProp: 'label' }}
            options={(detail.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      )}
      {need === 'window' && (
        <Form.Item name="windowId" label={t.admin.window} rules={[{ required: true }]}>
          <Select
            data-testid={`${prefix}-window`}
            loading={windows.loading}
            disabled={!centreId}
            showSearch={{ optionFilterProp: 'label' }}
            options={(windows.data ?? []).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        </Form.Item>
      )}
    </>
  );
}
