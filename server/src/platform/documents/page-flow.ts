/**
 * The page as GB/T 9704-2012 sets it (A4, 版心 156 × 225 mm, 三号 text on 28 pt lines, 28
 * characters a line) and the flow that fills pages top to bottom. Layout places everything in
 * absolute points first, so page breaks, repeated table headers and the rule that the seal never
 * stands on a page without body text are decided before anything is drawn.
 */
import type { LoadedFont } from './fonts.js';
import type { DocumentSeal } from './official-document.js';

export const mm = (v: number) => (v * 72) / 25.4;

export const PAGE = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) };
/** The 版心 (type area). */
export const AREA = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
  width: PAGE.width - MARGIN.left - MARGIN.right,
};

export const RED = '#d7000f';
export const BLACK = '#000000';
/** 三号, on a fixed 28 pt line. */
export const BODY = { size: 16, line: 28 };
/** Tracking that puts exactly 28 characters of 三号 on a line of the 156 mm type area. */
export const GRID_TRACKING = (AREA.width - 28 * BODY.size) / 27;
/** One character of body text, the unit of indents (左空二字, 右空四字). */
export const CHAR = BODY.size + GRID_TRACKING;

/** Baseline of text of `size` centred in a slot (the ideographic em box spans 0.88 up, 0.12 down). */
export const baselineIn = (slotTop: number, slotHeight: number, size: number) =>
  slotTop + (slotHeight - size) / 2 + 0.88 * size;

export type TextOp = {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  color: string;
  font: LoadedFont;
  text: string;
  /** pt after each glyph (justification and the 28-character grid). */
  tracking: number;
};
export type RuleOp = { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; color: string };
export type SealOp = { kind: 'seal'; cx: number; cy: number; diameter: number; seal: DocumentSeal };
export type QrOp = { kind: 'qr'; x: number; y: number; size: number; url: string };
export type DrawOp = TextOp | RuleOp | SealOp | QrOp;

export type Page = { ops: DrawOp[] };
export type DocumentLayout = { pages: Page[] };

/** A body line or table row already placed, which the signature block may carry to a new page. */
type Placed = { page: number; from: number; top: number; height: number; reprise?: () => void; sticky: boolean };

function shift(op: DrawOp, dy: number): DrawOp {
  switch (op.kind) {
    case 'text':
      return { ...op, y: op.y + dy };
    case 'rule':
      return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
    case 'seal':
      return { ...op, cy: op.cy + dy };
    case 'qr':
      return { ...op, y: op.y + dy };
  }
}

export class Flow {
  readonly pages: Page[] = [{ ops: [] }];
  /** @param line Pitch of body lines: 28 pt, less when squeezing a seal onto the last page. */
  constructor(readonly line: number = BODY.line) {}

  /** Top of the next free slot on the current page. */
  y: number = AREA.top;
  private placed: Placed[] = [];
  /** Whether keepWithPrevious had to start a page (the seal did not fit under the body). */
  pushed = false;
  /** Redraws the running table header after a break (续表), set while a table is laid out. */
  onNewPage: (() => void) | null = null;

  get page(): Page {
    return this.pages[this.pages.length - 1] as Page;
  }

  emit(op: DrawOp): void {
    this.page.ops.push(op);
  }

  fits(height: number): boolean {
    return this.y + height <= AREA.bottom + 0.01;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = AREA.top;
    this.placed = [];
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (!this.fits(height)) this.newPage();
  }

  /**
   * Runs `draw` in a box of `height` at the cursor, remembering it as movable body content.
   * `reprise` redraws what must precede it on a new page (a table header); a `sticky` box (the
   * header itself) never stays behind at the foot of a page without what follows it.
   */
  box(height: number, draw: (top: number) => void, options: { reprise?: () => void; sticky?: boolean } = {}): void {
    this.ensure(height);
    const from = this.page.ops.length;
    const top = this.y;
    draw(top);
    this.y += height;
    const placed: Placed = { page: this.pages.length - 1, from, top, height, sticky: options.sticky ?? false };
    if (options.reprise) placed.reprise = options.reprise;
    this.placed.push(placed);
    if (this.placed.length > 6) this.placed.shift();
  }

  /**
   * Makes room for a block of `height` (the signature and seal): when it does not fit, it goes to
   * a new page together with the last `carry` body lines, so no page holds a seal alone.
   */
  keepWithPrevious(height: number, carry: number): void {
    if (this.fits(height)) return;
    this.pushed = true;
    const onPage = this.placed.filter((p) => p.page === this.pages.length - 1);
    let n = Math.min(carry, onPage.length - 1);
    while (n > 0 && n < onPage.length - 1 && onPage[onPage.length - n - 1]?.sticky) n += 1;
    if (onPage[onPage.length - n - 1]?.sticky) n = 0; // would leave a header alone: carry nothing
    const moving = n > 0 ? onPage.slice(-n) : [];
    const first = moving[0];
    const ops = first ? this.page.ops.splice(first.from) : [];
    const top = first?.top ?? 0;
    const saved = this.onNewPage;
    this.onNewPage = null;
    this.newPage();
    if (!first?.sticky) first?.reprise?.();
    const dy = this.y - top;
    for (const op of ops) this.emit(shift(op, dy));
    this.y += moving.reduce((s, p) => s + p.height, 0);
    this.onNewPage = saved;
  }
}
