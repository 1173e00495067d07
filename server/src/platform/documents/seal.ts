/**
 * The seal pressed over the signature and date. A centre's own seal image (PNG) is placed at 42 mm;
 * a centre that has none gets a round red seal drawn as vectors — the centre's name along the
 * upper edge, a five-pointed star in the middle, an optional purpose (专用章) under it — the usual
 * form of an organ's seal. Drawn slightly translucent, as ink lets the print under it show.
 */
import { fontFor, type FontSet } from './fonts.js';
import type { DocumentSeal } from './official-document.js';
import { RED } from './page-flow.js';
import { useFont } from './pdfkit-fonts.js';
import { drawPrepared, preparedSeal } from './seal-image.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const isPng = (b: Buffer) => b.length > 8 && b.subarray(0, 8).equals(PNG_SIGNATURE);

/**
 * One character centred on (x, y), its top turned `degrees` clockwise from upright, narrowed to
 * `condense` of its width as seal lettering is.
 */
function glyphAt(
  doc: PDFKit.PDFDocument,
  set: FontSet,
  ch: string,
  x: number,
  y: number,
  size: number,
  degrees: number,
  condense = 1,
) {
  const font = fontFor(set, 'bold', ch.codePointAt(0) ?? 0);
  if (!font) return;
  const width = font.advance(ch.codePointAt(0) ?? 0) * size;
  useFont(doc, font);
  doc.save().translate(x, y).rotate(degrees).scale(condense, 1);
  doc.fontSize(size).text(ch, -width / 2, 0.38 * size, { lineBreak: false, baseline: 'alphabetic' });
  doc.restore();
}

function drawnSeal(
  doc: PDFKit.PDFDocument,
  set: FontSet,
  cx: number,
  cy: number,
  d: number,
  name: string,
  purpose?: string,
) {
  const r = d / 2;
  const ring = d * 0.03;
  doc.save().fillOpacity(0.88).strokeOpacity(0.88).fillColor(RED).strokeColor(RED);
  doc
    .lineWidth(ring)
    .circle(cx, cy, r - ring / 2)
    .stroke();
  const star: Array<[number, number]> = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r * 0.3 : r * 0.3 * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  doc.polygon(...star).fill();
  // The name along the upper edge, from lower left round to lower right, tops facing outwards.
  const chars = [...name.replace(/\s+/g, '')];
  const n = chars.length;
  const span = (Math.min(250, Math.max(120, n * 24)) * Math.PI) / 180;
  const condense = 0.78;
  const size = Math.min(r * 0.3, ((r * 0.72 * span) / Math.max(n, 1) / condense) * 0.85);
  const radius = r - ring - 2.5 - size * 0.5;
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / n;
    const deg = (a * 180) / Math.PI + 90;
    glyphAt(doc, set, ch, cx + radius * Math.cos(a), cy + radius * Math.sin(a), size, deg, condense);
  });
  if (purpose) {
    const ps = Math.min(r * 0.2, (r * 1.3) / Math.max([...purpose].length, 1));
    const total = [...purpose].length * ps;
    [...purpose].forEach((ch, i) => glyphAt(doc, set, ch, cx - total / 2 + (i + 0.5) * ps, cy + r * 0.52, ps, 0));
  }
  doc.restore();
}

/** Draws the seal centred on (cx, cy) with diameter `d`. */
export function drawSeal(doc: PDFKit.PDFDocument, set: FontSet, seal: DocumentSeal, cx: number, cy: number, d: number) {
  if ('png' in seal) {
    if (!isPng(seal.png)) throw new TypeError('The seal image is not a PNG file');
    const img = preparedSeal(seal.png);
    if (!img) {
      doc.image(seal.png, cx - d / 2, cy - d / 2, { fit: [d, d], align: 'center', valign: 'center' });
      return;
    }
    // Fitted into the 42 mm square, aspect kept, centred.
    const scale = d / Math.max(img.width, img.height);
    const [w, h] = [img.width * scale, img.height * scale];
    drawPrepared(doc, img, cx - w / 2, cy - h / 2, w, h);
  } else drawnSeal(doc, set, cx, cy, d, seal.drawn.name, seal.drawn.purpose);
}
