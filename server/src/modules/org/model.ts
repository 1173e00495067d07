import type { CentreLevel } from '../../platform/db/schema.js';

/** The level a child centre must have under a parent of this level (R-ORG-1). */
export const childLevel: Record<CentreLevel, CentreLevel | null> = {
  city: 'county',
  county: 'township',
  township: 'community',
  community: null,
};

/**
 * GB/T 2260 codes nest: a county (6 digits) shares its city's first 4 digits; a township
 * (9 digits) starts with its county's 6; a community (12 digits) with its township's 9.
 */
export const divisionCodeLength: Record<CentreLevel, number> = { city: 6, county: 6, township: 9, community: 12 };

export function divisionCodeProblem(
  level: CentreLevel,
  code: string,
  parent: { level: CentreLevel; division_code: string } | null,
): 'parent_level' | 'division_code' | null {
  if (parent === null) {
    if (level !== 'city') return 'parent_level';
    return code.length === 6 && code.endsWith('00') ? null : 'division_code';
  }
  if (childLevel[parent.level] !== level) return 'parent_level';
  if (code.length !== divisionCodeLength[level]) return 'division_code';
  const prefix = level === 'county' ? parent.division_code.slice(0, 4) : parent.division_code;
  if (!code.startsWith(prefix) || code === parent.division_code) return 'division_code';
  return null;
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
