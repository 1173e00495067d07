import { useLang } from '../../i18n';
import { portalEn } from '../../i18n/portal-en';
import { portalZh, type PortalDictionary } from '../../i18n/portal-zh';

export type FormDictionary = PortalDictionary['form'];

export function useFormT(): FormDictionary {
  return useLang().lang === 'zh' ? portalZh.form : portalEn.form;
}
