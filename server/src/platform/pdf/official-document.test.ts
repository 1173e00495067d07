import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { officialDate, renderOfficialDocument, type OfficialDocument } from './official-document.js';
import { extractPdfText } from './extract-text.test-support.js';

const notice: OfficialDocument = {
  issuer: '舟山市市场监督管理局',
  docNo: '舟审受〔2026〕0001号',
  title: '受理通知书',
  addressee: '龘䶮海味餐饮有限公司：',
  blocks: [
    {
      kind: 'paragraph',
      text: '你（单位）于二〇二六年十一月二十八日提出的“食品经营许可”申请，经审查，申请材料齐全、符合法定形式，决定予以受理。',
    },
    { kind: 'fields', items: [['办件编号', '33090020261128000001']] },
  ],
  signer: '舟山市市场监督管理局',
  date: new Date('2026-11-28T02:00:00Z'),
  seal: { name: '舟山市行政审批服务中心' },
  qr: { url: 'http://localhost:3000/verify/ABCDEFGH2345', caption: '验证码 ABCDEFGH2345' },
};

describe('official documents as PDF', () => {
  it('[R-APP-5] a notice renders with rare characters, the number and the Chinese date, one page, small', async () => {
    const pdf = await renderOfficialDocument(notice);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(200 * 1024);
    const { text, pages } = await extractPdfText(pdf);
    expect(pages).toBe(1);
    for (const s of ['龘䶮海味餐饮有限公司', '舟审受〔2026〕0001号', '受理通知书', '二〇二六年十一月二十八日'])
      expect(text.replace(/\s+/g, '')).toContain(s);
  });

  it('[R-APP-5] a long table breaks across pages', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [`材料${i + 1}`, `第${i + 1}项需补正的内容说明`]);
    const pdf = await renderOfficialDocument({
      ...notice,
      blocks: [{ kind: 'table', columns: ['材料', '内容'], rows }],
    });
    const { text, pages } = await extractPdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('材料60');
  });

  it('[R-APP-5] a character no font has is reported with its code point, never printed blank', async () => {
    const err = await renderOfficialDocument({ ...notice, addressee: '𠮷野家餐饮：' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).details).toEqual({ chars: ['𠮷'], codePoints: ['U+20BB7'] });
  });

  it('[R-NEW-2] the same document gives the same bytes (its signed hash can be recomputed)', async () => {
    const a = await renderOfficialDocument(notice);
    const b = await renderOfficialDocument(notice);
    expect(a.equals(b)).toBe(true);
  });

  it('[R-LAW-2] dates are written as official documents write them', () => {
    expect(officialDate(new Date('2026-11-28T02:00:00Z'))).toBe('二〇二六年十一月二十八日');
    expect(officialDate(new Date('2026-09-30T20:00:00Z'))).toBe('二〇二六年十月一日');
    expect(officialDate(new Date('2026-01-05T02:00:00Z'))).toBe('二〇二六年一月五日');
  });
});
