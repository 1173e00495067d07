/**
 * The division code of the hall this kiosk stands in, as map/hall.ts keeps it (/kiosk?centre=<code>,
 * then the browser session), or undefined for the site's own centre. Read-only here.
 */
export function kioskCentreCode(): string | undefined {
  const code = /^\d{6,12}$/;
  const fromAddress = new URLSearchParams(window.location.search).get('centre');
  if (fromAddress !== null && code.test(fromAddress)) return fromAddress;
  try {
    const kept = sessionStorage.getItem('tb.kiosk.centre');
    return kept !== null && code.test(kept) ? kept : undefined;
  } catch {
    return undefined;
  }
}
