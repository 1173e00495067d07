import type { AppContext } from '../../platform/app-context.js';
import type { ActingRole, Actor, RequestMeta } from '../../platform/auth/actor.js';
import { denied, requireActingStaff, type AuthorisedStaff } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import {
  canEdit,
  canMove,
  canReadInternal,
  channels,
  cityPathOf,
  cleanText,
  internalChannels,
  isPublic,
  isWebAddress,
  managesCentre,
  ownerForNew,
  publicChannels,
  statusAfter,
  visibilityOf,
  type ArticleMove,
  type Audience,
  type Channel,
  type OwnerKind,
} from './model.js';
import * as store from './store.js';
import { articleView, editorView, factsOf, listItemView } from './views.js';

type Owner = { kind: OwnerKind; id: string | null };
type Paging = { page: number; pageSize: number };
const slice = (q: Paging) => ({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize });

export const listChannels = () => channels.map((c) => ({ ...c }));

/** 信息公开: a centre's published public articles (by id or division code; default the site's centre). */
export async function publicArticles(
  ctx: AppContext,
  q: Paging & { centre?: string | undefined; channel?: Channel | undefined },
) {
  const centre = await store.resolveCentre(ctx.database.db, q.centre ?? null, ctx.config.centreName);
  if (!centre) throw new DomainError('resource.not_found');
  const { total, rows } = await store.listPublished(
    ctx.database.db,
    centre.id,
    q.channel ? [q.channel] : publicChannels,
    slice(q),
  );
  return {
    centre: { id: centre.id, name: centre.name, nameEn: centre.name_en, divisionCode: centre.division_code },
    items: rows.map(listItemView),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One public article; a draft, a withdrawn or an internal one is not found, as if it did not exist. */
export async function publicArticle(ctx: AppContext, id: string) {
  const row = await store.findArticle(ctx.database.db, id);
  if (!row || !isPublic(factsOf(row))) throw new DomainError('resource.not_found');
  return articleView(row);
}

/** 内部交流 (R-WEB-5): what staff read of their own centre and of the city-wide exchange. */
export async function internalArticles(
  ctx: AppContext,
  actor: Actor | null,
  q: Paging & { channel?: Channel | undefined },
) {
  const { acting } = requireActingStaff(actor);
  const { total, rows } = await store.listInternal(
    ctx.database.db,
    { centreId: acting.centreId, cityPath: cityPathOf(acting.centrePath) },
    q.channel ? [q.channel] : internalChannels,
    slice(q),
  );
  return {
    items: rows.map((r) => ({ ...listItemView(r), audience: r.audience })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function internalArticle(ctx: AppContext, actor: Actor | null, id: string) {
  const { acting } = requireActingStaff(actor);
  const row = await store.findArticle(ctx.database.db, id);
  if (!row || !canReadInternal(acting, factsOf(row))) throw new DomainError('resource.not_found');
  return { ...articleView(row), audience: row.audience };
}

/** The unit an editor's list covers: a manager's whole centre, or the clerk's window, the head's department. */
function editorScope(acting: ActingRole): store.ManagedFilter['owner'] | 'centre' {
  if (managesCentre(acting, acting.centreId)) return 'centre';
  const own = ownerForNew(acting, undefined);
  if (!own || own.kind === 'centre' || !own.id) throw new DomainError('auth.forbidden');
  return { kind: own.kind, id: own.id };
}

/** 网站维护: the articles the caller keeps (R-WEB-6), or all of the centre's for its managers (R-SUP-5). */
export async function managedArticles(
  ctx: AppContext,
  actor: Actor | null,
  q: Paging & { channel?: Channel | undefined; status?: 'draft' | 'published' | 'withdrawn' | undefined },
) {
  const { acting } = requireActingStaff(actor);
  const scope = editorScope(acting);
  const { total, rows } = await store.listManaged(
    ctx.database.db,
    {
      centreId: acting.centreId,
      owner: scope === 'centre' ? null : scope,
      channel: q.channel ?? null,
      status: q.status ?? null,
    },
    slice(q),
  );
  return {
    items: rows.map((r) => {
      const { body: _body, ...rest } = editorView(r, acting);
      return rest;
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The units the caller may name as an article's owner: every one of the centre for a manager, else their own. */
export async function ownerUnits(ctx: AppContext, actor: Actor | null) {
  const { acting } = requireActingStaff(actor);
  const scope = editorScope(acting);
  const centre = await store.resolveCentre(ctx.database.db, acting.centreId, '');
  if (!centre) throw new DomainError('resource.not_found');
  const units = await store.unitsOf(ctx.database.db, acting.centreId);
  const mine = (id: string) => scope === 'centre' || scope?.id === id;
  return {
    centre: { id: centre.id, name: centre.name },
    manager: scope === 'centre',
    departments: units.departments.filter((d) => mine(d.id)).map((d) => ({ id: d.id, name: d.name })),
    windows: units.windows.filter((w) => mine(w.id)).map((w) => ({ id: w.id, number: w.number, name: w.name })),
  };
}

async function editable(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const staff = requireActingStaff(actor);
  const row = await store.findArticle(ctx.database.db, id);
  // Another centre's drafts are not even said to exist.
  if (!row || (row.centre_id !== staff.acting.centreId && !canReadInternal(staff.acting, factsOf(row))))
    throw new DomainError('resource.not_found');
  if (!canEdit(staff.acting, factsOf(row))) {
    await denied(ctx, staff, meta, 'content.edit', { entityType: 'content_article', entityId: id });
    throw new DomainError('auth.forbidden');
  }
  return { staff, row };
}

export async function managedArticle(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const { staff, row } = await editable(ctx, actor, meta, id);
  return editorView(row, staff.acting);
}

/** The owner named, checked to be the actor's centre or one of its units; stored as kind + the unit's id. */
async function checkedOwner(ctx: AppContext, centreId: string, owner: Owner) {
  if (owner.kind === 'centre')
    return { owner_kind: 'centre' as const, owner_department_id: null, owner_window_id: null };
  const unit =
    owner.id === null
      ? undefined
      : owner.kind === 'department'
        ? await store.findDepartment(ctx.database.db, owner.id)
        : await store.findWindow(ctx.database.db, owner.id);
  if (!unit || unit.centre_id !== centreId) throw new DomainError('content.owner_invalid');
  return owner.kind === 'department'
    ? { owner_kind: 'department' as const, owner_department_id: unit.id, owner_window_id: null }
    : { owner_kind: 'window' as const, owner_department_id: null, owner_window_id: unit.id };
}

/** The stored form of what an editor wrote, or the rule it breaks: links have an address, others text. */
function cleanFields(input: {
  channel: Channel;
  title: string;
  body: string;
  url: string | null;
  audience: Audience | null;
}) {
  const links = input.channel === 'links';
  const url = input.url?.trim() || null;
  if (links ? !url || !isWebAddress(url) : url !== null)
    throw new DomainError('content.url_invalid', [
      { field: 'url', problem: links ? 'http(s) address required' : 'links channel only' },
    ]);
  const body = cleanText(input.body);
  if (!links && body.length === 0)
    throw new DomainError('content.body_required', [{ field: 'body', problem: 'required' }]);
  const internal = visibilityOf(input.channel) === 'internal';
  return {
    channel: input.channel,
    title: cleanText(input.title).replace(/\s+/g, ' '),
    body,
    url: links ? url : null,
    audience: internal ? (input.audience ?? 'centre') : null,
  };
}

export type CreateBody = {
  channel: Channel;
  title: string;
  body: string;
  url?: string | null | undefined;
  audience?: Audience | undefined;
  owner?: Owner | undefined;
};

/** A new article, a draft of the actor's centre, owned by their unit (or the unit a manager names). */
export async function createArticle(ctx: AppContext, actor: Actor | null, meta: RequestMeta, input: CreateBody) {
  const staff = requireActingStaff(actor);
  const asked = ownerForNew(staff.acting, input.owner);
  if (!asked) {
    await denied(ctx, staff, meta, 'content.create');
    throw new DomainError('auth.forbidden');
  }
  const owner = await checkedOwner(ctx, staff.acting.centreId, asked);
  const fields = cleanFields({ ...input, url: input.url ?? null, audience: input.audience ?? null });
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    const { id } = await store.insertArticle(trx, {
      ...fields,
      ...owner,
      centre_id: staff.acting.centreId,
      created_by_staff_id: staff.staffId,
      created_by_name: staff.name,
      updated_by_staff_id: staff.staffId,
      updated_by_name: staff.name,
    });
    await ctx.audit.record(trx, staff, meta, {
      action: 'content.create',
      entityType: 'content_article',
      entityId: id,
      after: { channel: fields.channel, title: fields.title, owner: asked, chars: fields.body.length },
    });
    return id;
  });
  return reread(ctx, staff, id);
}

async function reread(ctx: AppContext, staff: AuthorisedStaff, id: string) {
  const row = await store.findArticle(ctx.database.db, id);
  if (!row) throw new DomainError('resource.not_found');
  return editorView(row, staff.acting);
}

export type UpdateBody = Partial<CreateBody> & { version: number };

/**
 * An edit at the version the editor saw (409 otherwise). Its owner keeps a page current — a
 * published page stays published — but only a manager hands the page to another unit.
 */
export async function updateArticle(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: UpdateBody,
) {
  const { staff, row } = await editable(ctx, actor, meta, id);
  const current = row.channel as Channel;
  const channel = input.channel ?? current;
  if (visibilityOf(channel) !== visibilityOf(current)) throw new DomainError('content.channel_change');
  let owner = {};
  if (input.owner) {
    if (!managesCentre(staff.acting, row.centre_id)) {
      await denied(ctx, staff, meta, 'content.owner', { entityType: 'content_article', entityId: id });
      throw new DomainError('auth.forbidden');
    }
    owner = await checkedOwner(ctx, row.centre_id, input.owner);
  }
  const fields = cleanFields({
    channel,
    title: input.title ?? row.title,
    body: input.body ?? row.body,
    url: input.url === undefined ? (channel === 'links' ? row.url : null) : input.url,
    audience: input.audience ?? row.audience,
  });
  await ctx.database.db.transaction().execute(async (trx) => {
    const moved = await store.updateAtVersion(trx, id, input.version, {
      ...fields,
      ...owner,
      updated_by_staff_id: staff.staffId,
      updated_by_name: staff.name,
    });
    if (!moved) throw new DomainError('resource.version_conflict', { currentVersion: row.version });
    await ctx.audit.record(trx, staff, meta, {
      action: 'content.update',
      entityType: 'content_article',
      entityId: id,
      before: { channel: current, title: row.title, chars: row.body.length, status: row.status, version: row.version },
      after: { channel, title: fields.title, chars: fields.body.length, owner: input.owner ?? null },
    });
  });
  return reread(ctx, staff, id);
}

/** 发布 / 撤下 by the centre's managers, at the version seen; a publication dates the page. */
export async function moveArticle(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  move: ArticleMove,
  version: number,
) {
  const staff = requireActingStaff(actor);
  const row = await store.findArticle(ctx.database.db, id);
  if (!row || row.centre_id !== staff.acting.centreId) throw new DomainError('resource.not_found');
  const facts = factsOf(row);
  const next = statusAfter(facts.status, move);
  if (!managesCentre(staff.acting, row.centre_id)) {
    await denied(ctx, staff, meta, `content.${move}`, { entityType: 'content_article', entityId: id });
    throw new DomainError('auth.forbidden');
  }
  if (!next || !canMove(staff.acting, facts, move)) throw new DomainError('content.state', { status: row.status });
  await ctx.database.db.transaction().execute(async (trx) => {
    const moved = await store.updateAtVersion(trx, id, version, {
      status: next,
      ...(move === 'publish' ? { published_at: new Date() } : {}),
      updated_by_staff_id: staff.staffId,
      updated_by_name: staff.name,
    });
    if (!moved) throw new DomainError('resource.version_conflict', { currentVersion: row.version });
    await ctx.audit.record(trx, staff, meta, {
      action: `content.${move}`,
      entityType: 'content_article',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status: next },
    });
  });
  return reread(ctx, staff, id);
}
