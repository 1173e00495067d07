import { useLang, type Lang } from '../../../i18n';
import { staffEn } from '../../../i18n/staff-en';
import { staffZh, type StaffDictionary } from '../../../i18n/staff-zh';
import { roleLabels, type RoleBinding, type RoleName } from '../../../session/types';

/** The staff dictionary in the language the user chose. */
export function useStaffT(): StaffDictionary {
  return useLang().lang === 'zh' ? staffZh : staffEn;
}

export function roleLabel(role: RoleName, lang: Lang): string {
  return roleLabels[role][lang];
}

/**
 * "窗口经办人 · 市场监督管理局窗口 · 舟山市行政审批服务中心": the post, then the most specific place
 * it is bound to, then the centre. `windowName` replaces the binding's "number name" form.
 */
export function postTitle(post: RoleBinding, lang: Lang, windowName?: string): string {
  const parts = [roleLabel(post.role, lang)];
  if (post.windowName) parts.push(windowName ?? post.windowName);
  else if (post.departmentName) parts.push(post.departmentName);
  parts.push(post.centreName);
  return parts.join(' · ');
}
