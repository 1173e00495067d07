// The template format of server/src/modules/notices/model.ts (templateSchema, scalarFields,
// listFields), written twice until a client is generated from the OpenAPI document.

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
  'joint_start_notice',
  'joint_completion_notice',
] as const;
export type NoticeType = (typeof noticeTypes)[number];

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

export const listFields = {
  materials: ['name', 'fileName', 'state'],
  supplementItems: ['material', 'problem'],
  opinions: ['step', 'opinion', 'actor', 'date'],
  tolerated: ['name'],
  departments: ['name', 'role', 'status', 'opinion'],
} as const;
export type ListName = keyof typeof listFields;
export const listNames = Object.keys(listFields) as ListName[];

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: Array<[string, string]> }
  | { kind: 'list'; each: ListName; item: string; empty?: string }
  | { kind: 'table'; each: ListName; columns: Array<{ header: string; value: string }> };
export type BlockKind = Block['kind'];
export const blockKinds: BlockKind[] = ['paragraph', 'fields', 'list', 'table'];

export type NoticeTemplate = { title: string; addressee: string; blocks: Block[] };

/** GET/PUT /api/centres/:centreId/notice-templates/:type. */
export type TemplateView = {
  type: NoticeType;
  version: number;
  template: NoticeTemplate;
  isDefault: boolean;
  history: Array<{ version: number; createdAt: string; createdBy: string }>;
};

/** One entry of notice.template_invalid's details. */
export type TemplateProblem = { field: string; code: string; name?: string };

export function isProblemList(details: unknown): details is TemplateProblem[] {
  return (
    Array.isArray(details) &&
    details.every((d) => typeof d === 'object' && d !== null && typeof (d as { field?: unknown }).field === 'string')
  );
}

export const newBlock = (kind: BlockKind): Block => {
  switch (kind) {
    case 'paragraph':
      return { kind, text: '' };
    case 'fields':
      return { kind, items: [['', '']] };
    case 'list':
      return { kind, each: 'materials', item: '{{item.name}}' };
    case 'table':
      return { kind, each: 'materials', columns: [{ header: '', value: '{{item.name}}' }] };
  }
};

export const templatePath = (centreId: string, type: NoticeType) =>
  `/api/centres/${encodeURIComponent(centreId)}/notice-templates/${type}`;
