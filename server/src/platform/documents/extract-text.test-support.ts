/**
 * Test support: a PDF's text as a reader would copy it, through Mozilla's pdf.js (an independent
 * implementation, so tests check what other software sees, not what pdfkit meant to write).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function extractPdfText(pdf: Buffer): Promise<{ pages: string[]; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return { pages, text: pages.join('\n') };
}

/** Text with every kind of white space removed, for containment checks across line breaks. */
export const compact = (s: string) => s.replace(/\s+/g, '');
