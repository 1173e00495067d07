import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import type { DeliveryStatus, NotificationChannel } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { requirePerson } from '../identity/applicant-service.js';
import * as deliveries from './delivery/store.js';
import { EMAIL_PATTERN, maskEmail } from './model.js';
import * as store from './notification-store.js';
import {
  defaultTemplate,
  isFutureTopic,
  renderNotification,
  templateProblems,
  templateTopics,
  type TemplateText,
  type TemplateVars,
} from './templates.js';

// --- the person's preferences (portal 个人中心) ---------------------------------------------------

export async function getPreferences(ctx: AppContext, actor: Actor | null) {
  const person = requirePerson(actor);
  const row = await store.findPreference(ctx.database.db, person.personId);
  if (!row) throw new DomainError('resource.not_found');
  return {
    sms: row.sms ?? true,
    email: row.email ?? false,
    emailAddressMasked: row.email_masked,
    mobileMasked: row.mobile_masked,
    lang: row.lang ?? 'zh',
    messages: row.messages ?? true,
    version: row.version,
  };
}

export type PreferenceInput = {
  sms: boolean;
  email: boolean;
  /** A new address; omitted keeps the stored one, null removes it. */
  emailAddress?: string | null | undefined;
  lang: 'zh' | 'en';
  messages: boolean;
  version: number | null;
};

export async function savePreferences(ctx: AppContext, actor: Actor | null, meta: RequestMeta, input: PreferenceInput) {
  const person = requirePerson(actor);
  const db = ctx.database.db;
  const current = await store.findPreference(db, person.personId);
  if (!current) throw new DomainError('resource.not_found');
  let emailEnc = current.email_enc;
  let emailMasked = current.email_masked;
  if (input.emailAddress !== undefined) {
    const address = input.emailAddress?.trim() ?? null;
    if (address !== null && !EMAIL_PATTERN.test(address))
      throw new DomainError('request.invalid', [{ field: 'emailAddress', problem: 'not an e-mail address' }]);
    emailEnc = address ? ctx.cipher.encrypt(address) : null;
    emailMasked = address ? maskEmail(address) : null;
  }
  if (input.email && !emailEnc)
    throw new DomainError('request.invalid', [{ field: 'emailAddress', problem: 'an address is needed for e-mail' }]);
  await db.transaction().execute(async (trx) => {
    const saved = await store.savePreference(trx, person.personId, input.version, {
      sms: input.sms,
      email: input.email,
      email_enc: emailEnc,
      email_masked: emailMasked,
      lang: input.lang,
      messages: input.messages,
    });
    if (!saved) throw new DomainError('resource.version_conflict');
    await ctx.audit.record(trx, actor, meta, {
      action: 'notification.preferences',
      entityType: 'person',
      entityId: person.personId,
      after: { sms: input.sms, email: input.email, emailMasked, lang: input.lang, messages: input.messages },
    });
  });
  return getPreferences(ctx, actor);
}

// --- templates (supervision) ------------------------------------------------------------------

function supervisor(actor: Actor | null) {
  const staff = requireActingStaff(actor);
  if (staff.acting.role !== 'supervisor') throw new DomainError('auth.forbidden');
  return staff;
}

/**
 * The wording is the same for every centre (a message names its centre through {{centreName}}),
 * so only a supervisor of a top-level centre edits it; the others read it.
 */
const isTopLevel = (centrePath: string) => centrePath.split('/').filter(Boolean).length === 1;

const sampleVars: Record<'zh' | 'en', TemplateVars> = {
  zh: {
    caseNo: '33090020261128000123',
    itemName: '食品经营许可',
    centreName: '舟山市行政审批服务中心',
    link: 'https://tongban.example/portal/my/cases/…',
    applicantName: '林海',
  },
  en: {
    caseNo: '33090020261128000123',
    itemName: 'Food business licence',
    centreName: 'Zhoushan Administrative Approval Service Centre',
    link: 'https://tongban.example/portal/my/cases/…',
    applicantName: 'Lin Hai',
  },
};

export function effectiveTemplates(rows: Awaited<ReturnType<typeof store.listTemplates>>) {
  const stored = new Map(rows.map((r) => [`${r.topic}/${r.channel}`, r]));
  return templateTopics.flatMap((topic) =>
    (['sms', 'email'] as const).map((channel) => {
      const s = stored.get(`${topic}/${channel}`);
      const text: TemplateText = s
        ? { enabled: s.enabled, subjectZh: s.subject_zh, subjectEn: s.subject_en, bodyZh: s.body_zh, bodyEn: s.body_en }
        : defaultTemplate(topic, channel)!;
      return { topic, channel, text, version: s?.version ?? null, updatedAt: s?.updated_at ?? null };
    }),
  );
}

export async function listTemplates(ctx: AppContext, actor: Actor | null) {
  const staff = supervisor(actor);
  const rows = await store.listTemplates(ctx.database.db);
  return {
    canEdit: isTopLevel(staff.acting.centrePath),
    items: effectiveTemplates(rows).map((t) => ({
      topic: t.topic,
      channel: t.channel,
      future: isFutureTopic(t.topic),
      ...t.text,
      customised: t.version !== null,
      version: t.version,
      updatedAt: t.updatedAt?.toISOString() ?? null,
      preview: {
        zh: renderNotification(t.text, 'zh', sampleVars.zh),
        en: renderNotification(t.text, 'en', sampleVars.en),
      },
    })),
  };
}

export type TemplateInput = TemplateText & { version: number | null };

const TEXT_LIMITS = { sms: 300, email: 5_000, subject: 200 };

export async function saveTemplate(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  topic: string,
  channel: NotificationChannel,
  input: TemplateInput,
) {
  const staff = supervisor(actor);
  if (!isTopLevel(staff.acting.centrePath)) throw new DomainError('auth.forbidden');
  if (!templateTopics.includes(topic)) throw new DomainError('resource.not_found');
  const problems: Record<string, unknown>[] = [];
  const bodyMax = channel === 'sms' ? TEXT_LIMITS.sms : TEXT_LIMITS.email;
  for (const [field, value, max] of [
    ['subjectZh', input.subjectZh, TEXT_LIMITS.subject],
    ['subjectEn', input.subjectEn, TEXT_LIMITS.subject],
    ['bodyZh', input.bodyZh, bodyMax],
    ['bodyEn', input.bodyEn, bodyMax],
  ] as const) {
    for (const problem of templateProblems(value)) problems.push({ field, problem });
    if (value.length > max) problems.push({ field, problem: 'too long', max });
  }
  if (!input.bodyZh.trim() || !input.bodyEn.trim()) problems.push({ field: 'body', problem: 'empty' });
  if (channel === 'email' && (!input.subjectZh.trim() || !input.subjectEn.trim()))
    problems.push({ field: 'subject', problem: 'empty' });
  if (problems.length) throw new DomainError('request.invalid', problems);
  await ctx.database.db.transaction().execute(async (trx) => {
    const saved = await store.saveTemplate(
      trx,
      { topic, channel },
      input.version,
      {
        enabled: input.enabled,
        subject_zh: input.subjectZh,
        subject_en: input.subjectEn,
        body_zh: input.bodyZh,
        body_en: input.bodyEn,
      },
      staff.staffId,
    );
    if (!saved) throw new DomainError('resource.version_conflict');
    await ctx.audit.record(trx, actor, meta, {
      action: 'notification.template',
      entityType: 'notification_template',
      entityId: `${topic}/${channel}`,
      after: { topic, channel, enabled: input.enabled },
    });
  });
  return listTemplates(ctx, actor);
}

export async function resetTemplate(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  topic: string,
  channel: NotificationChannel,
  version: number,
) {
  const staff = supervisor(actor);
  if (!isTopLevel(staff.acting.centrePath)) throw new DomainError('auth.forbidden');
  await ctx.database.db.transaction().execute(async (trx) => {
    const res = await store.deleteTemplate(trx, topic, channel, version);
    if (Number(res.numDeletedRows) === 0) throw new DomainError('resource.version_conflict');
    await ctx.audit.record(trx, actor, meta, {
      action: 'notification.template_reset',
      entityType: 'notification_template',
      entityId: `${topic}/${channel}`,
      after: { topic, channel },
    });
  });
  return listTemplates(ctx, actor);
}

// --- deliveries: the outbox page and dead letters (supervision) --------------------------------

export type DeliveryQuery = {
  status?: DeliveryStatus | undefined;
  channel?: NotificationChannel | undefined;
  caseNo?: string | undefined;
  page: number;
  pageSize: number;
};

/**
 * What was (or, with the demo's outbox provider, would have been) sent, for cases of the
 * supervisor's centres and below — supervisors already read those cases; addresses are masked.
 */
export async function listDeliveries(ctx: AppContext, actor: Actor | null, q: DeliveryQuery) {
  const staff = supervisor(actor);
  const { total, rows } = await deliveries.listDeliveries(ctx.database.db, {
    status: q.status,
    channel: q.channel,
    caseNo: q.caseNo,
    centrePath: staff.acting.centrePath,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      topic: r.topic,
      caseId: r.case_id ?? '',
      caseNo: r.case_no,
      to: r.address_masked,
      lang: r.lang,
      subject: r.subject,
      body: r.body,
      status: r.status,
      provider: r.provider,
      attempts: r.attempts,
      nextAttemptAt: r.status === 'retry' || r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
      lastError: r.last_error,
      sentAt: r.sent_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
      version: r.version,
    })),
  };
}

/** A dead letter back into the queue, e.g. after the gateway is fixed or the person corrected their address. */
export async function retryDelivery(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  version: number,
) {
  const staff = supervisor(actor);
  const db = ctx.database.db;
  const d = await deliveries.findDelivery(db, id);
  if (!d) throw new DomainError('resource.not_found');
  const paths = await Promise.all(
    [d.centre_id, d.intake_centre_id].filter((c): c is string => !!c).map((c) => store.centreParent(db, c)),
  );
  if (!paths.some((p) => p && centreInReach(staff.acting, p.path))) throw new DomainError('resource.not_found');
  await db.transaction().execute(async (trx) => {
    const res = await deliveries.requeue(trx, id, version);
    if (Number(res.numUpdatedRows) === 0) throw new DomainError('resource.version_conflict');
    await ctx.audit.record(trx, actor, meta, {
      action: 'notification.retry',
      entityType: 'notification_delivery',
      entityId: id,
      before: { status: d.status },
      after: { status: 'pending' },
    });
  });
  return { ok: true as const };
}
