import { useLocation, useSearchParams } from 'react-router';
import { useLang, useT } from '../../../i18n';
import { localName } from '../../../i18n/local-name';
import { KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import { HallMap } from './hall-map';
import { useHall } from './hall';

/**
 * 窗口分布 on the kiosk (R-KIO-4): the plan of the hall the kiosk stands in, a floor at a time,
 * with every window's number where the window is; a tap on a number, or on the list below the plan
 * for whoever does not read maps, shows the window. ?window=<id> (from an item's guide) opens the
 * map on that window's floor with the window lit.
 */
export function KioskMapPage() {
  const t = useT().kiosk.map;
  const { lang } = useLang();
  const [params] = useSearchParams();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const { hall, error, reload } = useHall();

  // Come from a guide: one step back returns to it.
  const back =
    typeof from === 'string' && from.startsWith('/kiosk/guide/items/') ? { to: from, label: t.backToGuide } : undefined;
  // Said only over a map: on a failed or empty screen there is nothing to tap.
  const lead = hall?.windows.length ? t.lead(localName(lang, hall.centre.name, hall.centre.nameEn)) : undefined;

  return (
    <KioskScreen title={t.title} lead={lead} back={back} testId="kiosk-map">
      {error ? (
        <KioskError error={error} onRetry={reload} />
      ) : hall === undefined ? (
        <KioskLoading />
      ) : hall === null ? (
        <KioskEmpty text={t.noCentre} testId="kiosk-map-no-centre" />
      ) : hall.windows.length === 0 ? (
        <KioskEmpty text={t.empty} testId="kiosk-map-empty" />
      ) : (
        <HallMap hall={hall} initialWindowId={params.get('window')} />
      )}
    </KioskScreen>
  );
}
