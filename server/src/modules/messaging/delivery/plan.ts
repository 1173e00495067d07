import type { Insertable, Kysely } from 'kysely';
import type { AppContext } from '../../../platform/app-context.js';
import type { Database, NotificationChannel, NotificationDeliveryTable } from '../../../platform/db/schema.js';
import { effectiveTemplates } from '../notification-service.js';
import { renderNotification, type TemplateText } from '../templates.js';
import * as store from './store.js';

/**
 * Turns a batch of outbox events into delivery rows, in one transaction: the events are locked
 * (SKIP LOCKED, so several workers share the outbox), each recipient's preferences and contact
 * details are read, the event's template is rendered per channel in the person's language, the
 * rows are inserted (a second planning of the same event inserts nothing: unique per event and
 * channel) and the events are marked planned. The portal's in-app list reads the same events.
 */
export async function planBatch(ctx: AppContext, limit: number): Promise<number> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const events = await store.claimOutbox(trx, limit);
    if (events.length === 0) return 0;
    const rows = await deliveriesFor(ctx, trx, events);
    await store.insertDeliveries(trx, rows);
    await store.markOutboxPlanned(
      trx,
      events.map((e) => e.id),
    );
    return events.length;
  });
}

async function deliveriesFor(ctx: AppContext, trx: Kysely<Database>, events: store.OutboxRow[]) {
  const addressed = events.filter((e) => e.recipient_person_id && e.case_id);
  const caseIds = [...new Set(addressed.map((e) => e.case_id!))];
  const personIds = [...new Set(addressed.map((e) => e.recipient_person_id!))];
  const [cases, people, stored] = [
    await store.caseFacts(trx, caseIds),
    await store.recipients(trx, personIds),
    await store.storedTemplates(trx),
  ];
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const templates = new Map(effectiveTemplates(stored).map((t) => [`${t.topic}/${t.channel}`, t.text]));
  const rows: Insertable<NotificationDeliveryTable>[] = [];
  for (const e of addressed) {
    const c = caseById.get(e.case_id!);
    const p = personById.get(e.recipient_person_id!);
    if (!c || !p) continue;
    // An officer's message is announced only to people who want to hear of messages.
    if (e.topic === 'case.message' && p.messages === false) continue;
    const lang = p.lang ?? 'zh';
    const vars = {
      caseNo: c.case_no,
      itemName: c.item_name,
      centreName: c.centre_name,
      link: `${ctx.config.publicBaseUrl}/portal/my/cases/${c.id}`,
      applicantName: c.enterprise_name ?? p.name,
    };
    const channels: Array<{ channel: NotificationChannel; addressEnc: string | null; masked: string | null }> = [
      { channel: 'sms', addressEnc: (p.sms ?? true) ? p.mobile_enc : null, masked: p.mobile_masked },
      { channel: 'email', addressEnc: p.email ? p.email_enc : null, masked: p.email_masked },
    ];
    for (const ch of channels) {
      const t: TemplateText | undefined = templates.get(`${e.topic}/${ch.channel}`);
      if (!t?.enabled || !ch.addressEnc) continue;
      const { subject, body } = renderNotification(t, lang, vars);
      rows.push({
        outbox_event_id: e.id,
        channel: ch.channel,
        topic: e.topic,
        case_id: c.id,
        recipient_person_id: p.id,
        address_enc: ch.addressEnc,
        address_masked: ch.masked ?? '***',
        lang,
        subject,
        body,
      });
    }
  }
  return rows;
}
