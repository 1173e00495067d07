import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { consumeUploads } from './store.js';

/**
 * The owner's uploads named, taken out of the upload area in one statement: an inspection record
 * or a message consumes them, and the bytes then belong to that record (the orphan sweep leaves
 * them). Someone else's upload, or one already taken, is missing: case.upload_not_found names each
 * one, and the caller's transaction rolls the take back. The cases context owns the upload area;
 * other contexts consume it through here, never through SQL of their own.
 */
export async function takeUploads(trx: Kysely<Database>, owner: string, ids: string[], field: string) {
  const unique = [...new Set(ids)];
  const uploads = await consumeUploads(trx, owner, unique);
  const found = new Map(uploads.map((u) => [u.id, u]));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length)
    throw new DomainError(
      'case.upload_not_found',
      missing.map((uploadId) => ({ field, uploadId })),
    );
  // In the order asked for, as the caller lists them.
  return unique.map((id) => found.get(id)!);
}
