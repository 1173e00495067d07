// Helpers of the cases benchmark (cases-issue5.ts): the ~100 KB material and the bare baseline process.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { benchDir } from '../lib/paths.js';
import { startBareScript, type RunningServer } from '../lib/servers.js';

export const MATERIAL_KB = 100;

// --- the material: a fixed ~100 KB PDF with a random comment, so every upload is a new file ---

const pdfHead = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n',
);
const pdfPadding = Buffer.from(
  `%${'0123456789abcdef'.repeat(Math.ceil((MATERIAL_KB * 1024) / 16)).slice(0, MATERIAL_KB * 1024 - 200)}\n`,
);
const pdfTail = Buffer.from('trailer<</Root 1 0 R>>\n%%EOF\n');
export const material = () =>
  Buffer.concat([pdfHead, pdfPadding, Buffer.from(`%${randomBytes(16).toString('hex')}\n`), pdfTail]);

export function multipartBody(bytes: Buffer, fileName: string): { body: Buffer; contentType: string } {
  const boundary = `----tongbanbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  return {
    body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

// --- the bare baseline process ---

export const startCasesBare = (databaseUrl: string, filesDir: string): Promise<RunningServer> =>
  startBareScript('cases-bare', path.join(benchDir, 'src', 'benchmarks', 'cases-bare.ts'), {
    BARE_DATABASE_URL: databaseUrl,
    BARE_FILES_DIR: filesDir,
  });
