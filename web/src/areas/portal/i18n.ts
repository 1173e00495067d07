import { useLang } from '../../i18n';
import { portalEn } from '../../i18n/portal-en';
import { portalZh, type PortalDictionary } from '../../i18n/portal-zh';

/** The portal dictionary (portal, item editor, item review) in the language the user chose. */
export function usePortalT(): PortalDictionary {
  return useLang().lang === 'zh' ? portalZh : portalEn;
}
