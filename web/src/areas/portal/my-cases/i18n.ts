import type { CaseStatus, Limit } from '../../../api/cases';
import { useLang } from '../../../i18n';
import { portalCasesEn } from '../../../i18n/portal-cases-en';
import { portalCasesZh, type PortalCasesDictionary } from '../../../i18n/portal-cases-zh';
import { caseStatusHints, caseStatusLabels } from './status-labels';

/** The portal's case strings (网上申报, 我的办件, 办件查询) in the language the user chose. */
export function useCasesT(): PortalCasesDictionary {
  return useLang().lang === 'zh' ? portalCasesZh : portalCasesEn;
}

/** Status name and hint in the language the user chose. */
export function useStatusText(): { label: (s: CaseStatus) => string; hint: (s: CaseStatus) => string } {
  const { lang } = useLang();
  return { label: (s) => caseStatusLabels[lang][s], hint: (s) => caseStatusHints[lang][s] };
}

/** "5 个工作日" in the unit the item declares. */
export const limitText = (t: PortalCasesDictionary, l: Limit) => t.limitUnit[l.unit](l.value);
