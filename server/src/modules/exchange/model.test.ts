import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsv, UTF8_BOM } from './csv.js';
import { decodeCursor, encodeCursor, mapHeader, parseDay, validateRow, duplicateRows, importColumns } from './model.js';

const today = new Date('2026-06-01T04:00:00Z');
const header = Object.values(importColumns);
const { index } = mapHeader(header);
const row = (over: Partial<Record<keyof typeof importColumns, string>> = {}) => {
  const v = {
    legacyNo: 'ZS2019-000123',
    itemCode: '11330900MB0000000X0001',
    applicantKind: '个人',
    applicantName: '林海',
    certificateNo: '330902199001011238',
    receivedOn: '2019-03-01',
    decidedOn: '2019-03-08 10:00:00',
    outcome: '准予许可',
    licenceNo: 'JY13309000001',
    ...over,
  };
  return (Object.keys(importColumns) as Array<keyof typeof importColumns>).map((k) => v[k]);
};

describe('exchange CSV', () => {
  it('[R-APP-11] quotes commas, quotes, line breaks and edge spaces, and parses them back', () => {
    const values = ['普通', 'a,b', '他说"好"', '第一行\n第二行', ' 前后空格 ', '', '舟山市\r\n定海区', '𠮷野家'];
    const text = UTF8_BOM + csvLine(values) + csvLine(['x', 'y']);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    const parsed = parseCsv(text);
    expect(parsed).toEqual({ ok: true, records: [values, ['x', 'y']] });
  });

  it('[R-APP-11] guards against spreadsheet formulas but leaves negative numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\t=HYPERLINK(""x"")"');
    expect(csvField('-12.5')).toBe('-12.5');
  });

  it('[R-APP-11] reads LF and CR line ends, skips blank lines, and reports an unclosed quote', () => {
    expect(parseCsv('a,b\n\nc,d\r')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(parseCsv('a,b\n"c,d\n')).toEqual({ ok: false, problem: 'unterminated_quote', record: 2 });
  });
});

describe('exchange import rows', () => {
  it('[R-APP-11] accepts a good row and normalises it', () => {
    const r = validateRow(row({ certificateNo: '３３０９０２１９９００１０１１２３８' }), index, 2, today);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        row: 2,
        applicantKind: 'person',
        certificateNo: '330902199001011238',
        receivedOn: '2019-03-01',
        decidedOn: '2019-03-08',
        outcome: 'grant',
      }),
    });
  });

  it('[R-APP-11] reports every problem of a row with its field', () => {
    const r = validateRow(
      row({
        legacyNo: '',
        applicantKind: '单位',
        certificateNo: '330902199001011239',
        receivedOn: '2019-02-30',
        outcome: '同意',
      }),
      index,
      7,
      today,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [7, 'legacyNo', 'required'],
      [7, 'applicantKind', 'kind'],
      [7, 'receivedOn', 'date'],
      [7, 'outcome', 'outcome'],
      [7, 'licenceNo', 'licence_without_grant'],
    ]);
  });

  it('[R-APP-11] checks a resident ID checksum for persons and a credit code for enterprises', () => {
    const bad = validateRow(row({ certificateNo: '330902199001011239' }), index, 2, today);
    expect(bad.ok ? [] : bad.problems.map((p) => p.code)).toEqual(['resident_id']);
    const ent = validateRow(
      row({ applicantKind: '企业', applicantName: '舟山海味餐饮有限公司', certificateNo: '91330900MA2A0000X1' }),
      index,
      2,
      today,
    );
    expect(ent.ok ? [] : ent.problems.map((p) => p.code)).toEqual(['credit_code']);
    const good = validateRow(
      row({ applicantKind: '企业', applicantName: '舟山海味餐饮有限公司', certificateNo: '91330900MA2A00001Y' }),
      index,
      2,
      today,
    );
    expect(good.ok ? [] : good.problems.map((p) => p.code)).toEqual([]);
  });

  it('[R-APP-11] needs decision date and outcome together, in order, and not in the future', () => {
    const codes = (over: Parameters<typeof row>[0]) => {
      const r = validateRow(row(over), index, 2, today);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes({ decidedOn: '', licenceNo: '' })).toEqual(['decision_pair']);
    expect(codes({ decidedOn: '2019-02-01' })).toEqual(['date_order']);
    expect(codes({ receivedOn: '2026-06-02' })).toEqual(['date_future']);
    expect(codes({ decidedOn: '', outcome: '', licenceNo: '' })).toEqual([]);
  });

  it('[R-APP-11] names missing header columns and repeated case numbers', () => {
    expect(mapHeader(['办件编号', '事项编码']).problems.map((p) => p.field)).toEqual([
      'applicantKind',
      'applicantName',
      'certificateNo',
      'receivedOn',
    ]);
    const a = validateRow(row(), index, 2, today);
    const b = validateRow(row(), index, 3, today);
    if (!a.ok || !b.ok) throw new Error('rows should be valid');
    expect(duplicateRows([a.value, b.value])).toEqual([{ row: 3, field: 'legacyNo', code: 'duplicate' }]);
  });

  it('[R-APP-11] parses the dates the old system writes', () => {
    expect(parseDay('2019/3/1', '2026-06-01')).toEqual({ day: '2019-03-01' });
    expect(parseDay('2019-03-01T09:30', '2026-06-01')).toEqual({ day: '2019-03-01' });
    expect(parseDay('20190301', '2026-06-01')).toBe('date');
  });
});

describe('exchange cursor', () => {
  it('[R-APP-11] round-trips and refuses anything else', () => {
    const c = { t: '2026-03-01T01:02:03.456789Z', id: '0b7c6a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('["2026-03-01", "x"]').toString('base64url'))).toBeNull();
  });
});
