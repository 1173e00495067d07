/**
 * Chinese line breaking, done here rather than by pdfkit so that the engine controls what official
 * documents need: a break between any two Chinese characters but never inside a Latin word or a
 * number, the punctuation rules (no ，。、）》〕” at the start of a line, no （《〔“ at its end),
 * per-character font fallback, and widths known before anything is drawn (for justification,
 * table columns and page breaks).
 */
import { fontFor, isInvisible, type FontRole, type FontSet, type LoadedFont } from './fonts.js';

/** Text in one font, measured at its size, without tracking. */
export type Piece = { text: string; font: LoadedFont; width: number; glyphs: number };

/** Something a line cannot be broken inside. */
type Unit = { pieces: Piece[]; width: number; glyphs: number; space: boolean };

export type Line = { pieces: Piece[]; width: number; glyphs: number };

export type Style = { role: FontRole; size: number; /** pt added after every glyph */ tracking: number };

const NO_START = new Set([...'，。、；：？！）】》」』〕〉〗”’…—·‥％‰℃,.;:?!)]}%']);
const NO_END = new Set([...'（【《「『〔〈〖“‘([{￥¥$£€#']);

const isWordChar = (cp: number) =>
  (cp > 0x20 && cp < 0x7f) || (cp >= 0xc0 && cp < 0x2000 && cp !== 0xd7 && cp !== 0xf7);

/** Pieces of one word or character, split where the font changes. Unprintable text is skipped. */
function measure(text: string, set: FontSet, style: Style, word: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const font = fontFor(set, style.role, cp);
    if (!font) continue; // refused earlier by assertPrintable; never drawn as a blank
    const last = pieces[pieces.length - 1];
    if (last && last.font === font) {
      last.text += ch;
      last.glyphs += 1;
    } else pieces.push({ text: ch, font, width: 0, glyphs: 1 });
  }
  for (const p of pieces)
    p.width = (word ? p.font.wordWidth(p.text) : p.font.advance(p.text.codePointAt(0) ?? 0) * p.glyphs) * style.size;
  return pieces;
}

function unitOf(pieces: Piece[], space: boolean): Unit {
  return {
    pieces,
    space,
    width: pieces.reduce((s, p) => s + p.width, 0),
    glyphs: pieces.reduce((s, p) => s + p.glyphs, 0),
  };
}

function units(text: string, set: FontSet, style: Style): Unit[] {
  const atoms: Array<{ text: string; word: boolean; space: boolean }> = [];
  for (const ch of text.replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp !== 0x20 && isInvisible(cp)) continue;
    const last = atoms[atoms.length - 1];
    if (isWordChar(cp) && last?.word) last.text += ch;
    else atoms.push({ text: ch, word: isWordChar(cp), space: cp === 0x20 });
  }
  const out: Unit[] = [];
  let glueNext = false;
  for (const a of atoms) {
    const pieces = measure(a.text, set, style, a.word);
    if (pieces.length === 0) continue;
    const prev = out[out.length - 1];
    const glue = prev && !prev.space && !a.space && (glueNext || NO_START.has(a.text[0] ?? ''));
    if (glue) out[out.length - 1] = unitOf([...prev.pieces, ...pieces], false);
    else out.push(unitOf(pieces, a.space));
    glueNext = !a.space && a.text.length === 1 && NO_END.has(a.text);
  }
  return out;
}

/** Splits a unit wider than a whole line into single characters (a long URL, say). */
function explode(u: Unit, set: FontSet, style: Style): Unit[] {
  return u.pieces.flatMap((p) => [...p.text].map((ch) => unitOf(measure(ch, set, style, false), false)));
}

function toLine(us: Unit[]): Line {
  while (us.length > 0 && us[us.length - 1]?.space) us.pop();
  const pieces: Piece[] = [];
  for (const p of us.flatMap((u) => u.pieces)) {
    const last = pieces[pieces.length - 1];
    if (last && last.font === p.font) {
      last.text += p.text;
      last.width += p.width;
      last.glyphs += p.glyphs;
    } else pieces.push({ ...p });
  }
  return { pieces, width: pieces.reduce((s, p) => s + p.width, 0), glyphs: pieces.reduce((s, p) => s + p.glyphs, 0) };
}

/** The visible width of a line set with `tracking` after each glyph but the last. */
export const trackedWidth = (l: { width: number; glyphs: number }, tracking: number) =>
  l.width + Math.max(0, l.glyphs - 1) * tracking;

/**
 * Breaks `text` into lines; `widthOf(i)` is the room on line i (the first line of a paragraph is
 * narrower by its indent). Spaces at a break are dropped, as in print.
 */
export function breakLines(text: string, set: FontSet, style: Style, widthOf: (line: number) => number): Line[] {
  const lines: Line[] = [];
  let current: Unit[] = [];
  let used = 0;
  const pending = units(text, set, style);
  for (let i = 0; i < pending.length; i += 1) {
    const u = pending[i];
    if (!u) continue;
    if (u.space && current.length === 0 && lines.length > 0) continue;
    const room = widthOf(lines.length) + 0.01;
    const w = u.width + u.glyphs * style.tracking;
    if (used + w - style.tracking <= room) {
      current.push(u);
      used += w;
      continue;
    }
    if (u.space) {
      lines.push(toLine(current));
      current = [];
      used = 0;
      continue;
    }
    // Wider than a whole line (a long URL): break it by character, starting on this line.
    if (w - style.tracking > widthOf(lines.length + 1) + 0.01 && (u.glyphs > 1 || u.pieces.length > 1)) {
      pending.splice(i + 1, 0, ...explode(u, set, style));
      continue;
    }
    if (current.length > 0) {
      lines.push(toLine(current));
      current = [];
      used = 0;
    }
    current.push(u);
    used = w;
  }
  if (current.length > 0 || lines.length === 0) lines.push(toLine(current));
  return lines;
}

/** The widest thing in `text` that a line cannot break (a word, a number, a character). */
export function widestUnit(text: string, set: FontSet, style: Style): number {
  return units(text, set, style).reduce((m, u) => Math.max(m, u.width + Math.max(0, u.glyphs - 1) * style.tracking), 0);
}

/** Lines of even length for a centred title (GB/T 9704 asks for a balanced, trapezoid shape). */
export function breakBalanced(text: string, set: FontSet, style: Style, width: number): Line[] {
  const greedy = breakLines(text, set, style, () => width);
  if (greedy.length < 2) return greedy;
  let best = greedy;
  for (let w = width - style.size; w > style.size * 2; w -= style.size / 2) {
    const tried = breakLines(text, set, style, () => w);
    if (tried.length > greedy.length) break;
    best = tried;
  }
  return best;
}
