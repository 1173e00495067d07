// The engine end to end: PDFs read back by an independent reader (pdf.js) for text, pages, fonts
// and sizes; refusal of characters no font has; byte-identical output for signing.
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './document-error.js';
import { compact, extractPdfText } from './extract-text.test-support.js';
import { createFontSet, documentFonts, missingGlyphs } from './fonts.js';
import type { OfficialDocument } from './official-document.js';
import { setFontSharing, sharesParsedFonts } from './pdfkit-fonts.js';
import { renderOfficialDocument } from './render-pdf.js';

/** The acceptance notice (受理通知书) as the notices context fills it. */
const acceptance: OfficialDocument = {
  issuer: '舟山市市场监督管理局',
  docNo: '舟审受〔2026〕0001号',
  title: '受理通知书',
  addressee: '龘䶮海味餐饮有限公司',
  blocks: [
    {
      kind: 'paragraph',
      text: '你（单位）于二〇二六年十一月二十六日提出的“食品经营许可”申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。',
    },
    {
      kind: 'fields',
      items: [
        ['办件编号', '33090220261126000017'],
        ['查询密码', 'AB3C4D5E'],
        ['受理日期', '二〇二六年十一月二十八日'],
        ['承诺办结时限', '5个工作日（预计二〇二六年十二月四日前办结）'],
        ['法定办结时限', '20个工作日（二〇二六年十二月二十五日前）'],
      ],
    },
  ],
  signer: '舟山市市场监督管理局',
  date: new Date('2026-11-28T02:00:00Z'),
  seal: { drawn: { name: '舟山市行政审批服务中心', purpose: '行政许可专用章' } },
};

const pdfString = (pdf: Buffer) => pdf.toString('latin1');

describe('official documents as PDF', () => {
  it('[R-APP-5] a 受理通知书 with rare characters in the name prints them, the number and the Chinese date on one small page', async () => {
    const pdf = await renderOfficialDocument(acceptance);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThanOrEqual(200 * 1024);
    const { pages, text } = await extractPdfText(pdf);
    expect(pages).toHaveLength(1);
    for (const s of [
      '舟山市市场监督管理局',
      '舟审受〔2026〕0001号',
      '受理通知书',
      '龘䶮海味餐饮有限公司：',
      '第三十二条的规定，决定予以受理。',
      '办件编号：33090220261126000017',
      '二〇二六年十一月二十八日',
      '—1—',
    ])
      expect(compact(text)).toContain(s);
    // Subsets, not the 14 MB fonts: pdfkit names a subset TAG+Name.
    expect(pdfString(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(pdfString(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
    // The fonts parsed once per process reach pdfkit (else every notice re-parses them: 5× slower).
    expect(sharesParsedFonts(documentFonts().regular)).toBe(true);
  });

  it('[R-LAW-2] a supplement notice with a long table breaks across pages, header repeated, nothing lost', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `${i + 1}`,
      `材料${i + 1}：食品经营场所平面布局图`,
      i % 5 === 0 ? '缺少加盖公章的原件，复印件不清晰，请提供清晰完整的原件扫描件并注明与原件一致' : '未签字',
    ]);
    const pdf = await renderOfficialDocument({
      ...acceptance,
      docNo: '舟审补〔2026〕0002号',
      title: '补正材料通知书',
      blocks: [
        { kind: 'paragraph', text: '现一次性告知需要补正的全部内容：' },
        { kind: 'table', columns: ['序号', '材料', '需补正的内容'], rows },
        { kind: 'paragraph', text: '请于二〇二六年十二月四日前补正。逾期未补正的，视为撤回申请。' },
      ],
    });
    const { pages } = await extractPdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = compact(pages.join(''));
    for (const r of rows) expect(all).toContain(compact(r[1] ?? ''));
    for (const page of pages) expect(compact(page)).toContain('序号材料需补正的内容');
    expect(compact(pages[1] ?? '')).toContain('—2—');
    // The seal's page also carries the end of the body.
    expect(compact(pages[pages.length - 1] ?? '')).toContain('视为撤回申请');
  });

  it('[R-APP-5] a character no font has is refused with its code point, never printed as a blank', async () => {
    expect(missingGlyphs('龘䶮海味')).toEqual([]);
    expect(missingGlyphs('𠮷野家𠮷 𪚥')).toEqual(['𠮷', '𪚥']);
    const err = await renderOfficialDocument({ ...acceptance, addressee: '𠮷野家餐饮有限公司' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).code).toBe('document.missing_glyphs');
    expect((err as DocumentError).status).toBe(422);
    expect((err as DocumentError).details).toEqual({ chars: ['𠮷'], codePoints: ['U+20BB7'] });
  });

  it('[R-APP-5] characters the main font lacks are taken from a fallback font when one is configured', async () => {
    // Noto Serif SC has no Ł (U+0141); Liberation Sans (shipped with pdf.js) has.
    const liberation = createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');
    const withFallback = createFontSet([{ path: liberation }]);
    const doc = { ...acceptance, addressee: 'Łukasz 龘䶮 贸易有限公司' };
    expect(missingGlyphs(doc.addressee)).toEqual(['Ł']);
    expect(missingGlyphs(doc.addressee, withFallback)).toEqual([]);
    const pdf = await renderOfficialDocument(doc, { fonts: withFallback });
    expect(compact((await extractPdfText(pdf)).text)).toContain('Łukasz龘䶮贸易有限公司');
    expect(pdfString(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans/);
  });

  it('[R-NEW-2] the same document gives the same bytes, so its signed hash can be recomputed', async () => {
    const a = await renderOfficialDocument(acceptance);
    // Other documents in between: nothing cached across documents may change the output.
    await renderOfficialDocument({ ...acceptance, addressee: '王阿婆', title: '不予受理决定书' });
    const b = await renderOfficialDocument(structuredClone(acceptance));
    expect(a.equals(b)).toBe(true);
    const other = await renderOfficialDocument({ ...acceptance, docNo: '舟审受〔2026〕0002号' });
    expect(other.equals(a)).toBe(false);
    const plain = await renderOfficialDocument(acceptance, { compress: false });
    expect(plain.equals(await renderOfficialDocument(acceptance, { compress: false }))).toBe(true);
    expect(plain.length).toBeLessThanOrEqual(200 * 1024);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdfString(pdf))?.[1];
    expect(id(other)).not.toBe(id(a));
  });

  it('[R-NEW-2] a certificate carries its QR code and verification caption; a seal image is embedded with its transparency', async () => {
    const sealPng = await QRCode.toBuffer('seal', { color: { dark: '#d7000fff', light: '#00000000' }, width: 496 });
    const pdf = await renderOfficialDocument({
      ...acceptance,
      docNo: '舟审证〔2026〕0001号',
      title: '食品经营许可证',
      addressee: undefined,
      blocks: [
        {
          kind: 'fields',
          items: [
            ['经营者名称', '龘䶮海味餐饮有限公司'],
            ['许可证编号', 'JY13309020000017'],
            ['有效期至', '二〇三一年十一月二十七日'],
          ],
        },
      ],
      seal: { png: sealPng },
      qr: { url: 'https://tongban.example/verify/ABCDEFGH2345', caption: '验证码 ABCDEFGH2345 扫码核验' },
    });
    const { pages, text } = await extractPdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(compact(text)).toContain('验证码ABCDEFGH2345扫码核验');
    expect(pdfString(pdf)).toContain('/Subtype /Image');
    expect(pdfString(pdf)).toContain('/SMask');
    await expect(
      renderOfficialDocument({ ...acceptance, seal: { png: Buffer.from('GIF89a not a png') } }),
    ).rejects.toThrow(/not a PNG/);
  });

  it('[R-APP-5] a 版记 footer sits at the foot of the last page; the page count is what the layout says', async () => {
    const pdf = await renderOfficialDocument({ ...acceptance, footer: '本通知书一式两份，一份送达申请人，一份存档。' });
    const { pages } = await extractPdfText(pdf);
    expect(pdfString(pdf).match(/\/Type \/Page\b/g)).toHaveLength(pages.length);
    expect(compact(pages[pages.length - 1] ?? '')).toContain('本通知书一式两份，一份送达申请人，一份存档。');
  });

  it('[R-APP-5] should pdfkit change its internals, documents still render through its public font path', async () => {
    setFontSharing(false);
    try {
      const pdf = await renderOfficialDocument(acceptance);
      expect(compact((await extractPdfText(pdf)).text)).toContain('龘䶮海味餐饮有限公司：');
      expect(pdf.length).toBeLessThanOrEqual(200 * 1024);
    } finally {
      setFontSharing(true);
    }
  });
});
