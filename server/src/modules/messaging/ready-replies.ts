import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import type { RoleName } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import * as store from './store.js';

/** Offered to every officer, before the window has written its own. */
export const builtInReplies = {
  zh: [
    '您好，您的留言已收到，我们正在核对，请稍候。',
    '您好，材料已收到，我们将在承诺时限内办理完毕，请留意短信通知。',
    '请按补正通知书所列内容一次性补齐材料后重新提交。',
    '如需现场办理，请携带身份证原件到窗口，工作时间为周一至周五 8:30-12:00、13:30-17:30。',
    '证照已制发，可选择到窗口领取或邮寄送达。',
  ],
  en: [
    'Hello, we have your message and are looking into it.',
    'Hello, we have your materials and will finish within the promised time; watch for an SMS.',
    'Please supply everything listed in the supplement notice at once and submit again.',
    'To come in person, bring your ID card to the window, Monday–Friday 8:30–12:00 and 13:30–17:30.',
    'Your certificate is ready: collect it at the window or have it posted.',
  ],
};

const replyView = (r: Awaited<ReturnType<typeof store.listReadyReplies>>[number]) => ({
  id: r.id,
  text: r.text,
  shared: r.window_id !== null,
  version: r.version,
});

const officerRoles: readonly RoleName[] = ['window_clerk', 'approver', 'department_head', 'agent'];

/** Officers only (the applicant's side writes freely); a window clerk also sees the window's shared ones. */
function officer(actor: Actor | null) {
  const staff = requireActingStaff(actor);
  if (!officerRoles.includes(staff.acting.role)) throw new DomainError('auth.forbidden');
  return staff;
}

export async function listReadyReplies(ctx: AppContext, actor: Actor | null, lang: 'zh' | 'en') {
  const staff = officer(actor);
  const rows = await store.listReadyReplies(ctx.database.db, staff.staffId, staff.acting.windowId);
  return { items: rows.map(replyView), builtIn: builtInReplies[lang] };
}

export async function createReadyReply(ctx: AppContext, actor: Actor | null, input: { text: string; shared: boolean }) {
  const staff = officer(actor);
  if (input.shared && !staff.acting.windowId) throw new DomainError('auth.forbidden');
  const row = await store.insertReadyReply(ctx.database.db, {
    window_id: input.shared ? staff.acting.windowId : null,
    staff_id: input.shared ? null : staff.staffId,
    text: input.text.trim(),
    created_by: staff.staffId,
  });
  return replyView(row);
}

/** Own replies, or the window's shared ones for its clerks. */
async function editable(ctx: AppContext, actor: Actor | null, id: string) {
  const staff = officer(actor);
  const row = await store.findReadyReply(ctx.database.db, id);
  const mine = row && (row.staff_id === staff.staffId || (row.window_id && row.window_id === staff.acting.windowId));
  if (!row || !mine) throw new DomainError('resource.not_found');
  return row;
}

export async function updateReadyReply(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: { text: string; version: number },
) {
  await editable(ctx, actor, id);
  const row = await store.updateReadyReply(ctx.database.db, id, input.version, input.text.trim());
  if (!row) throw new DomainError('resource.version_conflict');
  return replyView(row);
}

export async function deleteReadyReply(ctx: AppContext, actor: Actor | null, id: string, version: number) {
  await editable(ctx, actor, id);
  const res = await store.deleteReadyReply(ctx.database.db, id, version);
  if (Number(res.numDeletedRows) === 0) throw new DomainError('resource.version_conflict');
}
