/**
 * Legal notices (DOMAIN.md's table; R-APP-5, R-LAW-2..7): their types, numbers and templates.
 * Pure: a template is data (no code, no markup), checked against the fields a case provides, and
 * filled from one data object per case — data entered once fills every document (R-APP-5).
 */
import { z } from 'zod';
import { officialDate } from '../../platform/documents/index.js';

export const noticeTypes = [
  'intake_receipt',
  'acceptance_notice',
  'non_acceptance_decision',
  'supplement_notice',
  'special_procedure_notice',
  'extension_notice',
  'grant_decision',
  'denial_decision',
  'certificate',
  // Joint cases (issue 7): stages 3 and 4.
  'joint_start_notice',
  'joint_completion_notice',
] as const;
export type NoticeType = (typeof noticeTypes)[number];

/** Document titles as printed, and the short word in the number (舟审受〔2026〕0001号). */
export const noticeTitles: Record<NoticeType, { title: string; en: string; abbr: string }> = {
  intake_receipt: { title: '收件回执', en: 'Intake receipt', abbr: '收' },
  acceptance_notice: { title: '受理通知书', en: 'Acceptance notice', abbr: '受' },
  non_acceptance_decision: { title: '不予受理决定书', en: 'Decision not to accept', abbr: '不受' },
  supplement_notice: { title: '补正材料通知书', en: 'Notice to supplement materials', abbr: '补' },
  special_procedure_notice: { title: '特别程序告知书', en: 'Special procedure notice', abbr: '特' },
  extension_notice: { title: '延期通知书', en: 'Extension notice', abbr: '延' },
  grant_decision: { title: '准予行政许可决定书', en: 'Decision to grant', abbr: '准' },
  denial_decision: { title: '不予行政许可决定书', en: 'Decision to deny', abbr: '不准' },
  certificate: { title: '许可证照', en: 'Certificate', abbr: '证' },
  joint_start_notice: { title: '联办件启动通知书', en: 'Joint case start notice', abbr: '联启' },
  joint_completion_notice: { title: '联办件办结通知书', en: 'Joint case completion notice', abbr: '联结' },
};

/** `舟审受〔2026〕0001号`: the centre's prefix, the type's word, the year, a gapless serial. */
export function docNumber(prefix: string, type: NoticeType, year: number, serial: number): string {
  return `${prefix}${noticeTitles[type].abbr}〔${year}〕${String(serial).padStart(4, '0')}号`;
}

export const docNumberSeries = (centreId: string, type: NoticeType, year: number) => `doc:${centreId}:${type}:${year}`;

/**
 * The fields a template may use. Every case fills the same names; a field a given notice does not
 * have (e.g. decision reasons on a receipt) prints empty, but a name not in this list is refused
 * when the template is saved.
 */
export const scalarFields = [
  'case.caseNo',
  'case.queryCode',
  'case.itemName',
  'case.submittedAt',
  'case.acceptedAt',
  'case.legalDeadline',
  'case.promisedDeadline',
  'case.legalLimit',
  'case.promisedLimit',
  'applicant.name',
  'agent.name',
  'centre.name',
  'centre.address',
  'department.name',
  'decision.reasons',
  'decision.validUntil',
  'rejection.reasons',
  'rejection.competentOrgan',
  'supplement.note',
  'supplement.due',
  'special.kind',
  'special.expectedDays',
  'special.reason',
  'extension.days',
  'extension.reason',
  'certificate.no',
  'certificate.type',
  'certificate.validity',
  'certificate.verificationCode',
  'certificate.verificationUrl',
  'remedies',
  'today',
] as const;
export type ScalarField = (typeof scalarFields)[number];

/** Lists a template may loop over, with the fields of each element. */
export const listFields = {
  materials: ['name', 'fileName', 'state'],
  supplementItems: ['material', 'problem'],
  opinions: ['step', 'opinion', 'actor', 'date'],
  tolerated: ['name'],
  // A joint case's departments (filled from the joint move's data; empty for other notices).
  departments: ['name', 'role', 'status', 'opinion'],
} as const;
export type ListName = keyof typeof listFields;

export type NoticeData = {
  scalars: Partial<Record<ScalarField, string>>;
  lists: { [K in ListName]: Array<Record<(typeof listFields)[K][number], string>> };
};

const text = z.string().max(2000);
const listName = z.enum(Object.keys(listFields) as [ListName, ...ListName[]]);

export const templateSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(60),
    addressee: z.string().max(200).default('{{applicant.name}}：'),
    blocks: z
      .array(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('paragraph'), text }),
          z.strictObject({ kind: z.literal('fields'), items: z.array(z.tuple([z.string().max(40), text])).max(30) }),
          z.strictObject({ kind: z.literal('list'), each: listName, item: text, empty: text.optional() }),
          z.strictObject({
            kind: z.literal('table'),
            each: listName,
            columns: z
              .array(z.strictObject({ header: z.string().max(40), value: text }))
              .min(1)
              .max(8),
          }),
        ]),
      )
      .min(1)
      .max(40),
  })
  .meta({ id: 'NoticeTemplate' });
export type NoticeTemplate = z.infer<typeof templateSchema>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// No markup of any kind: templates print as text, and nothing that looks like a tag is stored.
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:/i;

export type TemplateProblem = { field: string; code: 'unknown_field' | 'markup' | 'bad_placeholder'; name?: string };

function placeholders(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Everything wrong with a template, each with where it is; empty when it may be saved. */
export function templateProblems(t: NoticeTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (where: string, s: string, item: ListName | null) => {
    if (MARKUP.test(s)) problems.push({ field: where, code: 'markup' });
    if (/\{\{|\}\}/.test(s.replace(PLACEHOLDER, ''))) problems.push({ field: where, code: 'bad_placeholder' });
    for (const name of placeholders(s)) {
      const known = item
        ? (listFields[item] as readonly string[]).includes(name.replace(/^item\./, '')) && name.startsWith('item.')
        : (scalarFields as readonly string[]).includes(name);
      const scalarInLoop = item !== null && (scalarFields as readonly string[]).includes(name);
      if (!known && !scalarInLoop) problems.push({ field: where, code: 'unknown_field', name });
    }
  };
  check('title', t.title, null);
  check('addressee', t.addressee, null);
  t.blocks.forEach((b, i) => {
    const at = `blocks.${i}`;
    if (b.kind === 'paragraph') check(`${at}.text`, b.text, null);
    if (b.kind === 'fields')
      b.items.forEach(([label, value], j) => {
        check(`${at}.items.${j}.0`, label, null);
        check(`${at}.items.${j}.1`, value, null);
      });
    if (b.kind === 'list') {
      check(`${at}.item`, b.item, b.each);
      if (b.empty) check(`${at}.empty`, b.empty, null);
    }
    if (b.kind === 'table')
      b.columns.forEach((c, j) => {
        check(`${at}.columns.${j}.header`, c.header, null);
        check(`${at}.columns.${j}.value`, c.value, b.each);
      });
  });
  return problems;
}

function fill(s: string, data: NoticeData, item?: Record<string, string>): string {
  return s.replace(PLACEHOLDER, (_m, raw: string) => {
    const name = raw.trim();
    if (item && name.startsWith('item.')) return item[name.slice(5)] ?? '';
    return data.scalars[name as ScalarField] ?? '';
  });
}

export type FilledBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: Array<[string, string]> }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

/** The template filled from one case's data: what the document engine lays out. */
export function fillTemplate(t: NoticeTemplate, data: NoticeData) {
  const blocks: FilledBlock[] = t.blocks.flatMap((b): FilledBlock[] => {
    switch (b.kind) {
      case 'paragraph':
        return [{ kind: 'paragraph', text: fill(b.text, data) }];
      case 'fields':
        return [{ kind: 'fields', items: b.items.map(([l, v]) => [fill(l, data), fill(v, data)] as [string, string]) }];
      case 'list': {
        const rows = data.lists[b.each] as Array<Record<string, string>>;
        if (!rows.length) return b.empty ? [{ kind: 'paragraph', text: fill(b.empty, data) }] : [];
        return [{ kind: 'list', items: rows.map((r) => fill(b.item, data, r)) }];
      }
      case 'table': {
        const rows = data.lists[b.each] as Array<Record<string, string>>;
        return [
          {
            kind: 'table',
            columns: b.columns.map((c) => fill(c.header, data)),
            rows: rows.map((r) => b.columns.map((c) => fill(c.value, data, r))),
          },
        ];
      }
    }
  });
  return { title: fill(t.title, data), addressee: fill(t.addressee, data), blocks };
}

/** 二〇二六年十一月二十八日 for a `YYYY-MM-DD` date (GB/T 9704). */
export const chineseDate = (isoDate: string): string => officialDate(new Date(`${isoDate}T12:00:00+08:00`));
