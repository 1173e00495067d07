/**
 * The engine's refusal: a document that would print a character as a blank or a box (tofu) is not
 * issued. The error names each character and its code point so a clerk can correct a name, and
 * carries the catalogue code the HTTP layer answers with (422).
 */
import { DomainError } from '../errors.js';

export type MissingGlyphsDetails = { chars: string[]; codePoints: string[] };

export class DocumentError extends DomainError {
  override name = 'DocumentError';
  constructor(
    code: 'document.missing_glyphs',
    override readonly details: MissingGlyphsDetails,
  ) {
    super(code, details);
  }
}

/** U+20BB7 for 𠮷: how the characters are named to people. */
export const codePointOf = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
