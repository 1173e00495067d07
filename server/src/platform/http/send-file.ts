import type { FastifyReply } from 'fastify';

export type FileReply = {
  bytes: Buffer;
  mediaType: string;
  /** Shown to the user as the download's name (UTF-8, e.g. 营业执照.pdf). */
  fileName: string;
  /** inline: the browser shows it (PDF to print); attachment: it saves it. */
  disposition?: 'attachment' | 'inline';
  /** Private by default: files of cases belong to their parties and must not sit in shared caches. */
  cacheControl?: string;
};

/**
 * A file as the answer. The name goes in RFC 5987 form (filename*), with an ASCII fallback, and
 * without characters that could break the header (quotes, backslashes, line breaks, slashes).
 */
export function sendFile(reply: FastifyReply, f: FileReply) {
  const name = f.fileName.replace(/[\r\n"\\/]/g, '_');
  return reply
    .type(f.mediaType)
    .header(
      'content-disposition',
      `${f.disposition ?? 'attachment'}; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', f.cacheControl ?? 'private, no-store')
    .send(f.bytes);
}
