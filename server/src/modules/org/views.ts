import { z } from 'zod';
import type { CentreRow, DepartmentRow, WindowRow } from './store.js';

/** API shapes of the org context: the schema and the mapping from rows live side by side. */
export const centreView = {
  schema: z
    .object({
      id: z.uuid(),
      parentId: z.uuid().nullable(),
      level: z.enum(['city', 'county', 'township', 'community']),
      divisionCode: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      address: z.string().nullable(),
      telephone: z.string().nullable(),
      docPrefix: z.string().nullable(),
      version: z.number().int(),
    })
    .meta({ id: 'Centre' }),
  of: (c: CentreRow) => ({
    id: c.id,
    parentId: c.parent_id,
    level: c.level,
    divisionCode: c.division_code,
    name: c.name,
    nameEn: c.name_en,
    address: c.address,
    telephone: c.telephone,
    docPrefix: c.doc_prefix,
    version: c.version,
  }),
};

export const departmentView = {
  schema: z
    .object({
      id: z.uuid(),
      centreId: z.uuid(),
      name: z.string(),
      nameEn: z.string().nullable(),
      code: z.string().nullable(),
      version: z.number().int(),
    })
    .meta({ id: 'Department' }),
  of: (d: DepartmentRow) => ({
    id: d.id,
    centreId: d.centre_id,
    name: d.name,
    nameEn: d.name_en,
    code: d.code,
    version: d.version,
  }),
};

export const windowView = {
  schema: z
    .object({
      id: z.uuid(),
      centreId: z.uuid(),
      centreName: z.string(),
      departmentId: z.uuid(),
      departmentName: z.string(),
      number: z.string(),
      name: z.string(),
      floor: z.number().int(),
      posX: z.number().int(),
      posY: z.number().int(),
      telephone: z.string().nullable(),
      version: z.number().int(),
    })
    .meta({ id: 'Window' }),
  of: (w: WindowRow & { department_name: string; centre_name: string }) => ({
    id: w.id,
    centreId: w.centre_id,
    centreName: w.centre_name,
    departmentId: w.department_id,
    departmentName: w.department_name,
    number: w.number,
    name: w.name,
    floor: w.floor,
    posX: w.pos_x,
    posY: w.pos_y,
    telephone: w.telephone,
    version: w.version,
  }),
};
