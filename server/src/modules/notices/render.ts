import { renderOfficialDocument } from '../../platform/documents/index.js';
import type { FilledBlock } from './model.js';

export type NoticeRenderInput = {
  /** The issuing body printed at the top and signed at the bottom (the deciding department). */
  issuer: string;
  centreName: string;
  docNo: string;
  filled: { title: string; addressee: string; blocks: FilledBlock[] };
  date: Date;
  qr: { url: string; caption: string } | null;
};

/** A filled notice laid out as an official document (GB/T 9704) with the centre's seal. */
export function renderNoticePdf(input: NoticeRenderInput): Promise<Buffer> {
  return renderOfficialDocument({
    issuer: input.issuer,
    docNo: input.docNo,
    title: input.filled.title,
    ...(input.filled.addressee ? { addressee: input.filled.addressee } : {}),
    blocks: input.filled.blocks,
    signer: input.issuer,
    date: input.date,
    seal: { drawn: { name: input.centreName } },
    ...(input.qr ? { qr: input.qr } : {}),
  });
}
