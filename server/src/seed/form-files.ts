import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * A downloadable form (表格下载) or filled-in example (示范文本) of an item's material (R-LAW-9,
 * R-WEB-2). 'form' prints labels with blanks (or a preset value such as "□是 □否"); 'sample' prints
 * example values that show an applicant how to fill the form in.
 */
export type FormSpec = {
  title: string;
  kind: 'form' | 'sample';
  fields: Array<{ label: string; value?: string }>;
  notes?: string[];
};

// Chinese government forms: headings in 宋体, body in 仿宋; Latin text falls back to Times New Roman.
const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
/** Sizes in half-points: 小二 18pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { title: 36, subtitle: 28, body: 24, note: 21 };

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const cellBorders = { top: border, bottom: border, left: border, right: border };

function run(text: string, options: { bold?: boolean; size?: number; font?: typeof SONG } = {}): TextRun {
  return new TextRun({
    text,
    bold: options.bold ?? false,
    size: options.size ?? SIZE.body,
    font: options.font ?? FANGSONG,
  });
}

function fieldRow(label: string, value: string, kind: FormSpec['kind']): TableRow {
  return new TableRow({
    height: { value: kind === 'form' ? 600 : 480, rule: HeightRule.ATLEAST },
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: 30, type: WidthType.PERCENTAGE },
        verticalAlign: VerticalAlign.CENTER,
        borders: cellBorders,
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(label, { bold: true })] })],
      }),
      new TableCell({
        width: { size: 70, type: WidthType.PERCENTAGE },
        verticalAlign: VerticalAlign.CENTER,
        borders: cellBorders,
        children: [new Paragraph({ children: [run(value)] })],
      }),
    ],
  });
}

/** Renders a form or sample text as a Word document (DOCX), A4 portrait. */
export async function renderFormDocx(spec: FormSpec, itemName: string): Promise<Buffer> {
  const isSample = spec.kind === 'sample';
  const heading = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: isSample ? 120 : 360 },
      children: [run(spec.title, { bold: true, size: SIZE.title, font: SONG })],
    }),
  ];
  if (isSample) {
    heading.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 360 },
        children: [run('（示范文本）', { size: SIZE.subtitle, font: SONG })],
      }),
    );
  }
  heading.push(
    new Paragraph({ spacing: { after: 160 }, children: [run(`办理事项：${itemName}`, { size: SIZE.note })] }),
  );

  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2700, 6300],
    rows: spec.fields.map((f) => fieldRow(f.label, f.value ?? '', spec.kind)),
  });

  const notes = spec.notes ?? [];
  const noteParagraphs =
    notes.length === 0
      ? []
      : [
          new Paragraph({
            spacing: { before: 240 },
            children: [run(isSample ? '说明：' : '填写说明：', { bold: true, size: SIZE.note })],
          }),
          ...notes.map(
            (n, i) =>
              new Paragraph({
                indent: { firstLine: 420 },
                children: [run(`${i + 1}. ${n}`, { size: SIZE.note })],
              }),
          ),
        ];
  if (isSample) {
    noteParagraphs.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [run('本示范文本中的单位、人员及数据均为虚构示例，仅供填写参考。', { size: SIZE.note })],
      }),
    );
  }

  const signature = [
    new Paragraph({
      spacing: { before: 600 },
      alignment: AlignmentType.RIGHT,
      children: [run(isSample ? '申请人（签章）：（签字或加盖公章）' : '申请人（签章）：　　　　　　　　')],
    }),
    new Paragraph({
      spacing: { before: 240 },
      alignment: AlignmentType.RIGHT,
      children: [run(isSample ? '2026年　3月　2日' : '年　　月　　日')],
    }),
  ];

  const doc = new Document({
    creator: '舟山市行政审批服务中心',
    title: spec.title,
    description: `${itemName}${isSample ? '示范文本' : '申请表格'}`,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
        children: [...heading, table, ...noteParagraphs, ...signature],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
