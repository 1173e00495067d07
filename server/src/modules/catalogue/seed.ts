import type { AppContext } from '../../platform/app-context.js';
import { systemMeta } from '../../platform/auth/actor.js';
import { getDepartment } from '../org/service.js';
import { type ItemDefinition, itemDefinitionSchema } from './definition.js';
import { definitionProblems, versionRow } from './model.js';
import * as store from './store.js';

/**
 * Installs a published item as the given staff member (demo data and installation), skipping
 * one that already exists by basic code at that window. Same rules as the editor path.
 */
/** Whether a window already has an item with this basic code (demo data is loaded once). */
export async function itemExists(ctx: AppContext, windowId: string, basicCode: string): Promise<boolean> {
  const items = await store.listItems(ctx.database.db, { windowId });
  return items.some((i) => (i.draft as { basicCode?: string }).basicCode === basicCode);
}

export async function ensurePublishedItem(
  ctx: AppContext,
  input: { centreId: string; departmentId: string; windowId: string; definition: ItemDefinition; staffId: string },
): Promise<void> {
  const db = ctx.database.db;
  const definition = itemDefinitionSchema.parse(input.definition);
  const problems = definitionProblems(definition);
  if (problems.length) throw new Error(`demo item ${definition.name} is invalid: ${JSON.stringify(problems)}`);
  if (await itemExists(ctx, input.windowId, definition.basicCode)) return;
  const department = await getDepartment(ctx, input.departmentId);
  return db.transaction().execute(async (trx) => {
    const item = await store.insertItem(trx, {
      centre_id: input.centreId,
      department_id: input.departmentId,
      window_id: input.windowId,
      draft: JSON.stringify(definition),
      created_by: input.staffId,
      updated_by: input.staffId,
    });
    const v = await store.insertVersion(
      trx,
      versionRow({ ...item }, 1, definition, null, department.name, {
        submittedBy: input.staffId,
        publishedBy: input.staffId,
      }),
    );
    await store.updateItem(trx, item.id, item.version, {
      status: 'published',
      published_version_id: v.id,
      updated_by: input.staffId,
    });
    await ctx.audit.record(trx, null, systemMeta, {
      action: 'item.publish',
      entityType: 'item',
      entityId: item.id,
      actorName: 'system',
      after: { versionNo: 1 },
    });
  });
}
