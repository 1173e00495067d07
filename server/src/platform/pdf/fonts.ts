/**
 * The fonts official documents are set in: Noto Serif SC (SIL OFL), complete — including rare
 * characters such as 龘 and 䶮 that the split web-font packages miss — shipped by an npm package so
 * nothing downloads at run time. pdfkit embeds only the glyphs a document uses (a subset), so a
 * one-page notice stays small. The bytes are read once per process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const regularPath = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const boldPath = require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf');

let cache: { regular: Buffer; bold: Buffer; cover: (cp: number) => boolean } | null = null;

export function documentFonts() {
  if (!cache) {
    const regular = fs.readFileSync(regularPath);
    const bold = fs.readFileSync(boldPath);
    const font = fontkit.create(regular);
    if (!('hasGlyphForCodePoint' in font)) throw new Error('Noto Serif SC is not a single font');
    cache = { regular, bold, cover: (cp) => font.hasGlyphForCodePoint(cp) };
  }
  return cache;
}

/**
 * Characters of `text` that no embedded font can print. A name with one of these must not go out
 * as a silent blank: the caller refuses the document and says which character it is.
 */
export function missingGlyphs(text: string): string[] {
  const { cover } = documentFonts();
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || ch === '\u3000') continue;
    if (!cover(cp)) missing.add(ch);
  }
  return [...missing];
}

export const codePointOf = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
