/**
 * Building blocks for the demo licence catalogue (catalogue-items.ts): the DemoItem type and small
 * helpers for limits, process steps, materials, offices and online-form schemas, so that each item
 * file reads like the published guide (实施清单) it stands for.
 */
import type { ItemDefinition, TimeLimit } from '../modules/catalogue/definition.js';
import type { FormSpec } from './form-files.js';

type Material = ItemDefinition['materials'][number];
export type DemoMaterial = Omit<Material, 'formTemplate' | 'sampleText'> & { form?: FormSpec; sample?: FormSpec };

/** An item as the seeder receives it: joint departments by code, forms as specs to render. */
export type DemoItem = {
  departmentCode: string;
  coDepartmentCodes?: string[];
  definition: Omit<ItemDefinition, 'joint' | 'materials'> & { materials: DemoMaterial[] };
};

export const HOURS = '周一至周五 8:30-12:00, 13:30-17:30（法定节假日除外）';
const CITY_HALL = '舟山市定海区临城街道新城千岛路行政中心 舟山市行政审批服务中心';

/** The floor a city window stands on: twelve to a floor, as demo.ts lays the hall out (floorPosition). */
const floorOf = (number: string) => (Number(number) <= 12 ? '一楼' : '二楼');

/** City windows are numbered in the order of `cityDepartments`. */
const windowNumbers: Record<string, string> = {
  FGW: '01',
  GAJ: '02',
  MZJ: '03',
  ZRZY: '04',
  ZJJ: '05',
  JTJ: '06',
  HYJ: '07',
  SCJG: '08',
  WJW: '09',
  STHJ: '10',
  XF: '11',
  GHKA: '12',
  WGLT: '13',
  ZHZF: '14',
  YCJ: '15',
  CZJ: '16',
};

/**
 * Codes per GB/T 39046: the basic code (≤ 10) is '3300' + window number + a 3-digit serial; the
 * implementation code (≤ 24) is the implementing organ's (illustrative) unified social credit code
 * followed by the last six characters of the basic code.
 */
export function codes(
  departmentCode: string,
  serial: number,
  division = '330900',
): Pick<ItemDefinition, 'basicCode' | 'implementationCode'> {
  const number = windowNumbers[departmentCode] ?? '00';
  const basicCode = `3300${number}${String(serial).padStart(3, '0')}`;
  const organ = `11${division}MB00000${number}X`;
  return { basicCode, implementationCode: `${organ}${basicCode.slice(-6)}` };
}

/** The city hall office of a department's window. */
export function cityOffice(departmentCode: string, departmentName: string): ItemDefinition['office'] {
  const number = windowNumbers[departmentCode] ?? '00';
  return {
    address: `${CITY_HALL}${floorOf(number)}`,
    window: `${number}号窗口（${departmentName}）`,
    hours: HOURS,
    telephone: `0580-22800${number}`,
  };
}

/** The office of a county centre for items decided at county level. */
export function countyOffice(
  centre: string,
  address: string,
  window: string,
  telephone: string,
): ItemDefinition['office'] {
  return { address: `${address} ${centre}`, window, hours: HOURS, telephone };
}

export const days = (value: number, explanation = ''): TimeLimit => ({ value, unit: 'working_days', explanation });
export const minutes = (value: number, explanation = ''): TimeLimit => ({
  value,
  unit: 'working_minutes',
  explanation,
});

type Step = ItemDefinition['process'][number];
/** 受理 by a window clerk. */
export const accept = (limit: TimeLimit = days(1), name = '受理'): Step => ({
  key: 'accept',
  name,
  role: 'window_clerk',
  parallelGroup: null,
  limit,
});
/** 审查 by an approver; steps that share a parallel group run at the same time. */
export const review = (key: string, name: string, limit: TimeLimit, parallelGroup: string | null = null): Step => ({
  key,
  name,
  role: 'approver',
  parallelGroup,
  limit,
});
/** 决定 by the department head. */
export const decide = (limit: TimeLimit = days(1), name = '决定'): Step => ({
  key: 'decide',
  name,
  role: 'department_head',
  parallelGroup: null,
  limit,
});

/** A material; `copies`/`originals` default to one original. */
export function mat(
  key: string,
  name: string,
  options: Partial<Pick<DemoMaterial, 'requirement' | 'originals' | 'copies' | 'notes' | 'form' | 'sample'>> = {},
): DemoMaterial {
  return {
    key,
    name,
    requirement: options.requirement ?? 'required',
    originals: options.originals ?? 1,
    copies: options.copies ?? 0,
    notes: options.notes ?? '',
    ...(options.form ? { form: options.form } : {}),
    ...(options.sample ? { sample: options.sample } : {}),
  };
}

/** The blank application form and its filled-in sample, from one list of labels and example values. */
export function forms(
  title: string,
  fields: Array<[label: string, example: string, blank?: string]>,
  notes: string[],
): { form: FormSpec; sample: FormSpec } {
  return {
    form: {
      title,
      kind: 'form',
      fields: fields.map(([label, , blank]) => (blank === undefined ? { label } : { label, value: blank })),
      notes,
    },
    sample: { title, kind: 'sample', fields: fields.map(([label, value]) => ({ label, value })), notes },
  };
}

/** The applicant's identity document, asked of almost every item. */
export const identityMaterial = (notes = '核验原件后退回；委托办理的另需提交授权委托书及代理人身份证'): DemoMaterial =>
  mat('identity', '申请人（法定代表人、负责人）身份证明', { originals: 1, copies: 1, notes });
export const powerOfAttorney = (): DemoMaterial =>
  mat('power_of_attorney', '授权委托书及受托人身份证复印件', {
    requirement: 'optional',
    copies: 1,
    notes: '委托他人代为办理时提交（《行政许可法》第二十九条）',
  });
export const businessLicence = (requirement: DemoMaterial['requirement'] = 'required'): DemoMaterial =>
  mat('business_licence', '营业执照或其他主体资格证明文件', {
    requirement,
    originals: 0,
    copies: 1,
    notes: '可通过浙江省公共数据平台共享获取的，免于提交',
  });

// ---- online application form (JSON Schema 2020-12, standard keywords only) ----
export type JsonSchema = Record<string, unknown>;
export const str = (title: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  title,
  minLength: 1,
  maxLength: 200,
  ...extra,
});
export const text = (title: string, maxLength = 1000): JsonSchema => ({ type: 'string', title, maxLength });
export const num = (title: string, minimum = 0, extra: JsonSchema = {}): JsonSchema => ({
  type: 'number',
  title,
  minimum,
  ...extra,
});
export const int = (title: string, minimum = 0, extra: JsonSchema = {}): JsonSchema => ({
  type: 'integer',
  title,
  minimum,
  ...extra,
});
export const oneOfEnum = (title: string, values: string[]): JsonSchema => ({ type: 'string', title, enum: values });
export const manyOf = (title: string, values: string[]): JsonSchema => ({
  type: 'array',
  title,
  minItems: 1,
  uniqueItems: true,
  items: { type: 'string', enum: values },
});
export const bool = (title: string): JsonSchema => ({ type: 'boolean', title });
export const date = (title: string): JsonSchema => str(title, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
export const phone = (title = '联系电话'): JsonSchema =>
  str(title, { pattern: '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$', maxLength: 20 });
export const creditCode = (title = '统一社会信用代码'): JsonSchema =>
  str(title, { pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', minLength: 18, maxLength: 18 });
export const idNumber = (title = '身份证号码'): JsonSchema =>
  str(title, { pattern: '^\\d{17}[\\dXx]$', minLength: 18, maxLength: 18 });

/** A form schema with the applicant block every form starts with. */
export function formSchema(
  required: string[],
  properties: Record<string, JsonSchema>,
  applicant: 'enterprise' | 'person' | 'either' = 'enterprise',
): JsonSchema {
  const head: Record<string, JsonSchema> = {
    applicantName: str(applicant === 'person' ? '申请人姓名' : '申请人（单位）名称'),
    ...(applicant === 'person' ? { idNumber: idNumber() } : {}),
    ...(applicant === 'enterprise' ? { creditCode: creditCode() } : {}),
    ...(applicant === 'either' ? { certificateNo: str('统一社会信用代码或身份证号码', { maxLength: 18 }) } : {}),
    contactName: str('联系人', { maxLength: 30 }),
    contactPhone: phone(),
  };
  const headRequired = Object.keys(head);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: [...headRequired, ...required],
    properties: { ...head, ...properties },
    additionalProperties: false,
  };
}

/** UI hints live outside the schema (ajv strict mode refuses unknown keywords). */
export function formUi(order: string[], hints: Record<string, Record<string, unknown>> = {}): Record<string, unknown> {
  return { 'ui:order': ['applicantName', ...order.filter((k) => k !== 'applicantName'), '*'], ...hints };
}
