// The GB/T 9704 rules as positions: the 28-character grid, punctuation at line ends, page breaks,
// repeated table headers, the seal never alone on a page, signer and date placement.
import { describe, expect, it } from 'vitest';
import { documentFonts } from './fonts.js';
import { layoutDocument } from './layout.js';
import { officialDate, type OfficialDocument } from './official-document.js';
import { AREA, BODY, type DocumentLayout, type TextOp } from './page-flow.js';

const fonts = documentFonts();

const base: OfficialDocument = {
  issuer: '舟山市市场监督管理局',
  docNo: '舟审受〔2026〕0001号',
  title: '受理通知书',
  addressee: '龘䶮海味餐饮有限公司',
  blocks: [],
  signer: '舟山市市场监督管理局',
  date: new Date('2026-11-28T02:00:00Z'),
  seal: { drawn: { name: '舟山市行政审批服务中心' } },
};

type TextLine = { page: number; y: number; x: number; right: number; size: number; text: string };

const widthOf = (op: TextOp) => {
  const glyphs = [...op.text];
  const advance = glyphs.reduce((s, ch) => s + op.font.advance(ch.codePointAt(0) ?? 0) * op.size, 0);
  return advance + (glyphs.length - 1) * op.tracking;
};

/** Text operations joined into lines (same page and baseline), left to right. */
function lines(layout: DocumentLayout): TextLine[] {
  const out: TextLine[] = [];
  layout.pages.forEach((page, p) => {
    const byY = new Map<number, TextOp[]>();
    for (const op of page.ops) if (op.kind === 'text') byY.set(op.y, [...(byY.get(op.y) ?? []), op]);
    for (const [y, ops] of [...byY].sort((a, b) => a[0] - b[0])) {
      ops.sort((a, b) => a.x - b.x);
      const last = ops[ops.length - 1] as TextOp;
      const first = ops[0] as TextOp;
      out.push({
        page: p,
        y,
        x: first.x,
        right: last.x + widthOf(last),
        size: first.size,
        text: ops.map((o) => o.text).join(''),
      });
    }
  });
  return out;
}

const bodyLines = (layout: DocumentLayout) => lines(layout).filter((l) => l.size === BODY.size);

describe('official document layout (GB/T 9704-2012)', () => {
  it('[R-APP-5] 28 characters to a full line, the first line indented two, justified lines end at the right edge', () => {
    const text = '国'.repeat(26 + 28 + 10);
    const layout = layoutDocument({ ...base, blocks: [{ kind: 'paragraph', text }] }, fonts);
    const para = bodyLines(layout).filter((l) => l.text.startsWith('国'));
    expect(para.map((l) => [...l.text].length)).toEqual([26, 28, 10]);
    expect(para[0]?.x).toBeCloseTo(AREA.left + 2 * (AREA.width / 28), 0);
    expect(para[1]?.x).toBeCloseTo(AREA.left, 5);
    for (const l of para.slice(0, 2)) expect(l.right).toBeCloseTo(AREA.right, 0);
  });

  it('[R-APP-5] no line starts with closing punctuation or ends with opening punctuation; Latin words and numbers stay whole', () => {
    const sentence =
      '经审查，申请材料（含附件）齐全、符合法定形式；依据《行政许可法》第三十二条，“予以受理”。验证码ABCDEFGH2345可查询。';
    const layout = layoutDocument({ ...base, blocks: [{ kind: 'paragraph', text: sentence.repeat(6) }] }, fonts);
    const para = bodyLines(layout).filter((l) => !l.text.startsWith('舟山市') && !l.text.startsWith('二〇'));
    expect(para.length).toBeGreaterThan(5);
    for (const l of para) {
      expect('，。、；：？！）》」』〕”').not.toContain(l.text[0]);
      expect('（《「『〔“').not.toContain(l.text[l.text.length - 1]);
    }
    const joined = para.map((l) => l.text).join('|');
    expect(joined.match(/ABCDEFGH2345/g)).toHaveLength(6);
  });

  it('[R-APP-5] a URL longer than a line is broken by character from where it starts; dates in tables stay whole', () => {
    const url = `https://tongban.example/verify/${'ABCDEFGH'.repeat(8)}`;
    const layout = layoutDocument(
      {
        ...base,
        blocks: [
          { kind: 'paragraph', text: `详见${url}页面。` },
          {
            kind: 'table',
            columns: ['环节', '意见', '日期'],
            rows: [['审查', '不符合法定条件'.repeat(6), '2026-11-28']],
          },
        ],
      },
      fonts,
    );
    const para = bodyLines(layout).filter((l) => l.text.includes('ABCD') || l.text.startsWith('详见'));
    expect(para[0]?.text.startsWith('详见https://')).toBe(true);
    expect(para.map((l) => l.text).join('')).toBe(`详见${url}页面。`);
    expect(lines(layout).some((l) => l.text.endsWith('2026-11-28'))).toBe(true);
  });

  it('[R-APP-5] the seal never stands on a page without body text: the last lines go with it', () => {
    // Enough lines that the body ends just above the foot of page 1, leaving no room for the seal.
    let layout = layoutDocument(base, fonts);
    let chars = 0;
    for (let n = 10; n < 30 && layout.pages.length === 1; n += 1) {
      chars = 26 + 28 * n;
      layout = layoutDocument({ ...base, blocks: [{ kind: 'paragraph', text: '审'.repeat(chars) }] }, fonts);
    }
    expect(layout.pages).toHaveLength(2);
    expect(layout.pages[1]?.ops.some((op) => op.kind === 'seal')).toBe(true);
    const body = bodyLines(layout).filter((l) => l.text.startsWith('审审'));
    expect(body.filter((l) => l.page === 1)).toHaveLength(2);
    expect(body.reduce((s, l) => s + [...l.text].length, 0)).toBe(chars); // nothing lost or doubled
  });

  it('[R-LAW-2] when a table ends at the foot of a page, its last rows go with the seal under a repeated header', () => {
    let layout = layoutDocument(base, fonts);
    for (let n = 5; n < 40 && layout.pages.length === 1; n += 1) {
      const rows = Array.from({ length: n }, (_, i) => [`材料${i + 1}`, '未签字']);
      layout = layoutDocument({ ...base, blocks: [{ kind: 'table', columns: ['材料', '需补正的内容'], rows }] }, fonts);
    }
    expect(layout.pages).toHaveLength(2);
    const second = lines(layout).filter((l) => l.page === 1);
    expect(second.some((l) => l.text.startsWith('材料需补正的内容'))).toBe(true); // header again
    expect(second.filter((l) => /^材料\d+未签字$/.test(l.text)).length).toBeGreaterThanOrEqual(1);
    expect(layout.pages[1]?.ops.some((op) => op.kind === 'seal')).toBe(true);
  });

  it('[R-APP-5] a signer longer than a line is stacked over the date, nothing cut', () => {
    const signer = '舟山市市场监督管理局舟山市行政审批服务中心定海区分中心联合办理窗口';
    const all = lines(layoutDocument({ ...base, signer }, fonts));
    const date = all.find((l) => l.text === '二〇二六年十一月二十八日');
    const stacked = all.filter((l) => date && l.y < date.y && l.y > date.y - 3 * BODY.line && l.size === BODY.size);
    expect(stacked.map((l) => l.text).join('')).toBe(signer);
    for (const l of stacked) expect(l.right).toBeLessThanOrEqual(AREA.right + 0.5);
  });

  it('[R-LAW-2] a table row taller than a page is split across pages; page numbers alternate right and left', () => {
    const long = '需补正的内容说明'.repeat(300);
    const layout = layoutDocument(
      { ...base, blocks: [{ kind: 'table', columns: ['材料', '需补正的内容'], rows: [['平面图', long]] }] },
      fonts,
    );
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    const cell = layout.pages
      .flatMap((p) => p.ops)
      .filter(
        (op): op is TextOp =>
          op.kind === 'text' &&
          op.size === 14 &&
          op.font.key === 'regular' &&
          op.x > AREA.left + 40 &&
          !op.text.includes('—'),
      )
      .map((op) => op.text)
      .join('');
    expect(cell).toBe(long);
    const numbers = lines(layout).filter((l) => /^— \d+ —$/.test(l.text));
    expect(numbers.map((n) => n.text)).toEqual(layout.pages.map((_, i) => `— ${i + 1} —`));
    expect(numbers[0]?.right).toBeGreaterThan(AREA.right - 30);
    expect(numbers[1]?.x).toBeLessThan(AREA.left + 30);
  });

  it('[R-APP-5] the date ends four characters from the right, the signer centred over it, the seal centred on both', () => {
    const layout = layoutDocument(base, fonts);
    const all = lines(layout);
    const date = all.find((l) => l.text === '二〇二六年十一月二十八日');
    const signer = all.filter((l) => l.text === '舟山市市场监督管理局').pop();
    const seal = layout.pages[0]?.ops.find((op) => op.kind === 'seal');
    expect(date && signer && seal && seal.kind === 'seal').toBe(true);
    if (!date || !signer || seal?.kind !== 'seal') return;
    expect(date.right).toBeCloseTo(AREA.right - 4 * (AREA.width / 28), 0);
    expect((signer.x + signer.right) / 2).toBeCloseTo((date.x + date.right) / 2, 0);
    expect(seal.cx).toBeCloseTo((date.x + date.right) / 2, 0);
    expect(seal.cy).toBeLessThan(date.y);
  });

  it('[R-APP-5] a long title is centred in balanced lines, or broken where the template says', () => {
    const title = '关于龘䶮海味餐饮有限公司食品经营许可申请的受理通知书';
    const balanced = lines(layoutDocument({ ...base, title }, fonts)).filter((l) => l.size === 22);
    expect(balanced).toHaveLength(2);
    const [a, b] = balanced.map((l) => [...l.text].length);
    expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(1);
    const given = lines(
      layoutDocument({ ...base, title: '关于龘䶮海味餐饮有限公司\n食品经营许可申请的受理通知书' }, fonts),
    );
    expect(given.filter((l) => l.size === 22).map((l) => l.text)).toEqual([
      '关于龘䶮海味餐饮有限公司',
      '食品经营许可申请的受理通知书',
    ]);
  });

  it('[R-APP-5] fields wrap under their value; the addressee gets its colon', () => {
    const layout = layoutDocument(
      {
        ...base,
        blocks: [
          {
            kind: 'fields',
            items: [['承诺办结时限', '5个工作日（预计二〇二六年十二月四日前办结），逾期可申请延期一次']],
          },
        ],
      },
      fonts,
    );
    const all = bodyLines(layout);
    expect(all.some((l) => l.text === '龘䶮海味餐饮有限公司：' && l.x === AREA.left)).toBe(true);
    const first = all.findIndex((l) => l.text.startsWith('承诺办结时限：'));
    const label = all[first];
    const next = all[first + 1];
    expect(label && next).toBeTruthy();
    expect(next?.x).toBeCloseTo((label?.x ?? 0) + 7 * (AREA.width / 28), 0);
  });

  it('[R-APP-5] dates are written as official documents write them, in China time', () => {
    expect(officialDate(new Date('2026-11-28T02:00:00Z'))).toBe('二〇二六年十一月二十八日');
    expect(officialDate(new Date('2026-09-30T16:30:00Z'))).toBe('二〇二六年十月一日');
    expect(officialDate(new Date('2026-01-05T02:00:00Z'))).toBe('二〇二六年一月五日');
    expect(officialDate(new Date('2030-12-31T02:00:00Z'))).toBe('二〇三〇年十二月三十一日');
    expect(officialDate(new Date('2027-06-20T02:00:00Z'))).toBe('二〇二七年六月二十日');
  });

  it('[R-NEW-2] layout is a pure function of the document', () => {
    const d: OfficialDocument = {
      ...base,
      blocks: [{ kind: 'table', columns: ['材料', '文件'], rows: [['申请书', 'a.pdf']] }],
    };
    expect(layoutDocument(d, fonts)).toEqual(layoutDocument(structuredClone(d), fonts));
  });
});
