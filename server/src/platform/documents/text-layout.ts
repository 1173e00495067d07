/**
 * Lines placed on the page: pieces of a broken line turned into text operations at exact
 * positions, and paragraphs flowed line by line (2-character first-line indent, 回行顶格,
 * justified on the character grid except for a paragraph's last line).
 */
import type { FontSet } from './fonts.js';
import { breakLines, trackedWidth, type Line, type Style } from './line-break.js';
import { BLACK, baselineIn, type DrawOp, type Flow } from './page-flow.js';

/** Where operations go: the flow's current page, or a given page. */
export type Sink = { emit(op: DrawOp): void };

export function emitLine(
  sink: Sink,
  line: Line,
  x: number,
  baseline: number,
  style: Style,
  color: string,
  tracking: number,
) {
  let cursor = x;
  for (const p of line.pieces) {
    sink.emit({ kind: 'text', x: cursor, y: baseline, size: style.size, color, font: p.font, text: p.text, tracking });
    cursor += p.width + p.glyphs * tracking;
  }
}

/** Tracking that makes `line` fill `room` exactly; the grid tracking when that would look gappy. */
export function justify(line: Line, room: number, style: Style): number {
  if (line.glyphs < 2) return style.tracking;
  const extra = (room - trackedWidth(line, style.tracking)) / (line.glyphs - 1);
  return extra > 0 && extra < style.size * 0.5 ? style.tracking + extra : style.tracking;
}

export type ParagraphOptions = {
  style: Style;
  left: number;
  width: number;
  /** Indent of the first line and of the lines after it. */
  firstIndent: number;
  restIndent: number;
  lineHeight: number;
  justify: boolean;
  align?: 'left' | 'center' | 'right';
  color?: string;
};

/** Flows a paragraph into the page, one movable box per line. */
export function flowParagraph(flow: Flow, set: FontSet, text: string, o: ParagraphOptions): void {
  const indent = (i: number) => (i === 0 ? o.firstIndent : o.restIndent);
  const lines = breakLines(text, set, o.style, (i) => o.width - indent(i));
  lines.forEach((line, i) => {
    const room = o.width - indent(i);
    const last = i === lines.length - 1;
    const tracking = o.justify && !last ? justify(line, room, o.style) : o.style.tracking;
    const w = trackedWidth(line, tracking);
    const offset = o.align === 'center' ? (room - w) / 2 : o.align === 'right' ? room - w : 0;
    flow.box(o.lineHeight, (top) =>
      emitLine(
        flow,
        line,
        o.left + indent(i) + offset,
        baselineIn(top, o.lineHeight, o.style.size),
        o.style,
        o.color ?? BLACK,
        tracking,
      ),
    );
  });
}
