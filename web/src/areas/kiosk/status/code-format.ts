// What the on-screen keypad offers, from server/src/modules/cases/case-number.ts: a case number is
// the centre's division code, the date and a daily serial, digits only; the query code is drawn
// from an alphabet without 0/O and 1/I/L, because it is read off paper and typed on a kiosk.
// The lengths are the ones GET /api/case-status accepts.

export type Field = 'caseNo' | 'queryCode';

export const keysOf: Record<Field, string[]> = {
  caseNo: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  queryCode: [...'23456789ABCDEFGHJKMNPQRSTUVWXYZ'],
};

export const lengthOf: Record<Field, { min: number; max: number }> = {
  caseNo: { min: 6, max: 50 },
  queryCode: { min: 4, max: 16 },
};

/** A value from a link (a receipt's QR code): trimmed, the code in capitals as printed, cut to length. */
export function fromLink(field: Field, value: string | null): string {
  const v = (value ?? '').trim();
  return (field === 'queryCode' ? v.toUpperCase() : v).slice(0, lengthOf[field].max);
}
