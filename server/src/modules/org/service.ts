import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { CentreLevel } from '../../platform/db/schema.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import { childPath, divisionCodeProblem } from './model.js';
import * as store from './store.js';

export type { CentreRow, DepartmentRow, WindowRow } from './store.js';

async function uniquely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('org.duplicate');
    throw err;
  }
}

export async function getCentre(ctx: AppContext, id: string): Promise<store.CentreRow> {
  const centre = await store.findCentre(ctx.database.db, id);
  if (!centre) throw new DomainError('resource.not_found');
  return centre;
}

export function listCentres(ctx: AppContext, underPath?: string): Promise<store.CentreRow[]> {
  return store.listCentres(ctx.database.db, underPath);
}

export function findCentreByCode(ctx: AppContext, code: string) {
  return store.findCentreByCode(ctx.database.db, code);
}

export type CentreInput = {
  parentId: string | null;
  level: CentreLevel;
  divisionCode: string;
  name: string;
  nameEn?: string | null;
  address?: string | null;
  telephone?: string | null;
  docPrefix?: string | null;
};

export async function createCentre(ctx: AppContext, actor: Actor | null, meta: RequestMeta, input: CentreInput) {
  const parent = input.parentId ? await store.findCentre(ctx.database.db, input.parentId) : undefined;
  if (input.parentId && !parent) throw new DomainError('resource.not_found', { field: 'parentId' });
  // A root centre can only be created by the system itself (demo data or installation).
  await authorize(ctx, actor, meta, 'org.manage', {
    centrePath: parent?.path ?? '/',
    entityType: 'centre',
    entityId: input.parentId ?? 'root',
  });
  return createCentreUnchecked(ctx, actor, meta, input, parent ?? null);
}

/** Used by the installer and the demo seed, which act as the system, and by createCentre. */
export async function createCentreUnchecked(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: CentreInput,
  parent: store.CentreRow | null,
) {
  const problem = divisionCodeProblem(input.level, input.divisionCode, parent);
  if (problem === 'parent_level') throw new DomainError('org.invalid_parent', { field: 'level' });
  if (problem === 'division_code') throw new DomainError('org.invalid_division_code', { field: 'divisionCode' });
  const id = randomUUID();
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const row = await store.insertCentre(trx, {
        id,
        parent_id: parent?.id ?? null,
        level: input.level,
        division_code: input.divisionCode,
        name: input.name,
        name_en: input.nameEn ?? null,
        path: childPath(parent?.path ?? null, id),
        address: input.address ?? null,
        telephone: input.telephone ?? null,
        doc_prefix: input.docPrefix ?? null,
      });
      await ctx.audit.record(trx, actor, meta, {
        action: 'centre.create',
        entityType: 'centre',
        entityId: id,
        after: row,
      });
      return row;
    }),
  );
}

export async function updateCentre(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: {
    version: number;
    name?: string;
    nameEn?: string | null;
    address?: string | null;
    telephone?: string | null;
    docPrefix?: string | null;
  },
) {
  const before = await getCentre(ctx, id);
  await authorize(ctx, actor, meta, 'org.manage', { centrePath: before.path, entityType: 'centre', entityId: id });
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const after = await store.updateCentre(trx, id, input.version, {
        name: input.name,
        name_en: input.nameEn,
        address: input.address,
        telephone: input.telephone,
        doc_prefix: input.docPrefix,
      });
      if (!after) throw new DomainError('resource.version_conflict', { currentVersion: before.version });
      await ctx.audit.record(trx, actor, meta, {
        action: 'centre.update',
        entityType: 'centre',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

export function listDepartments(ctx: AppContext, centreId: string) {
  return store.listDepartments(ctx.database.db, centreId);
}

export async function getDepartment(ctx: AppContext, id: string) {
  const d = await store.findDepartment(ctx.database.db, id);
  if (!d) throw new DomainError('resource.not_found');
  return d;
}

export async function createDepartment(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: { name: string; nameEn?: string | null; code?: string | null },
) {
  const centre = await getCentre(ctx, centreId);
  await authorize(ctx, actor, meta, 'org.manage', {
    centrePath: centre.path,
    entityType: 'centre',
    entityId: centreId,
  });
  return createDepartmentUnchecked(ctx, actor, meta, centreId, input);
}

export function createDepartmentUnchecked(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: { name: string; nameEn?: string | null; code?: string | null },
) {
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const row = await store.insertDepartment(trx, {
        centre_id: centreId,
        name: input.name,
        name_en: input.nameEn ?? null,
        code: input.code ?? null,
      });
      await ctx.audit.record(trx, actor, meta, {
        action: 'department.create',
        entityType: 'department',
        entityId: row.id,
        after: row,
      });
      return row;
    }),
  );
}

export async function updateDepartment(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; name?: string; nameEn?: string | null; code?: string | null },
) {
  const before = await getDepartment(ctx, id);
  const centre = await getCentre(ctx, before.centre_id);
  await authorize(ctx, actor, meta, 'org.manage', { centrePath: centre.path, entityType: 'department', entityId: id });
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const after = await store.updateDepartment(trx, id, input.version, {
        name: input.name,
        name_en: input.nameEn,
        code: input.code,
      });
      if (!after) throw new DomainError('resource.version_conflict', { currentVersion: before.version });
      await ctx.audit.record(trx, actor, meta, {
        action: 'department.update',
        entityType: 'department',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

export type WindowInput = {
  departmentId: string;
  number: string;
  name: string;
  floor: number;
  posX: number;
  posY: number;
  telephone?: string | null;
};

export function listWindows(ctx: AppContext, filter: Parameters<typeof store.listWindows>[1]) {
  return store.listWindows(ctx.database.db, filter);
}

export async function getWindow(ctx: AppContext, id: string) {
  const w = await store.findWindow(ctx.database.db, id);
  if (!w) throw new DomainError('resource.not_found');
  return w;
}

export async function createWindow(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: WindowInput,
) {
  const centre = await getCentre(ctx, centreId);
  await authorize(ctx, actor, meta, 'org.manage', {
    centrePath: centre.path,
    entityType: 'centre',
    entityId: centreId,
  });
  return createWindowUnchecked(ctx, actor, meta, centreId, input);
}

export async function createWindowUnchecked(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  centreId: string,
  input: WindowInput,
) {
  const dept = await store.findDepartment(ctx.database.db, input.departmentId);
  // A window belongs to a department of the same centre.
  if (!dept || dept.centre_id !== centreId) throw new DomainError('request.invalid', [{ field: 'departmentId' }]);
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const row = await store.insertWindow(trx, {
        centre_id: centreId,
        department_id: input.departmentId,
        number: input.number,
        name: input.name,
        floor: input.floor,
        pos_x: input.posX,
        pos_y: input.posY,
        telephone: input.telephone ?? null,
      });
      await ctx.audit.record(trx, actor, meta, {
        action: 'window.create',
        entityType: 'window',
        entityId: row.id,
        after: row,
      });
      return row;
    }),
  );
}

export async function updateWindow(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number } & Partial<Omit<WindowInput, 'departmentId'>>,
) {
  const before = await getWindow(ctx, id);
  const centre = await getCentre(ctx, before.centre_id);
  await authorize(ctx, actor, meta, 'org.manage', { centrePath: centre.path, entityType: 'window', entityId: id });
  return uniquely(() =>
    ctx.database.db.transaction().execute(async (trx) => {
      const after = await store.updateWindow(trx, id, input.version, {
        number: input.number,
        name: input.name,
        floor: input.floor,
        pos_x: input.posX,
        pos_y: input.posY,
        telephone: input.telephone,
      });
      if (!after) throw new DomainError('resource.version_conflict', { currentVersion: before.version });
      await ctx.audit.record(trx, actor, meta, {
        action: 'window.update',
        entityType: 'window',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}
