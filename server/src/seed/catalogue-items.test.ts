import { inflateRawSync } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { type ItemDefinition, itemDefinitionSchema, type TimeLimit } from '../modules/catalogue/definition.js';
import { definitionProblems, searchText } from '../modules/catalogue/model.js';
import { type DemoItem, demoItems } from './catalogue-items.js';
import { renderFormDocx } from './form-files.js';
import { cityDepartments, countyDepartmentCodes } from './zhoushan.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A stable dummy uuid per department code, standing in for the seeded department ids. */
const departmentId = (code: string): string => {
  const index = cityDepartments.findIndex((d) => d.code === code);
  if (index < 0) throw new Error(`unknown department ${code}`);
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
};

/** What the seeder stores: joint departments by id, form specs left out (they become files). */
function toDefinition(item: DemoItem): ItemDefinition {
  const { materials, ...rest } = item.definition;
  return itemDefinitionSchema.parse({
    ...rest,
    materials: materials.map(({ form: _form, sample: _sample, ...m }) => m),
    joint: item.coDepartmentCodes
      ? {
          leadDepartmentId: departmentId(item.departmentCode),
          coDepartmentIds: item.coDepartmentCodes.map(departmentId),
        }
      : null,
  });
}

/** Reads one entry of a ZIP archive (the DOCX container) through its central directory. */
function readZipEntry(zip: Buffer, name: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(start, start + compressedSize);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

describe('demo licence catalogue', () => {
  it('[R-LAW-9] every demo item passes the item schema and has no cross-field problems', () => {
    for (const item of demoItems) {
      const definition = toDefinition(item);
      expect(definitionProblems(definition), definition.name).toEqual([]);
    }
  });

  it('[R-LAW-9] each item publishes basis, conditions, 3–8 materials, a 2–4 step process, explained limits and a sample form', () => {
    for (const { definition: d } of demoItems) {
      expect(d.legalBasis.length, d.name).toBeGreaterThan(0);
      expect(d.conditions.length, d.name).toBeGreaterThan(0);
      expect(d.materials.length, d.name).toBeGreaterThanOrEqual(3);
      expect(d.materials.length, d.name).toBeLessThanOrEqual(8);
      expect(d.process.length, d.name).toBeGreaterThanOrEqual(2);
      expect(d.process.length, d.name).toBeLessThanOrEqual(4);
      expect(d.process[0]?.role, d.name).toBe('window_clerk');
      expect(d.legalLimit.explanation, d.name).not.toBe('');
      expect(d.promisedLimit.explanation, d.name).not.toBe('');
      expect(d.basicCode.length, d.name).toBeLessThanOrEqual(10);
      expect(d.implementationCode.length, d.name).toBeLessThanOrEqual(24);
      expect(d.office.telephone, d.name).toMatch(/^0580-\d{7}$/);
      const withForms = d.materials.filter((m) => m.form && m.sample);
      expect(withForms.length, `${d.name} has a form and a sample text`).toBeGreaterThan(0);
      expect(withForms[0]?.form?.kind).toBe('form');
      expect(withForms[0]?.sample?.kind).toBe('sample');
    }
    const basic = demoItems.map((i) => i.definition.basicCode);
    expect(new Set(basic).size).toBe(basic.length);
    expect(demoItems.some((i) => i.definition.materials.some((m) => m.requirement === 'tolerable'))).toBe(true);
    expect(demoItems.some((i) => i.definition.process.some((s) => s.parallelGroup))).toBe(true);
  });

  it('[R-LAW-9] the steps of each process fit within its promised limit (parallel steps count once)', () => {
    const minutes = (l: TimeLimit) => l.value * (l.unit === 'working_days' ? 450 : l.unit === 'working_hours' ? 60 : 1);
    for (const { definition: d } of demoItems) {
      const groups = new Map<string, number>();
      d.process.forEach((s, i) => {
        const key = s.parallelGroup ?? `step${i}`;
        groups.set(key, Math.max(groups.get(key) ?? 0, minutes(s.limit)));
      });
      const total = [...groups.values()].reduce((a, b) => a + b, 0);
      expect(total, d.name).toBeLessThanOrEqual(minutes(d.promisedLimit));
    }
  });

  it('[R-LAW-9] the catalogue spans at least 22 items, 11 departments, city and county levels, and both case types', () => {
    expect(demoItems.length).toBeGreaterThanOrEqual(22);
    const known = new Set(cityDepartments.map((d) => d.code));
    for (const item of demoItems) {
      expect(known.has(item.departmentCode), item.definition.name).toBe(true);
      // County items must belong to a department that county centres host.
      if (item.definition.handlingLevel === 'county')
        expect(countyDepartmentCodes, item.definition.name).toContain(item.departmentCode);
    }
    expect(new Set(demoItems.map((i) => i.departmentCode)).size).toBeGreaterThanOrEqual(11);
    const county = demoItems.filter((i) => i.definition.handlingLevel === 'county');
    expect(county.length).toBeGreaterThan(0);
    expect(county.every((i) => i.definition.intakeLevels.includes('township'))).toBe(true);
    expect(demoItems.filter((i) => i.definition.caseType === 'on_the_spot').length).toBeGreaterThanOrEqual(2);
  });

  it('[R-LAW-9] three joint items with the lead and co departments of DOMAIN.md', () => {
    const joint = demoItems.filter((i) => i.coDepartmentCodes);
    expect(joint.length).toBeGreaterThanOrEqual(3);
    const shape = Object.fromEntries(
      joint.map((i) => [i.departmentCode, [...(i.coDepartmentCodes ?? [])].sort()] as const),
    );
    expect(shape).toMatchObject({
      SCJG: ['STHJ', 'XF', 'ZHZF'],
      GAJ: ['WGLT', 'WJW', 'XF'],
      FGW: ['XF', 'ZJJ', 'ZRZY'],
    });
    for (const i of joint) {
      expect(
        i.definition.legalBasis.some((b) => b.article.startsWith('第二十六条')),
        i.definition.name,
      ).toBe(true);
      expect(i.definition.legalLimit.value).toBe(45);
    }
  });

  it('[R-APP-9] fees exist in all three payment modes, with legal basis, finance code and a numeric quantity field', () => {
    const fees = demoItems.flatMap((i) => i.definition.fees.map((f) => ({ item: i.definition, fee: f })));
    expect(new Set(fees.map((f) => f.fee.paymentMode))).toEqual(new Set(['bank', 'window', 'invoice_book']));
    const byName = (name: string) => fees.find((f) => f.fee.name.startsWith(name));
    expect(byName('城市基础设施配套费')?.fee).toMatchObject({ paymentMode: 'bank', pricing: { rule: 'tiered' } });
    expect(byName('城市道路占用费')?.fee).toMatchObject({ paymentMode: 'window', pricing: { rule: 'per_unit' } });
    expect(byName('证照工本费')?.fee).toMatchObject({ paymentMode: 'invoice_book', pricing: { rule: 'fixed' } });
    expect(byName('犬类登记费')?.fee).toMatchObject({ paymentMode: 'invoice_book', pricing: { rule: 'fixed' } });
    for (const { item, fee } of fees) {
      expect(fee.legalBasis).not.toBe('');
      expect(fee.financeCode).toMatch(/^[0-9A-Z]{6,20}$/);
      if (fee.pricing.rule !== 'fixed') {
        const properties = item.formSchema.properties as Record<string, { type?: string }>;
        expect(properties[fee.pricing.quantityField]?.type, `${item.name}: ${fee.name}`).toBe('number');
        expect(item.formSchema.required).toContain(fee.pricing.quantityField);
      }
    }
    // Licensing is free unless a law provides a fee (Art. 58): most items charge nothing.
    expect(demoItems.filter((i) => i.definition.fees.length > 0).length).toBeLessThanOrEqual(demoItems.length / 4);
  });

  it('[R-WEB-2] searching 餐饮 finds 食品经营许可, also by pinyin initials', () => {
    const food = demoItems.find((i) => i.definition.name === '食品经营许可');
    expect(food).toBeDefined();
    expect(food!.definition.keywords).toEqual(expect.arrayContaining(['餐饮', '饭店', '小吃', '食品']));
    const definition = toDefinition(food!);
    expect(searchText(definition, '市场监督管理局')).toContain('餐饮');
    expect(searchText(definition, '市场监督管理局')).toContain('spjyxk');
    const hits = demoItems.filter((i) => searchText(toDefinition(i), '').includes('餐饮'));
    expect(hits.map((i) => i.definition.name)).toContain('食品经营许可');
  });

  it('[R-WEB-2] forms and sample texts render as DOCX files with their title, fields and signature line', async () => {
    const food = demoItems.find((i) => i.definition.name === '食品经营许可')!;
    const application = food.definition.materials.find((m) => m.key === 'application')!;
    const form = await renderFormDocx(application.form!, food.definition.name);
    expect((await fileTypeFromBuffer(form))?.mime).toBe(DOCX);
    const formXml = readZipEntry(form, 'word/document.xml');
    expect(formXml).toContain('食品经营许可申请书');
    expect(formXml).toContain('经营面积（平方米）');
    expect(formXml).toContain('申请人（签章）');
    expect(formXml).toContain('年　　月　　日');
    expect(formXml).not.toContain('舟山海味餐饮有限公司');
    expect(formXml).toContain('w:eastAsia="仿宋"');

    const sample = await renderFormDocx(application.sample!, food.definition.name);
    expect((await fileTypeFromBuffer(sample))?.mime).toBe(DOCX);
    const sampleXml = readZipEntry(sample, 'word/document.xml');
    expect(sampleXml).toContain('食品经营许可申请书');
    expect(sampleXml).toContain('示范文本');
    expect(sampleXml).toContain('舟山海味餐饮有限公司');
    expect(sampleXml).toContain('w:eastAsia="宋体"');

    // Every form and sample of the catalogue renders.
    for (const item of demoItems) {
      for (const m of item.definition.materials) {
        for (const spec of [m.form, m.sample]) {
          if (!spec) continue;
          const docx = await renderFormDocx(spec, item.definition.name);
          expect((await fileTypeFromBuffer(docx))?.mime, spec.title).toBe(DOCX);
          expect(readZipEntry(docx, 'word/document.xml'), spec.title).toContain(spec.title);
        }
      }
    }
  });
});
