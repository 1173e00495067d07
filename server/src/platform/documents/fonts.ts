/**
 * The fonts documents are set in. Noto Serif SC (SIL OFL) comes complete from an npm package, so
 * rare characters in names (龘, 䶮) print and nothing downloads at run time; pdfkit embeds only
 * the glyphs a document uses. Each font file is read and parsed once per process (a fresh parse
 * costs more than the rest of a one-page notice). Characters beyond it (𠮷 U+20BB7, in CJK
 * extension B) take the first configured fallback font that has them; characters no font has are
 * refused by name and code point, never printed as a blank.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { lazyRequire } from '../lazy-require.js';
import { codePointOf, DocumentError } from './document-error.js';

const require = createRequire(import.meta.url);
const NOTO = '@expo-google-fonts/noto-serif-sc';
const fontkit = lazyRequire<typeof Fontkit>('fontkit');

export type FontRole = 'regular' | 'bold';

/** A font file (TTF/OTF; a collection needs the PostScript name of the face). */
export type FontFile = { path: string; postscriptName?: string };

export type LoadedFont = {
  /** The font's name inside a PDF: regular, bold, fallback1 … (fixed, so output is reproducible). */
  key: string;
  font: Fontkit.Font;
  file: FontFile;
  has(cp: number): boolean;
  /** Advance of one code point in em (no kerning); -1 when the font lacks it. */
  advance(cp: number): number;
  /** Width of a run of Latin letters and digits in em, kerned as pdfkit will draw it. */
  wordWidth(word: string): number;
};

export type FontSet = { regular: LoadedFont; bold: LoadedFont; fallbacks: LoadedFont[] };

function load(key: string, file: FontFile): LoadedFont {
  const parsed = fontkit().create(fs.readFileSync(file.path), file.postscriptName);
  if (!('hasGlyphForCodePoint' in parsed)) {
    throw new Error(`${file.path} is a font collection: name the face with postscriptName`);
  }
  const font = parsed;
  const em = font.unitsPerEm;
  const advances = new Map<number, number>();
  const words = new Map<string, number>();
  const advance = (cp: number) => {
    let a = advances.get(cp);
    if (a === undefined) {
      a = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth / em : -1;
      advances.set(cp, a);
    }
    return a;
  };
  return {
    key,
    font,
    file,
    has: (cp) => advance(cp) >= 0,
    advance,
    wordWidth(word) {
      let w = words.get(word);
      if (w === undefined) {
        w = font.layout(word).advanceWidth / em;
        if (words.size > 20_000) words.clear(); // bounded: case numbers and codes are many
        words.set(word, w);
      }
      return w;
    },
  };
}

let base: Pick<FontSet, 'regular' | 'bold'> | null = null;
let configured: FontSet | null = null;
let fallbackFiles: FontFile[] = [];

/** A font set with the given fallbacks; Noto Serif SC itself is parsed once per process. */
export function createFontSet(fallbacks: FontFile[]): FontSet {
  base ??= {
    regular: load('regular', { path: require.resolve(`${NOTO}/400Regular/NotoSerifSC_400Regular.ttf`) }),
    bold: load('bold', { path: require.resolve(`${NOTO}/700Bold/NotoSerifSC_700Bold.ttf`) }),
  };
  return { ...base, fallbacks: fallbacks.map((f, i) => load(`fallback${i + 1}`, f)) };
}

/**
 * Fonts tried, in order, for characters Noto Serif SC lacks (e.g. a font covering CJK extension
 * B for 𠮷). None is installed by default; set once at start-up from configuration.
 */
export function configureFallbackFonts(files: FontFile[]): void {
  fallbackFiles = files;
  configured = null;
}

/** The fonts of this process, parsed on first use. */
export function documentFonts(): FontSet {
  configured ??= createFontSet(fallbackFiles);
  return configured;
}

/** Formatting characters with no glyph of their own (joiners, variation selectors, BOM). */
export function isInvisible(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** The font that prints `cp` in this role: the role's own, then regular, then the fallbacks. */
export function fontFor(set: FontSet, role: FontRole, cp: number): LoadedFont | null {
  if (role === 'bold' && set.bold.has(cp)) return set.bold;
  if (set.regular.has(cp)) return set.regular;
  for (const f of set.fallbacks) if (f.has(cp)) return f;
  return null;
}

/**
 * Characters of `text` that no font can print, each once, in order of appearance. Callers check
 * names with it before issuing (e.g. when an applicant registers); the renderer refuses them.
 */
export function missingGlyphs(text: string, set: FontSet = documentFonts()): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp) || cp === 0x20 || cp === 0x3000) continue;
    if (!fontFor(set, 'regular', cp)) missing.add(ch);
  }
  return [...missing];
}

/** Throws DocumentError('document.missing_glyphs') naming every character no font has. */
export function assertPrintable(text: string, set: FontSet = documentFonts()): void {
  const chars = missingGlyphs(text, set);
  if (chars.length > 0)
    throw new DocumentError('document.missing_glyphs', { chars, codePoints: chars.map(codePointOf) });
}
