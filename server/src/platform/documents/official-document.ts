/**
 * What the engine is given: an official document as structured data, never HTML or markup, so a
 * template cannot smuggle layout or script into a signed document, and what a supervisor can
 * change is limited to words. Also the Chinese date an official document is dated with.
 */

/** A block of the body, in reading order. */
export type DocumentBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'fields'; items: Array<[label: string, value: string]> };

/**
 * The seal pressed over the date: the centre's own seal image (PNG, ideally transparent around
 * the ink), or a round seal drawn from the centre's name when none was uploaded.
 */
export type DocumentSeal = { png: Buffer } | { drawn: { name: string; purpose?: string } };

export type OfficialDocument = {
  /** 发文机关标志: the issuing body, printed in red at the top. */
  issuer: string;
  /** 发文字号, e.g. 舟审受〔2026〕0001号. */
  docNo: string;
  /** Centred, in balanced lines; `\n` breaks where the meaning allows (GB/T 9704: 词意完整). */
  title: string;
  /** 主送: flush left under the title; a full-width colon is added when missing. */
  addressee?: string;
  blocks: DocumentBlock[];
  /** 发文机关署名 over the date. */
  signer: string;
  /** 成文日期, written in Chinese numerals in China time. */
  date: Date;
  seal?: DocumentSeal;
  /** Certificates: a QR code of the verification URL with a caption under it. */
  qr?: { url: string; caption: string };
  /** 版记-style note at the foot of the last page (e.g. 本通知书一式两份…); `\n` separates lines. */
  footer?: string;
};

const DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 成文日期 as GB/T 9704 writes it: 二〇二六年十一月二十八日, in China time (UTC+8, no DST). */
export function officialDate(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3_600_000);
  const year = [...String(china.getUTCFullYear())].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${chineseNumber(china.getUTCMonth() + 1)}月${chineseNumber(china.getUTCDate())}日`;
}

/** Every string the document prints, for checking that each character has a glyph. */
export function printedText(d: OfficialDocument): string {
  const parts = [d.issuer, d.docNo, d.title, d.addressee ?? '', d.signer, d.qr?.caption ?? '', d.footer ?? ''];
  if (d.seal && 'drawn' in d.seal) parts.push(d.seal.drawn.name, d.seal.drawn.purpose ?? '');
  for (const b of d.blocks) {
    if (b.kind === 'paragraph') parts.push(b.text);
    else if (b.kind === 'list') parts.push(...b.items);
    else if (b.kind === 'fields') parts.push(...b.items.flat());
    else parts.push(...b.columns, ...b.rows.flat());
  }
  return parts.join('\n');
}
