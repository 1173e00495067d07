/**
 * The document engine: official documents (notices, decisions, certificates) from structured
 * input to PDF, after GB/T 9704-2012. Contexts use this surface only.
 */
export type { DocumentBlock, DocumentSeal, OfficialDocument } from './official-document.js';
export { officialDate, printedText } from './official-document.js';
export { DocumentError, codePointOf, type MissingGlyphsDetails } from './document-error.js';
export {
  assertPrintable,
  configureFallbackFonts,
  createFontSet,
  documentFonts,
  missingGlyphs,
  type FontFile,
  type FontSet,
} from './fonts.js';
export { layoutDocument } from './layout.js';
export type { DocumentLayout, DrawOp } from './page-flow.js';
export { renderOfficialDocument, type RenderOptions } from './render-pdf.js';
export { qrRuns } from './qr.js';
export { sharesParsedFonts } from './pdfkit-fonts.js';
export { isPng } from './seal.js';
