import { isOverdue, scrubText } from './model.js';
import type { MessageRow } from './store.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What every reader of a message sees (web/src/api/participation.ts has the same shapes). */
function common(row: MessageRow, now: Date) {
  return {
    messageNo: row.message_no,
    kind: row.kind,
    centreId: row.centre_id,
    centreName: row.centre_name,
    windowNumber: row.window_number,
    windowName: row.window_name,
    subject: row.subject,
    body: row.body,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: isOverdue(row.status, row.due_at, now),
    answer: row.answer,
    answeredAt: iso(row.answered_at),
  };
}

/**
 * The writer's own look-up by number and code: their message and its answer. Whoever holds the
 * code is not necessarily the writer, so the name and phone are shown masked, and so are numbers
 * typed into the text.
 */
export const lookupView = (row: MessageRow, maskedName: string, now: Date) => ({
  ...common(row, now),
  body: scrubText(row.body),
  writerName: maskedName,
  phone: row.phone_masked,
  publishConsent: row.publish_consent,
});

/**
 * A message as the handling staff see it: the writer's name and phone in full (they call back),
 * who answered, and what they may do next.
 */
export const staffView = (
  row: MessageRow,
  phone: string | null,
  can: { answer: boolean; reassign: boolean; publish: boolean; close: boolean },
  now: Date,
) => ({
  ...common(row, now),
  id: row.id,
  routedTo: row.routed_to,
  windowId: row.window_id,
  itemId: row.item_id,
  caseNo: row.case_no,
  writerName: row.writer_name,
  phone,
  publishConsent: row.publish_consent,
  loggedIn: row.person_id !== null || row.staff_id !== null,
  fromStaff: row.staff_id !== null,
  answeredBy: row.answered_by_name,
  answeredLate: row.answered_late,
  reassigned: row.reassigned,
  endedAt: iso(row.ended_at),
  endedBy: row.ended_by_name,
  closeNote: row.close_note,
  can,
  version: row.version,
});

/**
 * A published question and answer: no name, no phone, no case number, and any number typed into
 * the text masked — the writer agreed to publication of the question, not of themselves.
 */
export const publishedView = (row: MessageRow) => ({
  messageNo: row.message_no,
  kind: row.kind,
  centreName: row.centre_name,
  windowNumber: row.window_number,
  windowName: row.window_name,
  subject: scrubText(row.subject),
  body: scrubText(row.body),
  answer: scrubText(row.answer ?? ''),
  createdAt: row.created_at.toISOString(),
  answeredAt: iso(row.answered_at),
  publishedAt: iso(row.ended_at),
});
