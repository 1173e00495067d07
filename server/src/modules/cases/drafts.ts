import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import { guide } from '../catalogue/service.js';
import { activeAuthorisation } from '../identity/agent-service.js';
import { ownerKey } from './access.js';
import * as store from './store.js';
import { resolveMaterials, type MaterialRef } from './submission.js';

/**
 * 草稿: an application saved half-way, to come back to (islanders on a weak connection save
 * often). A draft is private to whoever saved it; an agent's draft names the resident it is for.
 * Form data is not validated until submission, but materials must be the saver's own uploads.
 */
async function view(ctx: AppContext, owner: string, d: store.DraftRow) {
  const g = await guide(ctx, { itemId: d.item_id });
  const refs = await resolveMaterials(ctx.database.db, owner, g.definition, d.materials).catch(() => []);
  return {
    id: d.id,
    itemId: d.item_id,
    itemName: g.definition.name,
    forPersonId: d.for_person_id,
    formData: d.form_data,
    materials: refs.map((m) => ({
      materialKey: m.material_key,
      uploadId: m.uploadId,
      name: m.name,
      fileName: m.file_name,
      sizeBytes: m.size_bytes,
    })),
    updatedAt: d.updated_at.toISOString(),
    version: d.version,
  };
}

export async function createDraft(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: {
    itemId: string;
    formData: Record<string, unknown>;
    materials: MaterialRef[];
    forPersonId?: string | undefined;
  },
) {
  const owner = ownerKey(actor);
  if (input.forPersonId) {
    const agent = requireActingStaff(actor);
    if (agent.acting.role !== 'agent' || !(await activeAuthorisation(ctx, agent.acting.centreId, input.forPersonId)))
      throw new DomainError('case.not_authorised_for_resident');
  }
  const g = await guide(ctx, { itemId: input.itemId });
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    await resolveMaterials(trx, owner, g.definition, input.materials);
    const d = await store.insertDraft(trx, {
      owner,
      item_id: g.version.item_id,
      for_person_id: input.forPersonId ?? null,
      form_data: JSON.stringify(input.formData),
      materials: JSON.stringify(input.materials),
    });
    await ctx.audit.record(trx, actor, meta, { action: 'case_draft.create', entityType: 'case_draft', entityId: d.id });
    return d;
  });
  return view(ctx, owner, row);
}

export async function saveDraft(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: { formData: Record<string, unknown>; materials: MaterialRef[]; version: number },
) {
  const owner = ownerKey(actor);
  const existing = await store.findDraft(ctx.database.db, owner, id);
  if (!existing) throw new DomainError('resource.not_found');
  const g = await guide(ctx, { itemId: existing.item_id });
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    await resolveMaterials(trx, owner, g.definition, input.materials);
    const d = await store.updateDraft(trx, owner, id, input.version, {
      form_data: JSON.stringify(input.formData),
      materials: JSON.stringify(input.materials),
    });
    if (!d) throw new DomainError('case.version_conflict');
    return d;
  });
  return view(ctx, owner, row);
}

export async function getDraft(ctx: AppContext, actor: Actor | null, id: string) {
  const owner = ownerKey(actor);
  const d = await store.findDraft(ctx.database.db, owner, id);
  if (!d) throw new DomainError('resource.not_found');
  return view(ctx, owner, d);
}

export async function listDrafts(ctx: AppContext, actor: Actor | null) {
  const owner = ownerKey(actor);
  const rows = await store.listDrafts(ctx.database.db, owner);
  const items = [];
  for (const d of rows) items.push(await view(ctx, owner, d));
  return { items };
}

export async function deleteDraft(ctx: AppContext, actor: Actor | null, id: string) {
  const owner = ownerKey(actor);
  const r = await store.deleteDraft(ctx.database.db, owner, id);
  if (!r.numDeletedRows) throw new DomainError('resource.not_found');
}
