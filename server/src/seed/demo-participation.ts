import type { AppContext } from '../platform/app-context.js';
import { newQueryCode } from '../modules/cases/case-number.js';
import { rulesFor } from '../modules/cases/rules-source.js';
import { findCentreByCode, listWindows } from '../modules/org/service.js';
import { answerDue } from '../modules/participation/model.js';
import { findByNumber, insertMessage } from '../modules/participation/store.js';

/**
 * Demo 公众参与 (R-WEB-4): two published questions and answers at the city centre, so the portal's
 * 已公开答复 is not empty on a fresh `npm start`. Written directly (no writer, no audit record): they
 * stand for messages answered before the system was started. Idempotent by message number.
 */
const demoMessages = [
  {
    no: 'LY330900202610090001',
    kind: 'consult' as const,
    window: '08',
    subject: '食品经营许可可以网上申请吗',
    body: '想开一家小面馆，食品经营许可是不是一定要到大厅窗口办理？',
    answer: '可以在网上办事大厅直接申报，材料齐全的当场受理，办结后可选择邮寄证照，无需到窗口。',
  },
  {
    no: 'LY330900202610120001',
    kind: 'suggestion' as const,
    window: null,
    subject: '建议延长周六服务时间',
    body: '上班族工作日不方便，建议周六上午也能办理业务。',
    answer: '感谢建议。中心已在每周六上午 9:00—12:00 开设综合窗口，可办理常用事项的收件和咨询。',
  },
];

export async function seedDemoParticipation(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  const city = await findCentreByCode(ctx, '330900');
  if (!city) return;
  const windows = await listWindows(ctx, { centreId: city.id });
  const calendar = (await rulesFor(ctx, city.id)).calendar;
  for (const m of demoMessages) {
    if (await findByNumber(db, m.no)) continue;
    const w = m.window ? windows.find((x) => x.number === m.window) : undefined;
    const at = new Date(`${m.no.slice(8, 12)}-${m.no.slice(12, 14)}-${m.no.slice(14, 16)}T02:00:00Z`);
    const answeredAt = new Date(at.getTime() + 86_400_000);
    await insertMessage(db, {
      message_no: m.no,
      // A code nobody holds: the demo answers are read on 已公开答复, not looked up.
      query_code_hash: ctx.cipher.blindIndex(`message:${m.no}:${newQueryCode()}`),
      kind: m.kind,
      centre_id: city.id,
      routed_to: w ? 'window' : 'centre',
      window_id: w?.id ?? null,
      department_id: w?.department_id ?? null,
      subject: m.subject,
      body: m.body,
      writer_name: '',
      publish_consent: true,
      status: 'published',
      created_at: at,
      due_at: answerDue(calendar, m.kind, at),
      answer: m.answer,
      answered_at: answeredAt,
      answered_by_name: '演示数据',
      ended_at: answeredAt,
      ended_by_name: '演示数据',
    });
  }
}
