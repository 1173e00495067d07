/**
 * An official document laid out after GB/T 9704-2012, as positioned drawing operations per page:
 * 版头 (issuing body in red, document number, red rule), title, 主送, body blocks, then the
 * signature (署名 centred over the 成文日期, which ends four characters from the right, the seal
 * pressed over both), an optional QR code, the 版记-style footer on the last page and the page
 * numbers (— 1 —, odd pages right, even pages left, 7 mm under the type area). Pure: no I/O, no
 * clock, so the same input always gives the same layout.
 */
import type { FontSet } from './fonts.js';
import { breakBalanced, breakLines, trackedWidth, type Line, type Style } from './line-break.js';
import { officialDate, type OfficialDocument } from './official-document.js';
import { AREA, BLACK, BODY, CHAR, Flow, GRID_TRACKING, RED, baselineIn, mm, type DocumentLayout } from './page-flow.js';
import { flowTable } from './table-layout.js';
import { emitLine, flowParagraph } from './text-layout.js';

const body: Style = { role: 'regular', size: BODY.size, tracking: GRID_TRACKING };
const TITLE = { size: 22, line: 34 };
const ISSUER = { size: 26, min: 16 };
const SEAL = mm(42);
/** How far a seal may reach below the type area (it stays clear of the page number, 7 mm down). */
const SEAL_OVERHANG = mm(4);
const QR = { size: mm(25), caption: 10.5, line: 14 };
const FOOTER = { size: 14, line: 22 };
const PAGE_NO = { size: 14 };
/** Body line pitches tried, in order, to keep the seal on the page (28 pt is the norm). */
const SQUEEZED_LINES = [26, 24];

/** Places a line at left edge `x`, its text centred in the slot. */
function place(flow: Flow, line: Line, x: number, slotTop: number, slotHeight: number, style: Style, color = BLACK) {
  emitLine(flow, line, x, baselineIn(slotTop, slotHeight, style.size), style, color, style.tracking);
}
const centred = (line: Line, style: Style, on = AREA.left + AREA.width / 2) =>
  on - trackedWidth(line, style.tracking) / 2;

function header(flow: Flow, set: FontSet, d: OfficialDocument): void {
  // 发文机关标志: as large as 一号 allows on one line, smaller for long names, wrapped at last.
  const probe: Style = { role: 'bold', size: 100, tracking: 0 };
  const natural = breakLines(d.issuer, set, probe, () => Infinity)[0]?.width ?? 0;
  const size = Math.max(ISSUER.min, Math.min(ISSUER.size, (AREA.width / Math.max(natural / 100, 1)) * 0.98));
  const style: Style = { role: 'bold', size, tracking: 0 };
  for (const line of breakBalanced(d.issuer, set, style, AREA.width)) {
    place(flow, line, centred(line, style), flow.y, size * 1.3, style, RED);
    flow.y += size * 1.3;
  }
  flow.y += 4;
  // 发文字号, centred; the red rule 4 mm under it, as wide as the type area.
  const numbers = breakLines(d.docNo, set, body, () => AREA.width);
  numbers.forEach((line, i) => place(flow, line, centred(line, body), flow.y + i * BODY.line, BODY.line, body));
  flow.y += (numbers.length - 1) * BODY.line;
  const ruleY = baselineIn(flow.y, BODY.line, BODY.size) + 0.12 * BODY.size + mm(4);
  flow.emit({ kind: 'rule', x1: AREA.left, y1: ruleY, x2: AREA.right, y2: ruleY, width: 2, color: RED });
  flow.y = ruleY + 22;
}

function title(flow: Flow, set: FontSet, text: string): void {
  const style: Style = { role: 'bold', size: TITLE.size, tracking: 0 };
  const lines = text.split('\n').flatMap((part) => breakBalanced(part.trim(), set, style, AREA.width - 4 * CHAR));
  for (const line of lines) {
    place(flow, line, centred(line, style), flow.y, TITLE.line, style);
    flow.y += TITLE.line;
  }
  flow.y += BODY.line / 2;
}

const paragraph = (flow: Flow, set: FontSet, text: string, firstIndent: number, restIndent = 0, justify = true) =>
  flowParagraph(flow, set, text, {
    style: body,
    left: AREA.left,
    width: AREA.width,
    firstIndent,
    restIndent,
    lineHeight: flow.line,
    justify,
  });

function blocks(flow: Flow, set: FontSet, d: OfficialDocument): void {
  for (const b of d.blocks) {
    if (b.kind === 'paragraph') {
      for (const text of b.text.split('\n')) if (text.trim()) paragraph(flow, set, text.trim(), 2 * CHAR);
    } else if (b.kind === 'list') {
      const numbered = b.items.length > 1;
      b.items.forEach((item, i) => paragraph(flow, set, numbered ? `${i + 1}．${item}` : item, 2 * CHAR));
    } else if (b.kind === 'fields') {
      // label：value, wrapped lines aligned under the value.
      for (const [label, value] of b.items) {
        const lead = label.trim() ? `${label.trim()}：` : '';
        const labelLine = breakLines(lead, set, body, () => Infinity)[0];
        const hang = 2 * CHAR + (labelLine ? trackedWidth(labelLine, body.tracking) + body.tracking : 0);
        paragraph(flow, set, `${lead}${value}`, 2 * CHAR, hang <= AREA.width / 2 ? hang : 2 * CHAR, false);
      }
    } else if (b.rows.length > 0) flowTable(flow, set, b.columns, b.rows);
  }
}

/** 署名, 成文日期 and the seal over them; the QR code with its caption at the left. */
function signature(flow: Flow, set: FontSet, d: OfficialDocument): void {
  const [date] = breakLines(officialDate(d.date), set, body, () => AREA.width);
  if (!date) return;
  const dateX = AREA.right - 4 * CHAR - trackedWidth(date, body.tracking);
  const centre = (dateX + AREA.right - 4 * CHAR) / 2;
  const signers = breakLines(d.signer, set, body, () => AREA.width - 4 * CHAR);
  const captionStyle: Style = { role: 'regular', size: QR.caption, tracking: 0 };
  const captionWidth = Math.max(QR.size, dateX - AREA.left - SEAL / 2 - 8);
  const captions = d.qr ? breakLines(d.qr.caption, set, captionStyle, () => captionWidth) : [];
  const qrHeight = d.qr ? 8 + QR.size + captions.length * QR.line : 0;
  // With a seal: its top within a line of the body, 署名 and 日期 a little below its centre.
  const dateTop = (d.seal ? 4 + SEAL / 2 - BODY.line * 0.8 : BODY.line) + signers.length * BODY.line;
  const height = Math.max(d.seal ? 4 + SEAL : 0, dateTop + BODY.line, qrHeight);
  const needed = Math.max(height - (d.seal ? SEAL_OVERHANG : 0), dateTop + BODY.line, qrHeight);
  flow.keepWithPrevious(needed, 2);
  const top = flow.y;
  signers.forEach((line, i) => {
    const x = Math.min(centred(line, body, centre), AREA.right - trackedWidth(line, body.tracking));
    place(flow, line, x, top + dateTop - (signers.length - i) * BODY.line, BODY.line, body);
  });
  place(flow, date, dateX, top + dateTop, BODY.line, body);
  if (d.seal) flow.emit({ kind: 'seal', cx: centre, cy: top + 4 + SEAL / 2, diameter: SEAL, seal: d.seal });
  if (d.qr) {
    flow.emit({ kind: 'qr', x: AREA.left, y: top + 4, size: QR.size, url: d.qr.url });
    captions.forEach((line, i) => place(flow, line, AREA.left, top + 8 + QR.size + i * QR.line, QR.line, captionStyle));
  }
  flow.y = top + height;
}

/** 版记 style: between two rules at the foot of the last page, one character in from each side. */
function footer(flow: Flow, set: FontSet, text: string): void {
  const style: Style = { role: 'regular', size: FOOTER.size, tracking: 0 };
  const lines = text
    .split('\n')
    .filter((t) => t.trim())
    .flatMap((t) => breakLines(t.trim(), set, style, () => AREA.width - 2 * FOOTER.size));
  if (lines.length === 0) return;
  const height = lines.length * FOOTER.line + 8;
  if (!flow.fits(height + BODY.line / 2)) flow.newPage();
  const top = AREA.bottom - height;
  const rule = (y: number) =>
    flow.emit({ kind: 'rule', x1: AREA.left, y1: y, x2: AREA.right, y2: y, width: 1, color: BLACK });
  rule(top);
  lines.forEach((line, i) => place(flow, line, AREA.left + FOOTER.size, top + 4 + i * FOOTER.line, FOOTER.line, style));
  rule(AREA.bottom);
  flow.y = AREA.bottom;
}

function pageNumbers(flow: Flow, set: FontSet): void {
  const style: Style = { role: 'regular', size: PAGE_NO.size, tracking: 0 };
  flow.pages.forEach((page, i) => {
    const [line] = breakLines(`— ${i + 1} —`, set, style, () => Infinity);
    if (!line) return;
    const odd = i % 2 === 0;
    const x = odd ? AREA.right - PAGE_NO.size - line.width : AREA.left + PAGE_NO.size;
    const y = AREA.bottom + mm(7) + 0.88 * PAGE_NO.size;
    emitLine({ emit: (op) => page.ops.push(op) }, line, x, y, style, BLACK, 0);
  });
}

function layoutWith(d: OfficialDocument, set: FontSet, line: number): DocumentLayout & { pushed: boolean } {
  const flow = new Flow(line);
  header(flow, set, d);
  title(flow, set, d.title);
  if (d.addressee?.trim()) {
    const text = d.addressee.trim();
    paragraph(flow, set, /[：:]$/.test(text) ? text : `${text}：`, 0, 0, false);
  }
  blocks(flow, set, d);
  signature(flow, set, d);
  if (d.footer) footer(flow, set, d.footer);
  pageNumbers(flow, set);
  return { pages: flow.pages, pushed: flow.pushed };
}

/**
 * The document laid out page by page. Characters must have been checked (assertPrintable). When
 * the seal and date alone push the document onto one more page, body lines are set closer
 * (GB/T 9704 allows adjusting line spacing so they fit) if that saves the page.
 */
export function layoutDocument(d: OfficialDocument, set: FontSet): DocumentLayout {
  const plain = layoutWith(d, set, BODY.line);
  if (plain.pushed)
    for (const line of SQUEEZED_LINES) {
      const tried = layoutWith(d, set, line);
      if (tried.pages.length < plain.pages.length) return { pages: tried.pages };
    }
  return { pages: plain.pages };
}
