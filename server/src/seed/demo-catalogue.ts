import type { AppContext } from '../platform/app-context.js';
import { formFileRules } from '../platform/files/file-store.js';
import type { ItemDefinition } from '../modules/catalogue/definition.js';
import { ensurePublishedItem, itemExists } from '../modules/catalogue/seed.js';
import { findCentreByCode, listDepartments, listWindows } from '../modules/org/service.js';
import { demoItems } from './catalogue-items.js';
import { cityDepartments } from './zhoushan.js';
import { type FormSpec, renderFormDocx } from './form-files.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function storeForm(ctx: AppContext, spec: FormSpec | undefined, itemName: string) {
  if (!spec) return null;
  const bytes = await renderFormDocx(spec, itemName);
  const stored = await ctx.database.db.transaction().execute((trx) => ctx.files.put(trx, bytes, formFileRules));
  return { sha256: stored.sha256, filename: `${spec.title}.docx`, mediaType: DOCX };
}

/**
 * Publishes the demo catalogue: city items at the department's city window; county items at
 * Dinghai's centre (the township centres below take them in). Forms are rendered as DOCX.
 */
export async function seedDemoCatalogue(ctx: AppContext, publisherStaffId: string): Promise<void> {
  const city = await findCentreByCode(ctx, '330900');
  const dinghai = await findCentreByCode(ctx, '330902');
  if (!city || !dinghai) throw new Error('demo centres missing');
  for (const item of demoItems) {
    const centre = item.definition.handlingLevel === 'county' ? dinghai : city;
    const departments = await listDepartments(ctx, centre.id);
    const windows = await listWindows(ctx, { centreId: centre.id });
    const byCode = (code: string) => {
      const name = cityDepartments.find((d) => d.code === code)?.name;
      const d = departments.find((x) => x.name === name);
      if (!d) throw new Error(`demo department ${code} missing at ${centre.name}`);
      return d;
    };
    const department = byCode(item.departmentCode);
    const window = windows.find((w) => w.department_id === department.id);
    if (!window) throw new Error(`no window for ${department.name}`);
    if (await itemExists(ctx, window.id, item.definition.basicCode)) continue;
    const materials: ItemDefinition['materials'] = [];
    for (const { form, sample, ...m } of item.definition.materials) {
      materials.push({
        ...m,
        formTemplate: await storeForm(ctx, form, item.definition.name),
        sampleText: await storeForm(ctx, sample, item.definition.name),
      });
    }
    const definition: ItemDefinition = {
      ...item.definition,
      materials,
      joint: item.coDepartmentCodes
        ? { leadDepartmentId: department.id, coDepartmentIds: item.coDepartmentCodes.map((c) => byCode(c).id) }
        : null,
    };
    await ensurePublishedItem(ctx, {
      centreId: centre.id,
      departmentId: department.id,
      windowId: window.id,
      definition,
      staffId: publisherStaffId,
    });
  }
}
