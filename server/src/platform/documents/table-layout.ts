/**
 * Tables (materials, fees, opinions): columns sized from their content and filling the type area,
 * cells wrapping, rows breaking across pages with the header row repeated on each new page, and a
 * row taller than a page split between pages rather than cut off.
 */
import type { FontSet } from './fonts.js';
import { breakLines, trackedWidth, widestUnit, type Line, type Style } from './line-break.js';
import { AREA, BLACK, baselineIn, type Flow } from './page-flow.js';
import { emitLine } from './text-layout.js';

const TABLE = { size: 14, line: 22, padX: 5, padY: 4, border: 0.75 };
const bodyStyle: Style = { role: 'regular', size: TABLE.size, tracking: 0 };
const headStyle: Style = { role: 'bold', size: TABLE.size, tracking: 0 };

/** CSS-like automatic widths: natural widths when they fit, else minimums plus a fair share. */
function columnWidths(set: FontSet, columns: string[], rows: string[][]): number[] {
  const natural = (text: string, style: Style) =>
    breakLines(text, set, style, () => Number.POSITIVE_INFINITY).reduce((m, l) => Math.max(m, trackedWidth(l, 0)), 0);
  const pad = 2 * TABLE.padX;
  const desired = columns.map(
    (c, i) => Math.max(natural(c, headStyle), ...rows.map((r) => natural(r[i] ?? '', bodyStyle))) + pad,
  );
  // A column is at least four characters wide, or as wide as its widest word or number (a date,
  // a code), within reason: such things read badly when broken.
  const widest = columns.map((c, i) =>
    Math.max(widestUnit(c, set, headStyle), ...rows.map((r) => widestUnit(r[i] ?? '', set, bodyStyle))),
  );
  const minimum = desired.map((d, i) =>
    Math.min(d, Math.max(4 * TABLE.size, Math.min(widest[i] ?? 0, AREA.width * 0.3)) + pad),
  );
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const total = sum(desired);
  if (total <= AREA.width) return desired.map((d) => d + ((AREA.width - total) * d) / total);
  const floor = sum(minimum);
  if (floor >= AREA.width) return columns.map(() => AREA.width / columns.length);
  const slack = sum(desired.map((d, i) => d - (minimum[i] ?? 0)));
  return desired.map((d, i) => (minimum[i] ?? 0) + ((AREA.width - floor) * (d - (minimum[i] ?? 0))) / slack);
}

type Row = { cells: Line[][]; style: Style; center: boolean };

function prepare(set: FontSet, texts: string[], widths: number[], style: Style, center: boolean): Row {
  return {
    style,
    center,
    cells: widths.map((w, i) => breakLines(texts[i] ?? '', set, style, () => w - 2 * TABLE.padX)),
  };
}

/** Draws lines [from, to) of a row as one framed band at the cursor; `reprise` redraws the header. */
function band(flow: Flow, row: Row, widths: number[], from: number, to: number, reprise?: () => void): void {
  const sticky = reprise === undefined; // the header row
  const height = (to - from) * TABLE.line + 2 * TABLE.padY;
  const draw = (top: number) => {
    const rule = (x1: number, y1: number, x2: number, y2: number) =>
      flow.emit({ kind: 'rule', x1, y1, x2, y2, width: TABLE.border, color: BLACK });
    rule(AREA.left, top, AREA.right, top);
    rule(AREA.left, top + height, AREA.right, top + height);
    let x = AREA.left;
    rule(x, top, x, top + height);
    widths.forEach((w, c) => {
      const lines = row.cells[c] ?? [];
      for (let i = from; i < Math.min(to, lines.length); i += 1) {
        const line = lines[i] as Line;
        const slot = top + TABLE.padY + (i - from) * TABLE.line;
        const inner = w - 2 * TABLE.padX;
        const dx = row.center ? (inner - trackedWidth(line, 0)) / 2 : 0;
        emitLine(flow, line, x + TABLE.padX + dx, baselineIn(slot, TABLE.line, TABLE.size), row.style, BLACK, 0);
      }
      x += w;
      rule(x, top, x, top + height);
    });
  };
  flow.box(height, draw, reprise ? { reprise } : { sticky });
}

export function flowTable(flow: Flow, set: FontSet, columns: string[], rows: string[][]): void {
  if (columns.length === 0) return;
  const widths = columnWidths(set, columns, rows);
  const header = prepare(set, columns, widths, headStyle, true);
  const headerLines = Math.max(1, ...header.cells.map((c) => c.length));
  const headerHeight = headerLines * TABLE.line + 2 * TABLE.padY;
  const drawHeader = () => band(flow, header, widths, 0, headerLines);
  // The header never ends a page: it goes down with the first row.
  const firstRow = rows[0] ? prepare(set, rows[0], widths, bodyStyle, false) : null;
  const firstHeight = firstRow ? Math.max(1, ...firstRow.cells.map((c) => c.length)) * TABLE.line + 2 * TABLE.padY : 0;
  flow.ensure(headerHeight + Math.min(firstHeight, TABLE.line + 2 * TABLE.padY));
  flow.y += 6;
  drawHeader();
  flow.onNewPage = drawHeader;
  for (const [i, texts] of rows.entries()) {
    const row = i === 0 && firstRow ? firstRow : prepare(set, texts, widths, bodyStyle, false);
    const lines = Math.max(1, ...row.cells.map((c) => c.length));
    const room = AREA.bottom - AREA.top - headerHeight - 2 * TABLE.padY;
    if (lines * TABLE.line <= room) {
      band(flow, row, widths, 0, lines, drawHeader);
      continue;
    }
    // Taller than a page: split it, as much as fits on each page.
    for (let from = 0; from < lines;) {
      const free = Math.floor((AREA.bottom - flow.y - 2 * TABLE.padY) / TABLE.line);
      if (free < 1) {
        flow.newPage();
        continue;
      }
      const to = Math.min(lines, from + free);
      band(flow, row, widths, from, to, drawHeader);
      from = to;
    }
  }
  flow.onNewPage = null;
  flow.y += 10;
}
