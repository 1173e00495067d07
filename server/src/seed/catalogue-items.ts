/**
 * The demo licence catalogue for the Zhoushan service centres (R-LAW-9, R-APP-9, R-WEB-2): real
 * items of Zhejiang administrative licensing with their legal basis, conditions, materials, process,
 * limits, fees and online forms. Items are grouped by department in catalogue-items-3 … -11;
 * catalogue-items-2 holds the DemoItem type and the helpers. The seeder resolves department codes
 * (and the joint departments in `coDepartmentCodes`) to ids and renders `form`/`sample` specs to
 * DOCX files with `renderFormDocx`.
 */
import type { DemoItem } from './catalogue-items-2.js';
import { marketItems } from './catalogue-items-3.js';
import { fireAndEnvironmentItems } from './catalogue-items-4.js';
import { lawEnforcementItems } from './catalogue-items-5.js';
import { publicSecurityItems } from './catalogue-items-6.js';
import { countyAndHealthItems } from './catalogue-items-7.js';
import { cultureAndDevelopmentItems } from './catalogue-items-8.js';
import { planningAndHousingItems } from './catalogue-items-9.js';
import { transportAndSeaItems } from './catalogue-items-10.js';
import { otherItems } from './catalogue-items-11.js';

export type { DemoItem, DemoMaterial } from './catalogue-items-2.js';

export const demoItems: DemoItem[] = [
  ...marketItems,
  ...fireAndEnvironmentItems,
  ...lawEnforcementItems,
  ...publicSecurityItems,
  ...countyAndHealthItems,
  ...cultureAndDevelopmentItems,
  ...planningAndHousingItems,
  ...transportAndSeaItems,
  ...otherItems,
];
