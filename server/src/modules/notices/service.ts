import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize, requireActingStaff } from '../../platform/auth/authorize.js';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { sm2Verify } from '../../platform/crypto/sm2.js';
import { sm3Hex } from '../../platform/crypto/sm3.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import { onCaseMove, type MoveHook } from '../cases/move-hooks.js';
import { readable } from '../cases/queries.js';
import { rulesFor } from '../cases/rules-source.js';
import { maskName } from '../identity/model/masking.js';
import { getCentre } from '../org/service.js';
import { noticeData } from './data.js';
import { defaultTemplates } from './default-templates.js';
import { certificateRecord, issueForMove } from './issue.js';
import { fillTemplate, noticeTitles, templateProblems, type NoticeTemplate, type NoticeType } from './model.js';
import { renderNoticePdf } from './render.js';
import * as store from './store.js';

const issueNoticeHook: MoveHook = (trx, ctx, actor, _meta, move) => issueForMove(trx, ctx, actor, move);

/**
 * Notices are issued by the moves that call for them (see issue.ts). One function, registered
 * once however many apps a process builds (tests build several): a second registration of a new
 * closure would issue every notice twice.
 */
export function registerNoticeIssuing(): void {
  onCaseMove(issueNoticeHook);
}

export async function caseNotices(ctx: AppContext, actor: Actor | null, caseId: string) {
  await readable(ctx, actor, caseId);
  const rows = await store.noticesOfCase(ctx.database.db, caseId);
  return {
    items: rows.map((n) => ({
      id: n.id,
      type: n.notice_type,
      title: noticeTitles[n.notice_type].title,
      docNo: n.doc_no,
      issuedAt: n.issued_at.toISOString(),
      issuedBy: n.issued_by,
      sm3: n.sm3,
      downloadUrl: `/api/notices/${n.id}/pdf`,
    })),
  };
}

/** A notice's PDF, for the case's parties and supervisors in reach (printing or downloading). */
export async function noticePdf(ctx: AppContext, actor: Actor | null, noticeId: string) {
  const n = await store.findNotice(ctx.database.db, noticeId);
  if (!n) throw new DomainError('resource.not_found');
  await readable(ctx, actor, n.case_id);
  return {
    bytes: await ctx.files.read(n.pdf_sha256.trim()),
    fileName: `${n.doc_no}${noticeTitles[n.notice_type].title}.pdf`,
  };
}

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The public verification page (R-NEW-2): the certificate's data, its status and whether the
 * record is authentic (its SM2 signature verifies over the signed fields, and the issued PDF's
 * signature over its SM3 hash). Holders who are persons are shown masked.
 */
export async function verifyCertificate(ctx: AppContext, code: string) {
  const c = await store.findCertificateByCode(ctx.database.db, code.trim().toUpperCase());
  if (!c) throw new DomainError('notice.certificate_not_found');
  const signed = sm2Verify(c.public_key, canonicalJson(certificateRecord(c)), c.data_signature);
  const pdf = await ctx.files.read(c.pdf_sha256.trim()).catch(() => null);
  const fileIntact = !!pdf && sm3Hex(pdf) === c.sm3.trim() && sm2Verify(c.public_key, c.sm3.trim(), c.signature);
  const status: 'valid' | 'expired' | 'revoked' =
    c.status === 'revoked' ? 'revoked' : c.valid_until && c.valid_until < chinaToday() ? 'expired' : 'valid';
  return {
    certificateNo: c.certificate_no,
    certificateType: c.certificate_type,
    holderName: c.holder_is_enterprise ? c.holder_name : maskName(c.holder_name),
    itemName: c.item_name,
    issuer: c.issuer,
    validFrom: c.valid_from,
    validUntil: c.valid_until,
    docNo: c.doc_no,
    status,
    authentic: signed && fileIntact,
  };
}

/** Anyone may check a notice or certificate PDF they hold: known, unchanged and signed by us? */
export async function verifyDocument(ctx: AppContext, bytes: Buffer) {
  const sm3 = sm3Hex(bytes);
  const n = await store.findNoticeBySm3(ctx.database.db, sm3);
  if (!n) return { authentic: false as const, sm3 };
  return {
    authentic: sm2Verify(n.public_key, n.sm3.trim(), n.signature),
    sm3,
    docNo: n.doc_no,
    title: noticeTitles[n.notice_type].title,
    issuedAt: n.issued_at.toISOString(),
  };
}

/** 许可公示 (R-LAW-7, Art. 40): grants as the law publishes them; persons' names masked. */
export async function announcementList(
  ctx: AppContext,
  q: { q?: string | undefined; from?: string | undefined; to?: string | undefined; page: number; pageSize: number },
) {
  const { total, rows } = await store.announcements(ctx.database.db, {
    q: q.q,
    from: q.from,
    to: q.to,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({
      certificateNo: r.certificate_no,
      certificateType: r.certificate_type,
      holderName: r.holder_is_enterprise ? r.holder_name : maskName(r.holder_name),
      itemName: r.item_name,
      issuer: r.issuer,
      decidedOn: r.valid_from,
      validUntil: r.valid_until,
    })),
  };
}

async function templateOwner(ctx: AppContext, actor: Actor | null, meta: RequestMeta, centreId: string) {
  const centre = await getCentre(ctx, centreId);
  return authorize(ctx, actor, meta, 'notice.template', {
    centrePath: centre.path,
    entityType: 'centre',
    entityId: centre.id,
  });
}

export async function getTemplate(ctx: AppContext, actor: Actor | null, centreId: string, type: NoticeType) {
  requireActingStaff(actor);
  const row = await store.currentTemplate(ctx.database.db, centreId, type);
  const history = await store.templateHistory(ctx.database.db, centreId, type);
  return {
    type,
    version: row?.version ?? 0,
    template: row?.template ?? defaultTemplates[type],
    isDefault: !row,
    history: history.map((h) => ({
      version: h.version,
      createdAt: h.created_at.toISOString(),
      createdBy: h.display_name ?? '',
    })),
  };
}

/** A change is a new version; issued notices keep theirs. Unknown fields and markup are refused. */
export async function saveTemplate(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  type: NoticeType,
  input: { template: NoticeTemplate; version: number },
) {
  const staff = await templateOwner(ctx, actor, meta, centreId);
  const problems = templateProblems(input.template);
  if (problems.length) throw new DomainError('notice.template_invalid', problems);
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      const current = await store.currentTemplate(trx, centreId, type);
      if ((current?.version ?? 0) !== input.version) throw new DomainError('resource.version_conflict');
      const row = await store.insertTemplate(trx, {
        centre_id: centreId,
        notice_type: type,
        version: input.version + 1,
        template: JSON.stringify(input.template),
        created_by: staff.staffId,
      });
      await ctx.audit.record(trx, staff, meta, {
        action: 'notice.template_save',
        entityType: 'notice_template',
        entityId: row.id,
        after: { centreId, type, version: row.version },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('resource.version_conflict');
    throw err;
  }
  return getTemplate(ctx, actor, centreId, type);
}

/** Renders a template with a real case's data, unnumbered, for the editor's preview. */
export async function previewTemplate(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  type: NoticeType,
  input: { template: NoticeTemplate; caseId: string },
) {
  await templateOwner(ctx, actor, meta, centreId);
  const problems = templateProblems(input.template);
  if (problems.length) throw new DomainError('notice.template_invalid', problems);
  const { row } = await readable(ctx, actor, input.caseId);
  const rules = await rulesFor(ctx, row.centre_id);
  const base = await noticeData(ctx.database.db, input.caseId, rules, { eventData: {}, note: null });
  return renderNoticePdf({
    issuer: base.issuer.department_name,
    centreName: base.issuer.centre_name,
    docNo: '（预览）',
    filled: fillTemplate(input.template, base.data),
    date: new Date(),
    qr: null,
  });
}
