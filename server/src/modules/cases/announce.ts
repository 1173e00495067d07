import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import * as store from './store.js';
import { notifiedTopics } from './views.js';

/**
 * Tells a case's applicant of something that is not a move of the case — an officer's message, a
 * joint case's formal start, extension or completion — through the same outbox a move writes to,
 * in the caller's transaction: it reaches them in-app, and by SMS and e-mail as they chose, only
 * if what it announces commits. Contexts that build on cases announce through here, never by
 * writing outbox rows of their own.
 */
export async function announceToApplicant(
  trx: Kysely<Database>,
  a: { caseId: string; applicantPersonId: string; topic: string; payload: Record<string, unknown> },
): Promise<void> {
  // A topic without a title would reach the applicant as its code: refuse it where it is written.
  if (!notifiedTopics.has(a.topic)) throw new Error(`no applicant notification is defined for ${a.topic}`);
  await store.insertOutbox(trx, {
    topic: a.topic,
    case_id: a.caseId,
    recipient_person_id: a.applicantPersonId,
    payload: JSON.stringify(a.payload),
  });
}
