import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { sm2Sign } from '../../platform/crypto/sm2.js';
import { sm3Hex } from '../../platform/crypto/sm3.js';
import type { Database } from '../../platform/db/schema.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import type { Move } from '../cases/move-hooks.js';
import { noticeData } from './data.js';
import { defaultTemplates } from './default-templates.js';
import { docNumber, docNumberSeries, fillTemplate, type NoticeType } from './model.js';
import { renderNoticePdf } from './render.js';
import { centreSealKey } from './keys.js';
import * as store from './store.js';

/** Which move issues which notice (DOMAIN.md's table); other moves issue none. */
export function noticeTypeFor(move: Pick<Move, 'action' | 'topic'>): NoticeType | null {
  const byTopic: Record<string, NoticeType> = {
    'case.accept': 'acceptance_notice',
    'case.reject': 'non_acceptance_decision',
    'case.request_supplement': 'supplement_notice',
    'case.start_special': 'special_procedure_notice',
    'case.approve_extension': 'extension_notice',
    'case.decide.grant': 'grant_decision',
    'case.decide.deny': 'denial_decision',
    'case.issue_certificate': 'certificate',
    // Joint cases (issue 7) issue these through the same path, with the joint case's own event.
    'joint.start': 'joint_start_notice',
    'joint.complete': 'joint_completion_notice',
  };
  if (move.action === 'intake') return 'intake_receipt';
  return byTopic[move.topic ?? `case.${move.action}`] ?? null;
}

// No 0/O, 1/I/L: the code is typed from paper.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const verificationCode = () =>
  Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** The public page a certificate's QR code opens. */
export const verificationUrl = (ctx: AppContext, code: string) => `${ctx.config.publicBaseUrl}/verify/${code}`;

/**
 * Issues the notice a move calls for, inside the move's transaction (R-APP-5, R-LAW-2..6): the
 * next number of the centre's series for that type and year, the centre's current template
 * filled from the case, a PDF stored content-addressed, its SM3 hash signed with the centre's
 * SM2 key. A rollback of the move takes the number back with it: no gaps, nothing issued twice.
 */
export async function issueForMove(
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  move: Move & { eventId: string },
): Promise<void> {
  const type = noticeTypeFor(move);
  if (!type) return;
  const now = new Date();
  const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  const base = await noticeData(trx, move.caseId, move.rules, { eventData: move.data ?? {}, note: move.note ?? null });
  const { row, issuer } = base;
  const prefix = issuer.doc_prefix ?? issuer.centre_name.slice(0, 2);
  const docNo = docNumber(prefix, type, year, await nextInSeries(trx, docNumberSeries(row.centre_id, type, year)));
  const custom = await store.currentTemplate(trx, row.centre_id, type);
  const template = custom?.template ?? defaultTemplates[type];

  let certificate: { code: string; no: string } | null = null;
  let data = base.data;
  if (type === 'certificate') {
    const no = row.certificate_no ?? docNo;
    certificate = { code: verificationCode(), no };
    data = {
      ...data,
      scalars: {
        ...data.scalars,
        'certificate.no': no,
        'certificate.verificationCode': certificate.code,
        'certificate.verificationUrl': verificationUrl(ctx, certificate.code),
      },
    };
  }
  const filled = fillTemplate(template, data);
  const key = await centreSealKey(ctx, trx, row.centre_id);
  const pdf = await renderNoticePdf({
    issuer: issuer.department_name,
    centreName: issuer.centre_name,
    docNo,
    filled,
    date: now,
    qr: certificate ? { url: verificationUrl(ctx, certificate.code), caption: `验证码 ${certificate.code}` } : null,
  });
  const stored = await ctx.files.put(trx, pdf, { maxBytes: 10 * 1024 * 1024, allowedTypes: ['application/pdf'] });
  const sm3 = sm3Hex(pdf);
  const notice = await store.insertNotice(trx, {
    case_id: row.id,
    centre_id: row.centre_id,
    notice_type: type,
    doc_no: docNo,
    template_version: custom?.version ?? 0,
    content: JSON.stringify(filled),
    pdf_sha256: stored.sha256,
    sm3,
    signature: sm2Sign(key.privateKey, sm3),
    public_key: key.publicKey,
    issued_by: actor?.name ?? '系统',
    source_event: move.eventId,
  });
  if (certificate) {
    const fields = {
      case_id: row.id,
      notice_id: notice.id,
      certificate_no: certificate.no,
      verification_code: certificate.code,
      certificate_type: data.scalars['certificate.type'] ?? '',
      holder_name: data.scalars['applicant.name'] ?? '',
      holder_is_enterprise: base.holderIsEnterprise,
      item_name: data.scalars['case.itemName'] ?? '',
      issuer: issuer.department_name,
      valid_from: new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10),
      valid_until: row.decision?.validUntil ?? null,
    };
    const signature = sm2Sign(key.privateKey, canonicalJson(certificateRecord(fields)));
    await store.insertCertificate(trx, { ...fields, data_signature: signature });
  }
}

/** The certificate's signed fields, as signed (verification recomputes this). */
export function certificateRecord(c: {
  certificate_no: string;
  verification_code: string;
  certificate_type: string;
  holder_name: string;
  item_name: string;
  issuer: string;
  valid_from: string;
  valid_until: string | null;
}) {
  return {
    certificateNo: c.certificate_no,
    verificationCode: c.verification_code,
    certificateType: c.certificate_type,
    holderName: c.holder_name,
    itemName: c.item_name,
    issuer: c.issuer,
    validFrom: c.valid_from,
    validUntil: c.valid_until,
  };
}
