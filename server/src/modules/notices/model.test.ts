import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './default-templates.js';
import { chineseDate, docNumber, fillTemplate, noticeTypes, templateProblems, type NoticeData } from './model.js';

const data: NoticeData = {
  scalars: {
    'applicant.name': '龘䶮海味餐饮有限公司',
    'case.caseNo': '33090020261128000001',
    'case.itemName': '食品经营许可',
  },
  lists: {
    materials: [],
    supplementItems: [
      { material: '营业执照复印件', problem: '不清晰' },
      { material: '（其他）', problem: '缺法定代表人身份证复印件' },
    ],
    opinions: [],
    tolerated: [],
    departments: [],
  },
};

describe('notice templates', () => {
  it('[R-APP-5] every default template uses only known fields', () => {
    for (const type of noticeTypes) expect(templateProblems(defaultTemplates[type]), type).toEqual([]);
  });

  it('[R-APP-5] one case’s data fills the document; loops list every supplement item', () => {
    const filled = fillTemplate(defaultTemplates.supplement_notice, data);
    expect(filled.addressee).toBe('龘䶮海味餐饮有限公司：');
    const table = filled.blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      columns: ['材料', '需补正的内容'],
      rows: [
        ['营业执照复印件', '不清晰'],
        ['（其他）', '缺法定代表人身份证复印件'],
      ],
    });
  });

  it('[R-APP-5] a template naming an unknown field, or carrying markup, is refused with the place named', () => {
    const bad = {
      ...defaultTemplates.acceptance_notice,
      blocks: [
        { kind: 'paragraph' as const, text: '尊敬的{{applicant.nmae}}' },
        { kind: 'paragraph' as const, text: '<script>alert(1)</script>' },
        { kind: 'list' as const, each: 'materials' as const, item: '{{item.problem}}' },
      ],
    };
    expect(templateProblems(bad)).toEqual([
      { field: 'blocks.0.text', code: 'unknown_field', name: 'applicant.nmae' },
      { field: 'blocks.1.text', code: 'markup' },
      { field: 'blocks.2.item', code: 'unknown_field', name: 'item.problem' },
    ]);
  });

  it('[R-LAW-2] numbers read 舟审受〔2026〕0001号; dates as official documents write them', () => {
    expect(docNumber('舟审', 'acceptance_notice', 2026, 1)).toBe('舟审受〔2026〕0001号');
    expect(docNumber('定审', 'denial_decision', 2026, 12)).toBe('定审不准〔2026〕0012号');
    expect(chineseDate('2026-11-28')).toBe('二〇二六年十一月二十八日');
    expect(chineseDate('2026-01-05')).toBe('二〇二六年一月五日');
    expect(chineseDate('2026-10-10')).toBe('二〇二六年十月十日');
    expect(chineseDate('2026-12-20')).toBe('二〇二六年十二月二十日');
  });
});
