import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ClockRules } from '../cases/clock.js';
import * as cases from '../cases/store.js';
import { clockOf, pausesOf } from '../cases/views.js';
import { chineseDate, type NoticeData, type ScalarField } from './model.js';
import * as store from './store.js';

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const cn = (d: Date | null | undefined) => (d ? chineseDate(chinaDay(d)) : '');
const unitNames: Record<string, string> = {
  working_days: '个工作日',
  working_hours: '个工作小时',
  working_minutes: '个工作分钟',
  natural_days: '日',
};
const limitText = (l: { value: number; unit: string }) => `${l.value}${unitNames[l.unit] ?? ''}`;
const specialKinds: Record<string, string> = {
  hearing: '听证',
  inspection: '现场核查',
  testing: '检验检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
  site_survey: '现场踏勘',
};
const materialStates: Record<string, string> = { received: '已收', faulty: '需补正', superseded: '已替换' };

/** Art. 38: the rights a denial or a refusal to accept states. */
export const REMEDIES =
  '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

/**
 * Everything a notice may print about a case, read inside the move's transaction — the data was
 * entered once (application, officers' moves) and fills every document (R-APP-5).
 */
export async function noticeData(
  trx: Kysely<Database>,
  caseId: string,
  rules: ClockRules,
  extra: { eventData: Record<string, unknown>; note: string | null; certificate?: Record<string, string> },
) {
  const row = await cases.findCase(trx, caseId);
  if (!row) throw new Error(`case ${caseId} vanished inside its own transaction`);
  const [materials, steps, pauses, names, issuer, definition] = [
    await cases.listMaterials(trx, caseId),
    await cases.listSteps(trx, caseId),
    await cases.listPauses(trx, caseId),
    await cases.applicantNames(trx, row.applicant_person_id, row.applicant_enterprise_id),
    await store.issuerOf(trx, row.centre_id, row.department_id),
    await store.itemDefinition(trx, row.item_version_id),
  ];
  const agent = row.agent_staff_id ? await cases.staffName(trx, row.agent_staff_id) : undefined;
  const clock = clockOf(rules, row, pausesOf(pauses), new Date());
  const byKey = new Map(definition.materials.map((m) => [m.key, m.name]));
  const e = extra.eventData;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const scalars: Partial<Record<ScalarField, string>> = {
    'case.caseNo': row.case_no,
    'case.itemName': definition.name,
    'case.submittedAt': cn(row.submitted_at),
    'case.acceptedAt': cn(row.accepted_at),
    'case.legalDeadline': cn(clock.legalDeadline),
    'case.promisedDeadline': cn(clock.promisedDeadline),
    'case.legalLimit': limitText(row.legal_limit),
    'case.promisedLimit': limitText(row.promised_limit),
    'applicant.name': names.enterprise_name ?? names.person_name,
    'agent.name': agent?.display_name ?? '',
    'centre.name': issuer.centre_name,
    'centre.address': issuer.address ?? '',
    'department.name': issuer.department_name,
    'decision.reasons': row.decision?.reasons ?? '',
    'decision.validUntil': row.decision?.validUntil ? chineseDate(row.decision.validUntil) : '',
    'rejection.reasons': str(e.reasons),
    'rejection.competentOrgan': str(e.competentOrgan) || '有权机关',
    'supplement.note': extra.note ?? '',
    'supplement.due': cn(row.supplement_due ?? row.tolerance_due),
    'special.kind': specialKinds[str(e.kind)] ?? str(e.kind),
    'special.expectedDays': str(e.expectedDays),
    'special.reason': extra.note ?? '',
    'extension.days': row.extension ? String(row.extension.days) : '',
    'extension.reason': row.extension?.reason ?? '',
    'certificate.type': definition.certificate?.type ?? definition.name,
    'certificate.validity': definition.certificate?.validity ?? '',
    remedies: REMEDIES,
    today: cn(new Date()),
    ...extra.certificate,
  };
  const items = Array.isArray(e.items) ? (e.items as Array<{ materialKey: string | null; problem: string }>) : [];
  const data: NoticeData = {
    scalars,
    lists: {
      materials: materials
        .filter((m) => m.state !== 'superseded')
        .map((m) => ({ name: m.name, fileName: m.file_name, state: materialStates[m.state] ?? m.state })),
      supplementItems: items.map((i) => ({
        material: (i.materialKey && byKey.get(i.materialKey)) || '其他',
        problem: i.problem,
      })),
      opinions: steps
        .filter((s) => s.opinion)
        .map((s) => ({ step: s.name, opinion: s.opinion ?? '', actor: s.actor_name ?? '', date: cn(s.completed_at) })),
      tolerated: row.tolerated.map((k) => ({ name: byKey.get(k) ?? k })),
      departments: Array.isArray(e.departments)
        ? (e.departments as Array<Record<string, unknown>>).map((d) => ({
            name: str(d.name),
            role: str(d.role),
            status: str(d.status),
            opinion: str(d.opinion),
          }))
        : [],
    },
  };
  return { row, data, issuer, definition, holderIsEnterprise: !!names.enterprise_name };
}
