/** The shapes of GET /api/auth/me (server: modules/identity/views.ts, meSchema). */
export type RoleName =
  | 'window_clerk'
  | 'approver'
  | 'department_head'
  | 'supervisor'
  | 'agent'
  | 'system_admin'
  | 'security_admin'
  | 'audit_admin';

export type RoleBinding = {
  id: string;
  role: RoleName;
  centreId: string;
  centreName: string;
  departmentId: string | null;
  departmentName: string | null;
  windowId: string | null;
  windowName: string | null;
};

export type StaffMe = {
  kind: 'staff';
  id: string;
  username: string;
  name: string;
  roles: RoleBinding[];
  acting: RoleBinding | null;
  mfa: { required: boolean; enrolled: boolean; passed: boolean };
  passwordExpired: boolean;
};

export type Enterprise = {
  id: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  contactMobileMasked: string;
  relation: 'legal_representative' | 'authorised';
};

export type PersonMe = {
  kind: 'person';
  id: string;
  name: string;
  idNumberMasked: string;
  mobileMasked: string | null;
  enterprises: Enterprise[];
  actingEnterpriseId: string | null;
};

export type Me = { actor: StaffMe | PersonMe | null; csrfToken: string | null };

export const roleLabels: Record<RoleName, { zh: string; en: string }> = {
  window_clerk: { zh: '窗口经办人', en: 'Window clerk' },
  approver: { zh: '审批人', en: 'Approver' },
  department_head: { zh: '部门负责人', en: 'Department head' },
  supervisor: { zh: '监察人员', en: 'Supervisor' },
  agent: { zh: '代办员', en: 'Agent' },
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
};
