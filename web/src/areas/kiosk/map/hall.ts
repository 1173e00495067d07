import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '../../../api/client';
import type { WindowView } from '../../../api/windows';
import type { SiteInfo } from '../../../shell/site';

/** One window of the hall, as GET /api/org/centres/:id/windows (public) lists it. */
export type HallWindow = Omit<WindowView, 'centreId' | 'centreName' | 'version'>;
type CentreRow = { id: string; divisionCode: string; name: string; nameEn: string | null };
type CentreDetail = CentreRow & { departments: { id: string; nameEn: string | null }[] };

/** The hall the kiosk stands in and its windows, ordered by number. */
export type Hall = {
  centre: CentreRow;
  windows: HallWindow[];
  /** Department id → English name, where the data has one. */
  departmentsEn: Record<string, string | null>;
};

const HALL_KEY = 'tb.kiosk.centre';
const HALL_CODE = /^\d{6,12}$/;

/**
 * A county or township hall's kiosk is started at /kiosk?centre=<division code>: the code is kept
 * for the browser session, so that the idle reset to /kiosk (and every screen after it) still knows
 * which hall it stands in. Without one, the kiosk stands in the site's own centre.
 */
export function rememberHallCode(search: string): void {
  const code = new URLSearchParams(search).get('centre');
  if (code === null || !HALL_CODE.test(code)) return;
  try {
    sessionStorage.setItem(HALL_KEY, code);
  } catch {
    // Storage refused (a locked-down browser): the address still carries the code on this screen.
  }
}

/**
 * The division code of the hall this kiosk stands in (the address, then the browser session), or
 * undefined for the site's own centre. Every screen that reads per-centre data asks here.
 */
export function hallCode(): string | undefined {
  const fromAddress = new URLSearchParams(window.location.search).get('centre');
  if (fromAddress !== null && HALL_CODE.test(fromAddress)) return fromAddress;
  try {
    const kept = sessionStorage.getItem(HALL_KEY);
    return kept !== null && HALL_CODE.test(kept) ? kept : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The centre a county or township kiosk stands in (from /kiosk?centre=<code>, kept for the session),
 * for its header: undefined when the kiosk stands in the site's own centre or while it loads, so
 * the header shows the site's name until then.
 */
export function useHallCentre(search: string): CentreRow | undefined {
  const [centre, setCentre] = useState<CentreRow | undefined>(undefined);
  const code = hallCode();
  useEffect(() => {
    if (!code) return setCentre(undefined);
    const controller = new AbortController();
    apiGet<CentreRow[]>('/api/org/centres', { signal: controller.signal }).then(
      (centres) => setCentre(centres.find((c) => c.divisionCode === code)),
      () => setCentre(undefined), // the header keeps the site's name; the screens say what failed
    );
    return () => controller.abort();
  }, [code, search]);
  return centre;
}

export const byNumber = (a: HallWindow, b: HallWindow) =>
  a.number.localeCompare(b.number, 'zh-CN', { numeric: true }) || a.name.localeCompare(b.name, 'zh-CN');

/** null: no centre of that code (or of the site's name), so no hall to show. */
async function loadHall(code: string | undefined, signal: AbortSignal): Promise<Hall | null> {
  const [centres, site] = await Promise.all([
    apiGet<CentreRow[]>('/api/org/centres', { signal }),
    code ? null : apiGet<SiteInfo>('/api/site', { signal }),
  ]);
  // The site names its centre but has no id for it: found by name, as the portal's guide does.
  const centre = code ? centres.find((c) => c.divisionCode === code) : centres.find((c) => c.name === site?.centreName);
  if (!centre) return null;
  const [detail, windows] = await Promise.all([
    apiGet<CentreDetail>(`/api/org/centres/${centre.id}`, { signal }),
    apiGet<HallWindow[]>(`/api/org/centres/${centre.id}/windows`, { signal }),
  ]);
  return {
    centre,
    windows: [...windows].sort(byNumber),
    departmentsEn: Object.fromEntries(detail.departments.map((d) => [d.id, d.nameEn])),
  };
}

export type LoadedHall = {
  /** undefined while loading; null when the kiosk's centre is not found. */
  hall: Hall | null | undefined;
  error: unknown;
  reload: () => void;
};

/** The kiosk's hall with its windows, loaded again by `reload` (重试). */
export function useHall(): LoadedHall {
  const [hall, setHall] = useState<Hall | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    setHall(undefined);
    loadHall(hallCode(), controller.signal).then(setHall, (err: unknown) => {
      if (!controller.signal.aborted) setError(err);
    });
    return () => controller.abort();
  }, [round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { hall, error, reload };
}

/** "8" and "08" are the same window number. */
const sameNumber = (a: string, b: string) => a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) === Number(b));

/**
 * The window an item's guide sends the applicant to, on this hall's map. The guide gives the
 * window as text ("08号窗口（市场监督管理局）") and names the department: a number in the text
 * must be a window of that department; text without a number is trusted only when the department
 * has a single window here. Anything else has no place on the map (better no button than a wrong
 * window).
 */
export function windowOfGuide(
  windows: HallWindow[],
  guide: { departmentName: string; windowText: string },
): HallWindow | null {
  const ofDepartment = windows.filter((w) => w.departmentName === guide.departmentName);
  const number = /^\s*([0-9A-Za-z-]+)\s*号窗口/.exec(guide.windowText)?.[1];
  if (number) return ofDepartment.find((w) => sameNumber(w.number, number)) ?? null;
  return ofDepartment.length === 1 ? (ofDepartment[0] ?? null) : null;
}
