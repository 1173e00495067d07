import type { RoleName } from '../platform/db/schema.js';

/** One shared demo password, meeting the staff rule (≥ 8 characters, 3 character classes). */
export const DEMO_PASSWORD = 'Tongban@2026';

export type DemoStaff = {
  username: string;
  displayName: string;
  descriptionZh: string;
  roles: Array<{ role: RoleName; centre: string; department?: string; window?: string }>;
};

/** Where each demo account works: centre by division code, department by code, window by number. */
export const demoStaff: DemoStaff[] = [
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    descriptionZh: '系统管理员（市中心）',
    roles: [{ role: 'system_admin', centre: '330900' }],
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    descriptionZh: '安全管理员（市中心）',
    roles: [{ role: 'security_admin', centre: '330900' }],
  },
  {
    username: 'auditadmin',
    displayName: '审计管理员',
    descriptionZh: '审计管理员（市中心）',
    roles: [{ role: 'audit_admin', centre: '330900' }],
  },
  {
    username: 'supervisor',
    displayName: '周督察',
    descriptionZh: '监察人员（市中心，含下级中心）',
    roles: [{ role: 'supervisor', centre: '330900' }],
  },
  {
    username: 'clerk',
    displayName: '陈晓燕',
    descriptionZh: '窗口人员（市中心 市场监督管理局窗口）',
    roles: [{ role: 'window_clerk', centre: '330900', window: '08' }],
  },
  {
    username: 'clerk2',
    displayName: '王海波',
    descriptionZh: '窗口人员（市中心 消防救援支队窗口）',
    roles: [{ role: 'window_clerk', centre: '330900', window: '11' }],
  },
  {
    username: 'approver',
    displayName: '李审',
    descriptionZh: '后台审批人（市场监督管理局）',
    roles: [{ role: 'approver', centre: '330900', department: 'SCJG' }],
  },
  {
    username: 'depthead',
    displayName: '赵局长',
    descriptionZh: '部门负责人（市场监督管理局）',
    roles: [{ role: 'department_head', centre: '330900', department: 'SCJG' }],
  },
  // The co-departments of the demo joint item (开办餐饮店“一件事”联办): each decides its own sub-case.
  {
    username: 'xfapprover',
    displayName: '许志刚',
    descriptionZh: '后台审批人（消防救援支队，联办件协办部门）',
    roles: [{ role: 'approver', centre: '330900', department: 'XF' }],
  },
  {
    username: 'sthjapprover',
    displayName: '沈丽萍',
    descriptionZh: '后台审批人（生态环境局，联办件协办部门）',
    roles: [{ role: 'approver', centre: '330900', department: 'STHJ' }],
  },
  {
    username: 'zhzfapprover',
    displayName: '邵建军',
    descriptionZh: '后台审批人（综合行政执法局，联办件协办部门）',
    roles: [{ role: 'approver', centre: '330900', department: 'ZHZF' }],
  },
  {
    username: 'dhclerk',
    displayName: '孙定',
    descriptionZh: '窗口人员（定海区中心 卫生健康局窗口，办理乡镇报送的公共场所卫生许可）',
    roles: [{ role: 'window_clerk', centre: '330902', window: '03' }],
  },
  {
    username: 'dhapprover',
    displayName: '冯定审',
    descriptionZh: '审批人（定海区 卫生健康局）',
    roles: [{ role: 'approver', centre: '330902', department: 'WJW' }],
  },
  {
    username: 'dhsupervisor',
    displayName: '吴定督',
    descriptionZh: '监察人员（定海区中心）',
    roles: [{ role: 'supervisor', centre: '330902' }],
  },
  {
    username: 'agent',
    displayName: '郑代办',
    descriptionZh: '代办员（定海区 解放街道便民服务中心）',
    roles: [{ role: 'agent', centre: '330902001' }],
  },
  {
    username: 'multi',
    displayName: '钱两岗',
    descriptionZh: '两个岗位：市中心住建窗口 与 定海区住建部门审批人',
    roles: [
      { role: 'window_clerk', centre: '330900', window: '05' },
      { role: 'approver', centre: '330902', department: 'ZJJ' },
    ],
  },
];

export const demoPersons = [
  {
    name: '林海',
    idNumber: '330902199001011238',
    mobile: '13857001234',
    password: DEMO_PASSWORD,
    account: '13857001234',
  },
];

/** A resident with no account of their own, served by the agent. */
export const demoResident = { name: '王阿婆', idNumber: '33090219450315202X', mobile: '13957005678' };

export const demoEnterprise = {
  name: '舟山海味餐饮有限公司',
  creditCode: '91330900MA2A0B1C2K',
  legalRepresentative: '林海',
  contactName: '林海',
  contactMobile: '13857001234',
};

/** What the login page lists in demo mode. */
export function demoAccountList(): Array<{ kind: 'staff' | 'person'; account: string; description: string }> {
  return [
    ...demoStaff.map((s) => ({ kind: 'staff' as const, account: s.username, description: s.descriptionZh })),
    ...demoPersons.map((p) => ({
      kind: 'person' as const,
      account: p.account,
      description: `申请人 ${p.name}（${demoEnterprise.name} 法定代表人）`,
    })),
  ];
}
