import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { type AuthorisedStaff, authorize, denied } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { formFileRules } from '../../platform/files/file-store.js';
import { getCentre, getDepartment } from '../org/service.js';
import { type ItemDefinition, itemDefinitionSchema } from './definition.js';
import {
  changedFields,
  definitionProblems,
  formDataProblems,
  type ItemStatus,
  itemTransitions,
  versionRow,
} from './model.js';
import * as store from './store.js';

export type { ItemDefinition } from './definition.js';

function checkDefinition(d: ItemDefinition): void {
  const problems = definitionProblems(d);
  if (problems.length) throw new DomainError('catalogue.invalid_definition', problems);
}

async function loadItem(ctx: AppContext, id: string): Promise<store.ItemRow> {
  const item = await store.findItem(ctx.database.db, id);
  if (!item) throw new DomainError('resource.not_found');
  return item;
}

/** Only the clerk of the window that owns the item maintains it (R-SUP-5). */
async function asOwner(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  item: store.ItemRow,
): Promise<AuthorisedStaff> {
  const clerk = await authorize(ctx, actor, meta, 'item.maintain');
  if (clerk.acting.windowId !== item.window_id) {
    await denied(ctx, clerk, meta, 'item.maintain', { entityType: 'item', entityId: item.id });
    throw new DomainError('catalogue.not_item_owner');
  }
  return clerk;
}

async function canRead(ctx: AppContext, actor: Actor | null, meta: RequestMeta, item: store.ItemRow): Promise<void> {
  const staff = await authorize(ctx, actor, meta, 'item.read_drafts');
  const a = staff.acting;
  const centre = await getCentre(ctx, item.centre_id);
  const ok =
    (a.role === 'window_clerk' && a.windowId === item.window_id) ||
    ((a.role === 'approver' || a.role === 'department_head') && a.departmentId === item.department_id) ||
    (a.role === 'supervisor' && centreInReach(a, centre.path));
  if (!ok) throw new DomainError('resource.not_found');
}

function transitionAllowed(action: keyof typeof itemTransitions, status: ItemStatus): void {
  if (!(itemTransitions[action].from as readonly ItemStatus[]).includes(status)) {
    throw new DomainError('catalogue.invalid_transition', { status, action });
  }
}

export async function createItem(ctx: AppContext, actor: Actor | null, meta: RequestMeta, definition: ItemDefinition) {
  const clerk = await authorize(ctx, actor, meta, 'item.maintain');
  if (!clerk.acting.windowId || !clerk.acting.departmentId) throw new DomainError('auth.forbidden');
  checkDefinition(definition);
  return ctx.database.db.transaction().execute(async (trx) => {
    const item = await store.insertItem(trx, {
      centre_id: clerk.acting.centreId,
      department_id: clerk.acting.departmentId!,
      window_id: clerk.acting.windowId!,
      draft: JSON.stringify(definition),
      created_by: clerk.staffId,
      updated_by: clerk.staffId,
    });
    await ctx.audit.record(trx, clerk, meta, {
      action: 'item.create',
      entityType: 'item',
      entityId: item.id,
      after: { name: definition.name },
    });
    return item;
  });
}

export async function updateDraft(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; definition: ItemDefinition },
) {
  const item = await loadItem(ctx, id);
  const clerk = await asOwner(ctx, actor, meta, item);
  if (item.status === 'in_review')
    throw new DomainError('catalogue.invalid_transition', { status: item.status, action: 'edit' });
  checkDefinition(input.definition);
  return ctx.database.db.transaction().execute(async (trx) => {
    const after = await store.updateItem(trx, id, input.version, {
      draft: JSON.stringify(input.definition),
      status: 'draft',
      updated_by: clerk.staffId,
    });
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: item.version });
    const before = itemDefinitionSchema.parse(item.draft);
    await ctx.audit.record(trx, clerk, meta, {
      action: 'item.edit',
      entityType: 'item',
      entityId: id,
      after: { changedFields: changedFields(before, input.definition) },
    });
    return after;
  });
}

export async function submitItem(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string, version: number) {
  const item = await loadItem(ctx, id);
  const clerk = await asOwner(ctx, actor, meta, item);
  transitionAllowed('submit', item.status);
  return ctx.database.db.transaction().execute(async (trx) => {
    const after = await store.updateItem(trx, id, version, {
      status: 'in_review',
      review_note: null,
      updated_by: clerk.staffId,
    });
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: item.version });
    await ctx.audit.record(trx, clerk, meta, { action: 'item.submit', entityType: 'item', entityId: id });
    return after;
  });
}

async function asPublisher(ctx: AppContext, actor: Actor | null, meta: RequestMeta, item: store.ItemRow) {
  const centre = await getCentre(ctx, item.centre_id);
  return authorize(ctx, actor, meta, 'item.publish', {
    centrePath: centre.path,
    entityType: 'item',
    entityId: item.id,
  });
}

export async function returnItem(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; note: string },
) {
  const item = await loadItem(ctx, id);
  const sup = await asPublisher(ctx, actor, meta, item);
  transitionAllowed('return', item.status);
  return ctx.database.db.transaction().execute(async (trx) => {
    const after = await store.updateItem(trx, id, input.version, {
      status: 'draft',
      review_note: input.note,
      updated_by: sup.staffId,
    });
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: item.version });
    await ctx.audit.record(trx, sup, meta, {
      action: 'item.return',
      entityType: 'item',
      entityId: id,
      after: { note: input.note },
    });
    return after;
  });
}

/** Publishing freezes the draft as a new version; cases already started keep theirs (R-OPS-4). */
export async function publishItem(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  version: number,
) {
  const item = await loadItem(ctx, id);
  const sup = await asPublisher(ctx, actor, meta, item);
  transitionAllowed('publish', item.status);
  const definition = itemDefinitionSchema.parse(item.draft);
  checkDefinition(definition);
  const department = await getDepartment(ctx, item.department_id);
  const published = await ctx.database.db.transaction().execute(async (trx) => {
    const previous = await store.findCurrentVersion(trx, id);
    const before = previous ? itemDefinitionSchema.parse(previous.definition) : null;
    await store.retireCurrentVersion(trx, id);
    const v = await store.insertVersion(
      trx,
      versionRow(item, await store.nextVersionNo(trx, id), definition, before, department.name, {
        submittedBy: item.updated_by,
        publishedBy: sup.staffId,
      }),
    );
    const after = await store.updateItem(trx, id, version, {
      status: 'published',
      published_version_id: v.id,
      updated_by: sup.staffId,
    });
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: item.version });
    await ctx.audit.record(trx, sup, meta, {
      action: 'item.publish',
      entityType: 'item',
      entityId: id,
      after: { versionNo: v.version_no, changedFields: v.changed_fields },
    });
    return after;
  });
  // Only after the commit: a search in between must not re-cache the old catalogue.
  forgetCatalogueSearches(ctx);
  return published;
}

export async function getItem(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const item = await loadItem(ctx, id);
  await canRead(ctx, actor, meta, item);
  return item;
}

export async function listItemsFor(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  const staff = await authorize(ctx, actor, meta, 'item.read_drafts');
  const a = staff.acting;
  if (a.role === 'window_clerk')
    return store.listItems(ctx.database.db, { windowId: a.windowId ?? '00000000-0000-0000-0000-000000000000' });
  if (a.role === 'supervisor') return store.listItems(ctx.database.db, { underPath: a.centrePath });
  return store.listItems(ctx.database.db, { departmentId: a.departmentId ?? '00000000-0000-0000-0000-000000000000' });
}

export async function itemHistory(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  await getItem(ctx, actor, meta, id);
  return store.listVersions(ctx.database.db, id);
}

// --- public guide -------------------------------------------------------------------------------

/**
 * Public search results change only when an item is published, so each process keeps them for
 * 30 seconds and drops them all after a publication it makes (another process catches up within
 * the 30 seconds). Popular look-ups (餐饮, 开办企业) then cost no database work at all.
 */
const SEARCH_TTL_MS = 30_000;
const SEARCH_CACHE_MAX = 2_000;
type SearchRows = Awaited<ReturnType<typeof store.searchCurrent>>;
type SearchCache = Map<string, { until: number; rows: Promise<SearchRows> }>;
const searchCaches = new WeakMap<AppContext, SearchCache>();

export function forgetCatalogueSearches(ctx: AppContext): void {
  searchCaches.get(ctx)?.clear();
}

export function searchCatalogue(ctx: AppContext, filter: store.CatalogueFilter): Promise<SearchRows> {
  let cache = searchCaches.get(ctx);
  if (!cache) {
    cache = new Map() as SearchCache;
    searchCaches.set(ctx, cache);
  }
  const f = filter;
  const key = JSON.stringify([f.q, f.departmentName, f.audience, f.theme, f.level, f.centreId, f.limit, f.offset]);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.rows;
  const rows = store.searchCurrent(ctx.database.db, filter);
  if (cache.size >= SEARCH_CACHE_MAX) cache.clear();
  const entries = cache;
  entries.set(key, { until: now + SEARCH_TTL_MS, rows });
  // A failed query is not remembered.
  rows.catch(() => entries.delete(key));
  return rows;
}
export const catalogueFacets = (ctx: AppContext) => store.facets(ctx.database.db);

/** The current published guide of an item, or a specific version (a case shows the one it started with). */
// Published versions never change, so a guide read by version id is kept (bounded): cases read
// their version's guide on every view and every public look-up.
const guidesByVersion = new Map<string, Awaited<ReturnType<typeof readGuide>>>();
const GUIDE_CACHE_MAX = 1000;

export async function guide(ctx: AppContext, ref: { itemId?: string; versionId?: string }) {
  if (!ref.versionId) return readGuide(ctx, ref);
  const hit = guidesByVersion.get(ref.versionId);
  if (hit) return hit;
  const g = await readGuide(ctx, ref);
  if (guidesByVersion.size >= GUIDE_CACHE_MAX) guidesByVersion.delete(guidesByVersion.keys().next().value!);
  guidesByVersion.set(ref.versionId, g);
  return g;
}

async function readGuide(ctx: AppContext, ref: { itemId?: string; versionId?: string }) {
  const v = await store.findGuideVersion(ctx.database.db, ref);
  if (!v) throw new DomainError('resource.not_found');
  return {
    version: v,
    // Validated when it was published and never changed since: read as stored.
    definition: v.definition as unknown as ItemDefinition,
    departmentName: v.department_name,
    centreName: v.centre_name,
    departmentNameEn: v.department_name_en,
    centreNameEn: v.centre_name_en,
  };
}

export async function publishedFile(ctx: AppContext, sha256: string) {
  if (!(await store.isPublishedFile(ctx.database.db, sha256))) throw new DomainError('resource.not_found');
  return ctx.files.read(sha256);
}

export async function uploadItemFile(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  bytes: Buffer,
  filename: string,
) {
  const item = await loadItem(ctx, id);
  const clerk = await asOwner(ctx, actor, meta, item);
  return ctx.database.db.transaction().execute(async (trx) => {
    const stored = await ctx.files.put(trx, bytes, formFileRules);
    await ctx.audit.record(trx, clerk, meta, {
      action: 'item.file_upload',
      entityType: 'item',
      entityId: id,
      after: { sha256: stored.sha256, filename: filename.slice(0, 200), mediaType: stored.mediaType },
    });
    return { sha256: stored.sha256, filename: filename.slice(0, 200), mediaType: stored.mediaType };
  });
}

export async function downloadPublishedFile(ctx: AppContext, sha256: string) {
  const bytes = await publishedFile(ctx, sha256);
  return { bytes, mediaType: await ctx.files.mediaType(ctx.database.db, sha256) };
}

/** Checks an applicant's form data against the item version's form schema; each failing field. */
export function applicationFormProblems(definition: ItemDefinition, data: unknown) {
  return formDataProblems(definition.formSchema, data);
}
