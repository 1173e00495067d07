/**
 * Hands pdfkit the fonts parsed once per process. pdfkit parses a font from its bytes for every
 * document (`doc.font(buffer)`), and a fresh parse of Noto Serif SC's shaping tables costs 10–30 ms
 * — more than the rest of a one-page notice. pdfkit 0.17 has no public way to pass a parsed
 * font, so this wraps the shared fontkit font in pdfkit's own EmbeddedFont class (taken from a
 * font pdfkit opened itself) and registers it under the font's fixed key. Each document still
 * gets its own subset, so nothing leaks between documents. Should a future pdfkit change these
 * internals, the check below fails and documents fall back to pdfkit's public, slower path.
 */
import fs from 'node:fs';
import type PDFKitDocument from 'pdfkit';
import { lazyRequire } from '../lazy-require.js';
import type { LoadedFont } from './fonts.js';

const pdfkit = lazyRequire<typeof PDFKitDocument>('pdfkit');

type EmbeddedFontClass = new (doc: PDFKit.PDFDocument, font: LoadedFont['font'], id: string) => object;
type Internals = { _fontFamilies?: Record<string, object>; _fontCount?: number; _font?: object | null };

let embeddedFontClass: EmbeddedFontClass | null | undefined;

function probe(sample: LoadedFont): EmbeddedFontClass | null {
  try {
    const PDFDocument = pdfkit();
    const doc = new PDFDocument({ font: '', autoFirstPage: false });
    const bytes = fs.readFileSync(sample.file.path);
    if (sample.file.postscriptName) doc.font(bytes, sample.file.postscriptName);
    else doc.font(bytes);
    const opened = (doc as unknown as Internals)._font as
      { font?: unknown; encode?: unknown; embed?: unknown } | undefined;
    const ok = opened && typeof opened.encode === 'function' && typeof opened.embed === 'function' && 'font' in opened;
    return ok ? (opened.constructor as EmbeddedFontClass) : null;
  } catch {
    return null;
  }
}

let sharing = true;

/** Tests: render through pdfkit's public path, as happens if its internals change. */
export function setFontSharing(enabled: boolean): void {
  sharing = enabled;
}

/** Whether documents reuse the parsed fonts (false means pdfkit's internals changed). */
export function sharesParsedFonts(sample: LoadedFont): boolean {
  if (embeddedFontClass === undefined) embeddedFontClass = probe(sample);
  return sharing && embeddedFontClass !== null;
}

const attached = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/** Makes `font` the current font of `doc`, embedding it (as a subset) on first use. */
export function useFont(doc: PDFKit.PDFDocument, font: LoadedFont): void {
  let keys = attached.get(doc);
  if (!keys) attached.set(doc, (keys = new Set()));
  if (!keys.has(font.key)) {
    keys.add(font.key);
    const internals = doc as unknown as Internals;
    if (
      sharesParsedFonts(font) &&
      embeddedFontClass &&
      internals._fontFamilies &&
      typeof internals._fontCount === 'number'
    ) {
      internals._fontCount += 1;
      internals._fontFamilies[font.key] = new embeddedFontClass(doc, font.font, `F${internals._fontCount}`);
    } else if (font.file.postscriptName) {
      doc.registerFont(font.key, fs.readFileSync(font.file.path), font.file.postscriptName);
    } else {
      doc.registerFont(font.key, fs.readFileSync(font.file.path));
    }
  }
  doc.font(font.key);
}
