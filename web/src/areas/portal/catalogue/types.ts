/**
 * What the catalogue API sends (server: modules/catalogue/definition.ts and views.ts). Hand-written
 * until the typed client is generated from the OpenAPI document; keep the names identical.
 */
export type Level = 'city' | 'county' | 'township';
export type LimitUnit = 'working_days' | 'working_hours' | 'working_minutes' | 'natural_days';
export type TimeLimit = { value: number; unit: LimitUnit; explanation: string };
export type FileRef = { sha256: string; filename: string; mediaType: string };
export type Requirement = 'required' | 'optional' | 'tolerable';
export type StepRole = 'window_clerk' | 'approver' | 'department_head';
export type PaymentMode = 'bank' | 'window' | 'invoice_book';
export type Audience = 'person' | 'enterprise';
export type CaseType = 'on_the_spot' | 'promised';

export type Material = {
  key: string;
  name: string;
  requirement: Requirement;
  originals: number;
  copies: number;
  formTemplate?: FileRef | null;
  sampleText?: FileRef | null;
  notes: string;
};

export type ProcessStep = {
  key: string;
  name: string;
  role: StepRole;
  parallelGroup?: string | null;
  limit: TimeLimit;
};

export type Tier = { upTo: number | null; unitFen: number };
export type Pricing =
  | { rule: 'fixed'; amountFen: number }
  | { rule: 'per_unit'; unitFen: number; unit: string; quantityField: string }
  | { rule: 'tiered'; unit: string; quantityField: string; tiers: Tier[] };
export type PricingRule = Pricing['rule'];

export type FeeItem = {
  key: string;
  name: string;
  legalBasis: string;
  standard: string;
  pricing: Pricing;
  paymentMode: PaymentMode;
  financeCode: string;
};

export type ItemDefinition = {
  name: string;
  nameEn: string;
  basicCode: string;
  implementationCode: string;
  handlingLevel: Level;
  intakeLevels: Level[];
  caseType: CaseType;
  legalBasis: { law: string; article: string }[];
  conditions: string[];
  materials: Material[];
  process: ProcessStep[];
  legalLimit: TimeLimit;
  promisedLimit: TimeLimit;
  fees: FeeItem[];
  onlineApplication: boolean;
  joint: { leadDepartmentId: string; coDepartmentIds: string[] } | null;
  formSchema: Record<string, unknown>;
  formUi: Record<string, unknown>;
  certificate: { type: string; validity: string } | null;
  audience: Audience[];
  themes: string[];
  keywords: string[];
  office: { address: string; window: string; hours: string; telephone: string };
};

export type DefinitionField = keyof ItemDefinition;

export type CatalogueEntry = {
  itemId: string;
  versionId: string;
  name: string;
  nameEn: string | null;
  basicCode: string;
  departmentName: string;
  centreName: string;
  departmentNameEn: string | null;
  centreNameEn: string | null;
  handlingLevel: string;
  audience: string[];
  themes: string[];
  onlineApplication: boolean;
  joint: boolean;
  legalLimit: TimeLimit;
  promisedLimit: TimeLimit;
};

export type CataloguePage = { total: number; items: CatalogueEntry[] };

/** `nameEn`: a department's English name (the filter itself goes by `name`). */
export type Facet = { name: string; nameEn?: string | null; count: number };
export type Facets = { departments: Facet[]; themes: Facet[]; levels: Facet[] };

export type Guide = {
  itemId: string;
  versionId: string;
  versionNo: number;
  publishedAt: string;
  departmentName: string;
  centreId: string;
  centreName: string;
  departmentNameEn: string | null;
  centreNameEn: string | null;
  definition: ItemDefinition;
};
