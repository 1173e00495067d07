import type { CaseStatusColumn } from '../../platform/db/schema.js';
import { chinaTime, kindLabels, outcomeLabels } from './model.js';
import type { ExchangeCaseRow, ExchangeStepRow, LegacyListRow } from './store.js';

/** Row → API and row → file, for the exchange (R-APP-11). The applicant goes out in full: see service.ts. */

type Decrypt = (token: string) => string;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function applicantOf(r: ExchangeCaseRow, decrypt: Decrypt) {
  return r.enterprise_name !== null
    ? { kind: 'enterprise' as const, name: r.enterprise_name, certificateNo: r.credit_code ?? '' }
    : { kind: 'person' as const, name: r.person_name, certificateNo: decrypt(r.id_number_enc) };
}

export function feedItemView(r: ExchangeCaseRow, steps: ExchangeStepRow[], decrypt: Decrypt) {
  return {
    id: r.id,
    caseNo: r.case_no,
    item: { code: r.item_code, name: r.item_name },
    centre: { id: r.centre_id, name: r.centre_name, divisionCode: r.division_code },
    window: { number: r.window_number, name: r.window_name },
    channel: r.channel,
    status: r.status,
    receivedAt: r.received_at.toISOString(),
    acceptedAt: iso(r.accepted_at),
    decidedAt: iso(r.decided_at),
    concludedAt: iso(r.concluded_at),
    dueAt: iso(r.due_at),
    applicant: applicantOf(r, decrypt),
    decision: r.decision
      ? { outcome: r.decision.outcome, reasons: r.decision.reasons, validUntil: r.decision.validUntil }
      : null,
    certificateNo: r.certificate_no,
    noticeNos: r.notice_nos,
    steps: steps.map((s) => ({
      seq: s.seq,
      name: s.name,
      role: s.role,
      status: s.status,
      startedAt: iso(s.started_at),
      completedAt: iso(s.completed_at),
      opinion: s.opinion,
      actorName: s.actor_name,
    })),
    changedAt: r.updated_key,
    version: r.version,
  };
}

const statusLabels: Record<CaseStatusColumn, string> = {
  submitted: '待受理',
  township_review: '乡镇初审',
  supplement: '待补正',
  rejected: '不予受理',
  in_review: '审查中',
  special_procedure: '特别程序',
  granted: '准予许可',
  denied: '不予许可',
  concluded: '已办结',
  withdrawn: '已撤回',
  revoked: '已撤销受理',
};
const channelLabels = { online: '网上申报', window: '窗口收件', agent: '代办' } as const;

/** The file's columns; the import reads its core ones back by these same headers (model.ts importColumns). */
export const exportHeader = [
  '办件编号',
  '事项编码',
  '事项名称',
  '决定中心',
  '窗口',
  '渠道',
  '状态',
  '收件时间',
  '受理时间',
  '决定时间',
  '办结时间',
  '法定期限',
  '申请人类型',
  '申请人名称',
  '证件号码',
  '决定结果',
  '证照编号',
  '文书编号',
] as const;

export function exportRow(r: ExchangeCaseRow, decrypt: Decrypt): string[] {
  const a = applicantOf(r, decrypt);
  return [
    r.case_no,
    r.item_code,
    r.item_name,
    r.centre_name,
    `${r.window_number} ${r.window_name}`,
    channelLabels[r.channel],
    statusLabels[r.status],
    chinaTime(r.received_at),
    chinaTime(r.accepted_at),
    chinaTime(r.decided_at),
    chinaTime(r.concluded_at),
    chinaTime(r.due_at),
    kindLabels[a.kind],
    a.name,
    a.certificateNo,
    r.decision ? outcomeLabels[r.decision.outcome] : '',
    r.certificate_no ?? '',
    r.notice_nos.join(' '),
  ];
}

export const legacyView = (r: LegacyListRow) => ({
  id: r.id,
  legacyNo: r.legacy_no,
  itemCode: r.item_code,
  itemName: r.item_name,
  centreName: r.centre_name,
  applicantKind: r.applicant_kind,
  applicantName: r.applicant_name,
  // Shown to supervisors on screen: masked, as everywhere else (the file export is the full copy).
  certificateNoMasked: r.applicant_cert_masked,
  receivedOn: r.received_on,
  decidedOn: r.decided_on,
  outcome: r.outcome,
  licenceNo: r.certificate_no,
  importedAt: r.imported_at.toISOString(),
});
