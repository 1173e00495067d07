import type { AppContext } from '../platform/app-context.js';
import { systemMeta } from '../platform/auth/actor.js';
import { ensureDemoAuthorisation, ensureEnterprise, ensurePerson, ensureStaff } from '../modules/identity/seed.js';
import {
  createCentreUnchecked,
  createDepartmentUnchecked,
  createWindowUnchecked,
  findCentreByCode,
  listDepartments,
  listWindows,
} from '../modules/org/service.js';
import { seedDemoCatalogue } from './demo-catalogue.js';
import { seedDemoParticipation } from './demo-participation.js';
import { seedDemoContent } from './demo-content.js';
import { DEMO_PASSWORD, demoEnterprise, demoPersons, demoResident, demoStaff } from './demo-accounts.js';
import { cityDepartments, countyDepartmentCodes, townshipCodes, zhoushanCity, zhoushanCounties } from './zhoushan.js';

/** A one-page PDF standing in for the resident's signed 授权委托书 in the demo. */
function demoSignedForm(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** Lays the windows of a centre out in rows on the hall's floor plan (0–1000 each way). */
function floorPosition(index: number): { floor: number; posX: number; posY: number } {
  const perFloor = 12;
  const i = index % perFloor;
  return { floor: 1 + Math.floor(index / perFloor), posX: 80 + (i % 6) * 160, posY: i < 6 ? 200 : 700 };
}

async function seedCentreWithDepartments(ctx: AppContext, centreId: string, departments: typeof cityDepartments) {
  const existing = await listDepartments(ctx, centreId);
  if (existing.length > 0) return;
  let index = 0;
  for (const d of departments) {
    const dept = await createDepartmentUnchecked(ctx, null, systemMeta, centreId, d);
    const number = String(index + 1).padStart(2, '0');
    await createWindowUnchecked(ctx, null, systemMeta, centreId, {
      departmentId: dept.id,
      number,
      name: `${d.name}窗口`,
      ...floorPosition(index),
      telephone: null,
    });
    index += 1;
  }
}

/**
 * Loads the Zhoushan demo on first start: the centre tree, the city's sixteen departments with
 * windows, county departments, demo accounts for every role and level, an applicant with an
 * enterprise, and a resident served by the agent. Every step is idempotent.
 */
export async function seedDemoData(ctx: AppContext): Promise<void> {
  let city = await findCentreByCode(ctx, zhoushanCity.code);
  if (!city) {
    city = await createCentreUnchecked(
      ctx,
      null,
      systemMeta,
      {
        parentId: null,
        level: 'city',
        divisionCode: zhoushanCity.code,
        name: zhoushanCity.name,
        nameEn: zhoushanCity.nameEn,
        docPrefix: zhoushanCity.docPrefix,
        address: '浙江省舟山市定海区临城街道新城千岛路',
        telephone: '0580-2280000',
      },
      null,
    );
  }
  await seedCentreWithDepartments(ctx, city.id, cityDepartments);
  for (const county of zhoushanCounties) {
    let c = await findCentreByCode(ctx, county.code);
    if (!c) {
      c = await createCentreUnchecked(
        ctx,
        null,
        systemMeta,
        {
          parentId: city.id,
          level: 'county',
          divisionCode: county.code,
          name: county.name,
          nameEn: county.nameEn,
          docPrefix: county.docPrefix,
        },
        city,
      );
    }
    await seedCentreWithDepartments(
      ctx,
      c.id,
      cityDepartments.filter((d) => countyDepartmentCodes.includes(d.code)),
    );
    for (const t of townshipCodes(county.code, county.townships)) {
      if (!(await findCentreByCode(ctx, t.code))) {
        await createCentreUnchecked(
          ctx,
          null,
          systemMeta,
          { parentId: c.id, level: 'township', divisionCode: t.code, name: t.name },
          c,
        );
      }
    }
  }

  const staffIds = new Map<string, string>();
  for (const account of demoStaff) {
    const roles = [];
    for (const r of account.roles) {
      const centre = await findCentreByCode(ctx, r.centre);
      if (!centre) throw new Error(`demo centre ${r.centre} missing`);
      const departments = await listDepartments(ctx, centre.id);
      const windows = await listWindows(ctx, { centreId: centre.id });
      const window = r.window ? windows.find((w) => w.number === r.window) : undefined;
      const department = r.department ? departments.find((d) => d.code === r.department) : undefined;
      roles.push({
        role: r.role,
        centre_id: centre.id,
        department_id: window?.department_id ?? department?.id ?? null,
        window_id: window?.id ?? null,
      });
    }
    const id = await ensureStaff(ctx, {
      username: account.username,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      roles,
    });
    staffIds.set(account.username, id);
  }
  for (const p of demoPersons) {
    const personId = await ensurePerson(ctx, p);
    await ensureEnterprise(ctx, personId, demoEnterprise);
  }
  const residentId = await ensurePerson(ctx, { ...demoResident, password: null });
  const agentId = staffIds.get('agent');
  const agentCentre = await findCentreByCode(ctx, '330902001');
  if (agentId && agentCentre) await ensureDemoAuthorisation(ctx, agentId, agentCentre.id, residentId, demoSignedForm());
  const publisher = staffIds.get('supervisor');
  if (!publisher) throw new Error('demo supervisor missing');
  await seedDemoCatalogue(ctx, publisher);
  await seedDemoParticipation(ctx);
  await seedDemoContent(ctx, publisher);
}
