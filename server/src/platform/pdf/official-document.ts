/**
 * Official documents (公文) as PDF, laid out after GB/T 9704-2012: A4; margins top 37 mm, left
 * 28 mm, right 26 mm, bottom 35 mm; the issuing body in red at the top, the document number under
 * it above a red rule; the title centred; the body in 三号 (16 pt) with two-character indents; the
 * issuing body and the date (二〇二六年十一月二十八日) bottom right with the seal over the date;
 * page numbers "— 1 —". Input is structured (no HTML), output deterministic for the same input so
 * a signature over its hash can be reproduced.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { DomainError } from '../errors.js';
import { codePointOf, documentFonts, missingGlyphs } from './fonts.js';

export type DocumentBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: Array<[string, string]> }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export type OfficialDocument = {
  issuer: string;
  docNo: string;
  title: string;
  addressee?: string;
  blocks: DocumentBlock[];
  signer: string;
  date: Date;
  /** A round seal drawn with the centre's name (a centre's own seal image is a later addition). */
  seal?: { name: string };
  qr?: { url: string; caption: string };
};

const mm = (v: number) => (v * 72) / 25.4;
const RED = '#c00000';
const BODY = 16; // 三号
const LINE_GAP = 12; // ~28 pt lines
const margins = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) };

/** Chinese official date: 二〇二六年十一月二十八日 (China time). */
export function officialDate(at: Date): string {
  const digits = '〇一二三四五六七八九';
  const [y = '', m = '', d = ''] = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).split('-');
  const num = (n: number) =>
    n < 10
      ? digits[n]
      : n === 10
        ? '十'
        : n < 20
          ? `十${digits[n % 10]}`
          : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return `${[...y].map((c) => digits[Number(c)]).join('')}年${num(Number(m))}月${num(Number(d))}日`;
}

function allText(d: OfficialDocument): string {
  const parts = [d.issuer, d.docNo, d.title, d.addressee ?? '', d.signer, d.qr?.caption ?? ''];
  for (const b of d.blocks) {
    if (b.kind === 'paragraph') parts.push(b.text);
    if (b.kind === 'list') parts.push(...b.items);
    if (b.kind === 'fields') parts.push(...b.items.flat());
    if (b.kind === 'table') parts.push(...b.columns, ...b.rows.flat());
  }
  return parts.join('');
}

function drawSeal(doc: PDFKit.PDFDocument, cx: number, cy: number, name: string) {
  const r = mm(21);
  doc.save().lineWidth(2.5).strokeColor(RED).circle(cx, cy, r).stroke();
  // A five-pointed star in the middle.
  const star: Array<[number, number]> = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r * 0.3 : r * 0.12;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  doc.polygon(...star).fill(RED);
  // The name along the upper arc, one character at a time.
  const chars = [...name].slice(0, 16);
  const span = Math.PI * 1.2;
  doc.font('bold').fontSize(11).fillColor(RED);
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    const x = cx + (r - 14) * Math.cos(a);
    const y = cy + (r - 14) * Math.sin(a);
    doc
      .save()
      .rotate((a * 180) / Math.PI + 90, { origin: [x, y] })
      .text(ch, x - 5.5, y - 6, { lineBreak: false });
    doc.restore();
  });
  doc.restore();
}

/** The QR code drawn as vector squares: sharp at any zoom, and cheaper than embedding a PNG. */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  doc.save().fillColor('#000');
  for (let r = 0; r < n; r += 1)
    for (let c = 0; c < n; c += 1) if (qr.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell, cell);
  doc.fill().restore();
}

function drawTable(doc: PDFKit.PDFDocument, columns: string[], rows: string[][]) {
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const colWidth = width / columns.length;
  const pad = 4;
  const size = 12;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(size);
    const heights = cells.map((c) => doc.heightOfString(c, { width: colWidth - 2 * pad }));
    const h = Math.max(...heights, size) + 2 * pad;
    if (doc.y + h > doc.page.height - margins.bottom) doc.addPage();
    const y = doc.y;
    cells.forEach((c, i) => {
      doc
        .rect(left + i * colWidth, y, colWidth, h)
        .lineWidth(0.6)
        .strokeColor('#000')
        .stroke();
      doc.fillColor('#000').text(c, left + i * colWidth + pad, y + pad, { width: colWidth - 2 * pad });
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(columns, true);
  for (const r of rows) drawRow(r, false);
  doc.moveDown(0.5);
}

/** The document as PDF bytes. Refuses (naming them) characters no font can print. */
export async function renderOfficialDocument(d: OfficialDocument): Promise<Buffer> {
  const missing = missingGlyphs(allText(d));
  if (missing.length)
    throw new DomainError('document.missing_glyphs', { chars: missing, codePoints: missing.map(codePointOf) });
  const fonts = documentFonts();

  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    autoFirstPage: true,
    // Fixed metadata: the same document gives the same bytes, so its hash can be checked later.
    info: {
      Title: d.title,
      Author: d.issuer,
      CreationDate: d.date,
      ModDate: d.date,
      Producer: 'Tongban',
      Creator: 'Tongban',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const width = doc.page.width - margins.left - margins.right;

  // 版头: issuing body, number, red rule.
  doc.font('bold').fontSize(26).fillColor(RED).text(d.issuer, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.6);
  doc.font('regular').fontSize(BODY).fillColor('#000').text(d.docNo, { align: 'center' });
  const ruleY = doc.y + 6;
  doc
    .moveTo(margins.left, ruleY)
    .lineTo(margins.left + width, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + 24;

  // 主体: title, addressee, blocks.
  doc.font('bold').fontSize(22).fillColor('#000').text(d.title, { align: 'center' });
  doc.moveDown(0.8);
  doc.font('regular').fontSize(BODY);
  if (d.addressee) doc.text(d.addressee, { lineGap: LINE_GAP });
  for (const b of d.blocks) {
    doc.font('regular').fontSize(BODY).fillColor('#000');
    if (b.kind === 'paragraph' && b.text.trim())
      doc.text(b.text, { indent: BODY * 2, lineGap: LINE_GAP, align: 'justify' });
    if (b.kind === 'list') for (const item of b.items) doc.text(`· ${item}`, { indent: BODY * 2, lineGap: LINE_GAP });
    if (b.kind === 'fields')
      for (const [label, value] of b.items) doc.text(`${label}：${value}`, { indent: BODY * 2, lineGap: LINE_GAP });
    if (b.kind === 'table' && b.rows.length) drawTable(doc, b.columns, b.rows);
  }

  // 落款: signer and date bottom right, the seal over the date; the QR code bottom left.
  // GB/T 9704: the signature block follows the body after a blank line or two (空二行), and moves
  // to a new page only when it would not fit.
  const blockHeight = mm(20); // signer and date; the seal may reach into the margin, as stamped seals do
  if (doc.y + mm(10) + blockHeight > doc.page.height - margins.bottom) doc.addPage();
  const top = doc.y + mm(10);
  const dateText = officialDate(d.date);
  doc.font('regular').fontSize(BODY).fillColor('#000');
  const signerWidth = doc.widthOfString(d.signer);
  const dateWidth = doc.widthOfString(dateText);
  const right = margins.left + width - BODY * 4;
  doc.text(d.signer, right - signerWidth, top, { lineBreak: false });
  doc.text(dateText, right - dateWidth, top + BODY + LINE_GAP, { lineBreak: false });
  if (d.seal) drawSeal(doc, right - dateWidth / 2, top + BODY, d.seal.name);
  if (d.qr) {
    drawQr(doc, d.qr.url, margins.left, top - mm(6), mm(28));
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#000')
      .text(d.qr.caption, margins.left, top + mm(23), { lineBreak: false });
  }

  // 页码: "— 1 —" centred at the foot of every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(14).fillColor('#000');
    const label = `— ${i + 1} —`;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(label, 0, doc.page.height - mm(25), { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
