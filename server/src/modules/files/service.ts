import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { documentRules } from '../../platform/files/file-store.js';

/** Only logged-in users upload; the file is referenced by the record that uses it. */
export async function uploadDocument(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  bytes: Buffer,
  filename: string,
) {
  if (!actor) throw new DomainError('auth.required');
  return ctx.database.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.put(trx, bytes, documentRules);
    await ctx.audit.record(trx, actor, meta, {
      action: 'file.upload',
      entityType: 'stored_file',
      entityId: stored.sha256,
      after: { sizeBytes: stored.sizeBytes, mediaType: stored.mediaType, filename: filename.slice(0, 100) },
    });
    return stored;
  });
}
