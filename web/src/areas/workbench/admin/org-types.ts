import type { RoleBinding, RoleName } from '../../../session/types';

export type CentreLevel = 'city' | 'county' | 'township' | 'community';

/** GET /api/org/centres rows. */
export type Centre = {
  id: string;
  parentId: string | null;
  level: CentreLevel;
  divisionCode: string;
  name: string;
  nameEn: string | null;
  address: string | null;
  telephone: string | null;
  docPrefix: string | null;
  version: number;
};

export type Department = {
  id: string;
  centreId: string;
  name: string;
  nameEn: string | null;
  code: string | null;
  version: number;
};

/** GET /api/org/centres/:id */
export type CentreDetail = Centre & { departments: Department[] };

/** The level a child centre must have (R-ORG-1; mirrors server/src/modules/org/model.ts). */
export const childLevel: Record<CentreLevel, CentreLevel | null> = {
  city: 'county',
  county: 'township',
  township: 'community',
  community: null,
};

/** GB/T 2260 codes nest: county 6 digits sharing the city's first 4; township 9; community 12. */
export function divisionRule(parent: Centre): { length: number; prefix: string } | null {
  const level = childLevel[parent.level];
  if (!level) return null;
  if (level === 'county') return { length: 6, prefix: parent.divisionCode.slice(0, 4) };
  return { length: level === 'township' ? 9 : 12, prefix: parent.divisionCode };
}

export type TreeNode = { key: string; centre: Centre; children: TreeNode[] };

/** The flat list as a tree, keeping the server's order among siblings. */
export function centreTree(centres: Centre[]): TreeNode[] {
  const nodes = new Map(centres.map((c) => [c.id, { key: c.id, centre: c, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.centre.parentId ? nodes.get(node.centre.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Which binding a role needs (mirrors server permissions.bindingFor). */
export function bindingFor(role: RoleName): 'window' | 'department' | 'centre' {
  if (role === 'window_clerk') return 'window';
  if (role === 'approver' || role === 'department_head') return 'department';
  return 'centre';
}

export const adminRoleNames: RoleName[] = ['system_admin', 'security_admin', 'audit_admin'];
export const workRoleNames: RoleName[] = ['window_clerk', 'approver', 'department_head', 'supervisor', 'agent'];

/** GET /api/staff rows. */
export type StaffAccount = {
  id: string;
  username: string;
  displayName: string;
  mobileMasked: string | null;
  active: boolean;
  locked: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  version: number;
  roles: RoleBinding[];
};
