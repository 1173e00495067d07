import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The link is a PDF the browser's session may open inline. */
export async function expectPdf(page: Page, href: string | null): Promise<Buffer> {
  assert.ok(href, 'the link has an address');
  const res = await page.request.get(href);
  assert.equal(res.status(), 200, `${href}: ${res.status()}`);
  assert.match(res.headers()['content-type'] ?? '', /application\/pdf/);
  const body = await res.body();
  assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
  return body;
}

/** The text of every page of a PDF, one page a line. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return parts.join('\n');
}
