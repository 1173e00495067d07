import { z } from 'zod';

/**
 * What a licence item publishes (GB/T 39046-2020 fields; R-LAW-9, R-WEB-2), as one schema used by
 * the editor's API, the stored versions and the public guide.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

export const limitUnit = z.enum(['working_days', 'working_hours', 'working_minutes', 'natural_days']);
export const timeLimit = z.strictObject({
  value: z.number().int().min(0).max(3650),
  unit: limitUnit,
  explanation: z.string().trim().max(500).default(''),
});

export const fileRef = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  filename: text(200),
  mediaType: text(120),
});

export const materialSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: text(200),
  requirement: z.enum(['required', 'optional', 'tolerable']).meta({ description: 'tolerable: 可容缺受理' }),
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  formTemplate: fileRef.nullish(),
  sampleText: fileRef.nullish(),
  notes: z.string().trim().max(1000).default(''),
});

export const stepRoles = ['window_clerk', 'approver', 'department_head'] as const;
export const processStepSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: text(100),
  role: z.enum(stepRoles),
  /** Steps sharing a group run in parallel; groups run in the order of their first step. */
  parallelGroup: z.string().max(40).nullish(),
  limit: timeLimit,
});

const money = z.number().int().min(0).max(1e13).meta({ description: '金额，单位：分 (fen)' });
export const pricingSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('fixed'), amountFen: money }),
  z.strictObject({ rule: z.literal('per_unit'), unitFen: money, unit: text(20), quantityField: text(60) }),
  z.strictObject({
    rule: z.literal('tiered'),
    unit: text(20),
    quantityField: text(60),
    tiers: z
      .array(z.strictObject({ upTo: z.number().positive().nullable(), unitFen: money }))
      .min(1)
      .max(20),
  }),
]);

export const feeItemSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  name: text(100),
  legalBasis: text(300).meta({ description: '收费依据 (Art. 58: fees only where a law provides them)' }),
  standard: text(300),
  pricing: pricingSchema,
  paymentMode: z.enum(['bank', 'window', 'invoice_book']),
  financeCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{6,20}$/)
    .meta({ description: '财政代码 / 执收单位编码' }),
});

export const itemDefinitionSchema = z
  .strictObject({
    name: text(100),
    nameEn: z.string().trim().max(200).default(''),
    basicCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{1,10}$/)
      .meta({ description: '基本编码 ≤ 10' }),
    implementationCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{1,24}$/)
      .meta({ description: '实施编码 ≤ 24' }),
    handlingLevel: z.enum(['city', 'county', 'township']),
    /** Where an application may be taken in; a township may take in what the county decides (Art. 43). */
    intakeLevels: z.array(z.enum(['city', 'county', 'township'])).min(1),
    caseType: z.enum(['on_the_spot', 'promised']),
    legalBasis: z.array(z.strictObject({ law: text(200), article: text(100) })).min(1),
    conditions: z.array(text(500)).min(1),
    materials: z.array(materialSchema).max(60),
    process: z.array(processStepSchema).min(1).max(30),
    legalLimit: timeLimit,
    promisedLimit: timeLimit,
    fees: z.array(feeItemSchema).max(20),
    onlineApplication: z.boolean(),
    joint: z.strictObject({ leadDepartmentId: z.uuid(), coDepartmentIds: z.array(z.uuid()).min(1).max(10) }).nullable(),
    formSchema: z
      .record(z.string(), z.unknown())
      .meta({ description: '网上申请表 JSON Schema (draft 2020-12 subset)' }),
    formUi: z.record(z.string(), z.unknown()).default({}),
    certificate: z.strictObject({ type: z.string().trim().max(100), validity: z.string().trim().max(100) }).nullable(),
    audience: z.array(z.enum(['person', 'enterprise'])).min(1),
    themes: z.array(text(40)).max(10),
    keywords: z.array(text(40)).max(30),
    office: z.strictObject({ address: text(200), window: text(100), hours: text(200), telephone: text(40) }),
  })
  .meta({ id: 'ItemDefinition' });

export type ItemDefinition = z.infer<typeof itemDefinitionSchema>;
export type TimeLimit = z.infer<typeof timeLimit>;
export type FeeItem = z.infer<typeof feeItemSchema>;
