/**
 * Splitting an SMS into the parts SMPP carries (3GPP TS 23.040 / 23.038). Text that fits the GSM
 * 7-bit default alphabet goes as data_coding 0 (160 characters, 153 per part when concatenated);
 * anything else — Chinese — as UCS-2, data_coding 8 (70 characters, 67 per part). Parts of a long
 * message carry a 6-byte user data header (IEI 0x00: 8-bit reference, total, sequence) and the
 * submit_sm sets the UDH indicator (esm_class 0x40), so the handset shows one message.
 */
export type SmsPart = { dataCoding: 0 | 8; udh: Buffer | null; payload: Buffer };

// GSM 03.38 default alphabet (index = code) and the extension table reached through ESC (0x1B).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION: Record<string, number> = {
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};

/** The GSM septets of one character, or null when the alphabet has no such character. */
function gsmSeptets(ch: string): number[] | null {
  if (ch === '\u001b') return null;
  const i = GSM_BASIC.indexOf(ch);
  if (i >= 0) return [i];
  const ext = GSM_EXTENSION[ch];
  return ext === undefined ? null : [0x1b, ext];
}

export function fitsGsm(text: string): boolean {
  return [...text].every((ch) => gsmSeptets(ch) !== null);
}

function udh(ref: number, total: number, seq: number): Buffer {
  return Buffer.from([0x05, 0x00, 0x03, ref & 0xff, total, seq]);
}

/** Groups units into parts of at most `max` units, never splitting a character's units. */
function pack(chars: number[][], max: number): number[][] {
  const parts: number[][] = [];
  let current: number[] = [];
  for (const units of chars) {
    if (current.length + units.length > max) {
      parts.push(current);
      current = [];
    }
    current.push(...units);
  }
  if (current.length) parts.push(current);
  return parts;
}

export const MAX_SMS_PARTS = 10;

/**
 * The parts of `text`; `ref` tells this message's parts apart from another long message's on the
 * same handset. Longer than MAX_SMS_PARTS parts is the template's fault: refused, not truncated.
 */
export function segmentSms(text: string, ref: number): SmsPart[] {
  if (fitsGsm(text)) {
    const chars = [...text].map((ch) => gsmSeptets(ch)!);
    const total = chars.reduce((n, c) => n + c.length, 0);
    if (total <= 160) return [{ dataCoding: 0, udh: null, payload: Buffer.from(chars.flat()) }];
    const parts = pack(chars, 153);
    if (parts.length > MAX_SMS_PARTS) throw new RangeError(`SMS needs ${parts.length} parts`);
    return parts.map((p, i) => ({ dataCoding: 0, udh: udh(ref, parts.length, i + 1), payload: Buffer.from(p) }));
  }
  // UCS-2 (UTF-16 big-endian): a character outside the BMP is two units and stays in one part.
  const chars = [...text].map((ch) => {
    const units: number[] = [];
    for (let i = 0; i < ch.length; i += 1) units.push(ch.charCodeAt(i));
    return units;
  });
  const toBytes = (units: number[]) => {
    const b = Buffer.alloc(units.length * 2);
    units.forEach((u, i) => b.writeUInt16BE(u, i * 2));
    return b;
  };
  const total = chars.reduce((n, c) => n + c.length, 0);
  if (total <= 70) return [{ dataCoding: 8, udh: null, payload: toBytes(chars.flat()) }];
  const parts = pack(chars, 67);
  if (parts.length > MAX_SMS_PARTS) throw new RangeError(`SMS needs ${parts.length} parts`);
  return parts.map((p, i) => ({ dataCoding: 8, udh: udh(ref, parts.length, i + 1), payload: toBytes(p) }));
}

/** Decodes parts back to text (for the tests' SMSC and the outbox page). */
export function decodeSmsPayload(dataCoding: number, payload: Buffer): string {
  if (dataCoding === 8) {
    let s = '';
    for (let i = 0; i + 1 < payload.length; i += 2) s += String.fromCharCode(payload.readUInt16BE(i));
    return s;
  }
  let s = '';
  for (let i = 0; i < payload.length; i += 1) {
    const b = payload[i]!;
    if (b === 0x1b && i + 1 < payload.length) {
      const next = payload[++i]!;
      s += Object.entries(GSM_EXTENSION).find(([, code]) => code === next)?.[0] ?? '';
    } else s += GSM_BASIC[b] ?? '';
  }
  return s;
}
