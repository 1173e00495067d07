import type { AttachmentRow, MessageRow } from './store.js';

export type AttachmentView = { id: string; name: string; sizeBytes: number; mediaType: string; url: string };

/** One message as every reader of the case sees it; `mine` is filled per reader. */
export type MessageView = {
  id: string;
  seq: number;
  side: 'applicant' | 'office';
  author: { name: string; party: string };
  /** Exactly as typed: plain text, to be shown as text. */
  text: string;
  at: string;
  attachments: AttachmentView[];
  mine: boolean;
};

/** The key a message's author and a reader are compared by ('person:…', 'staff:…'). */
export const authorKeyOf = (m: MessageRow) => `${m.author_kind}:${m.author_id}`;

export function messageView(m: MessageRow, attachments: readonly AttachmentRow[], readerKey: string): MessageView {
  return {
    id: m.id,
    seq: m.seq,
    side: m.side,
    author: { name: m.author_name, party: m.author_party },
    text: m.body,
    at: m.created_at.toISOString(),
    attachments: attachments
      .filter((a) => a.message_id === m.id)
      .map((a) => ({
        id: a.id,
        name: a.file_name,
        sizeBytes: a.size_bytes,
        mediaType: a.media_type,
        url: `/api/cases/${m.case_id}/message-attachments/${a.id}`,
      })),
    mine: authorKeyOf(m) === readerKey,
  };
}
