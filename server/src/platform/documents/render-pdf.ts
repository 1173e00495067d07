/**
 * Official documents as PDF bytes. Refuses, by name and code point, characters no font can print;
 * lays the document out (layout.ts) and draws the result with pdfkit, embedding subsets of the
 * fonts. Everything that could vary between runs is fixed — metadata dates come from the
 * document's own date, the file identifier from its metadata, font subset tags from the order of
 * first use — so the same input gives the same bytes and a signature over the document's hash can
 * be checked by rendering it again. Compressed output also depends on the zlib bundled with Node;
 * the stored, signed bytes are the record, or render with `compress: false` where a re-render on
 * another runtime must match.
 */
import type PDFKitDocument from 'pdfkit';
import { lazyRequire } from '../lazy-require.js';
import { assertPrintable, documentFonts, type FontSet } from './fonts.js';
import { layoutDocument } from './layout.js';
import { printedText, type OfficialDocument } from './official-document.js';
import { PAGE, type DocumentLayout } from './page-flow.js';
import { useFont } from './pdfkit-fonts.js';
import { drawQr } from './qr.js';
import { drawSeal } from './seal.js';

const pdfkit = lazyRequire<typeof PDFKitDocument>('pdfkit');

export type RenderOptions = {
  /** Defaults to the process's fonts (Noto Serif SC and the configured fallbacks). */
  fonts?: FontSet;
  /**
   * Deflate content and font streams (default). `false` gives bytes that do not depend on the
   * zlib bundled with Node (about 1.6× larger; a PNG seal image stays compressed).
   */
  compress?: boolean;
};

/** Draws a laid-out document; resolves with the PDF bytes. */
export function drawLayout(
  layout: DocumentLayout,
  d: OfficialDocument,
  set: FontSet,
  compress = true,
): Promise<Buffer> {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    font: '', // no Helvetica: pdfkit would parse its metrics for every document
    autoFirstPage: false,
    compress,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: d.title.replace(/\s*\n\s*/g, ''),
      Subject: d.docNo,
      Author: d.issuer,
      Creator: 'Tongban',
      Producer: 'Tongban',
      CreationDate: d.date,
      ModDate: d.date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of layout.pages) {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    for (const op of page.ops) {
      switch (op.kind) {
        case 'text':
          useFont(doc, op.font);
          doc.fontSize(op.size).fillColor(op.color);
          doc.text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: op.tracking });
          break;
        case 'rule':
          doc
            .save()
            .moveTo(op.x1, op.y1)
            .lineTo(op.x2, op.y2)
            .lineWidth(op.width)
            .strokeColor(op.color)
            .stroke()
            .restore();
          break;
        case 'seal':
          drawSeal(doc, set, op.seal, op.cx, op.cy, op.diameter);
          break;
        case 'qr':
          drawQr(doc, op.url, op.x, op.y, op.size);
          break;
      }
    }
  }
  doc.end();
  return done;
}

/**
 * The document as PDF. Throws DocumentError('document.missing_glyphs') listing every character
 * no font has (`details.chars`, `details.codePoints` such as U+20BB7).
 */
export async function renderOfficialDocument(d: OfficialDocument, options: RenderOptions = {}): Promise<Buffer> {
  const set = options.fonts ?? documentFonts();
  assertPrintable(printedText(d), set);
  return drawLayout(layoutDocument(d, set), d, set, options.compress ?? true);
}
