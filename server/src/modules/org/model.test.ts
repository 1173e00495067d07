import { describe, expect, it } from 'vitest';
import { childPath, divisionCodeProblem } from './model.js';

describe('centre tree rules', () => {
  it('[R-ORG-1] city → county → township → community with nested GB/T 2260 codes', () => {
    expect(divisionCodeProblem('city', '330900', null)).toBeNull();
    expect(divisionCodeProblem('county', '330902', { level: 'city', division_code: '330900' })).toBeNull();
    expect(divisionCodeProblem('township', '330902001', { level: 'county', division_code: '330902' })).toBeNull();
    expect(
      divisionCodeProblem('community', '330902001001', { level: 'township', division_code: '330902001' }),
    ).toBeNull();
  });

  it('[R-ORG-1] refuses skipped levels and codes outside the parent division', () => {
    expect(divisionCodeProblem('township', '330902001', { level: 'city', division_code: '330900' })).toBe(
      'parent_level',
    );
    expect(divisionCodeProblem('county', '330102', { level: 'city', division_code: '330900' })).toBe('division_code');
    expect(divisionCodeProblem('township', '33090200', { level: 'county', division_code: '330902' })).toBe(
      'division_code',
    );
    expect(divisionCodeProblem('county', '330900', { level: 'city', division_code: '330900' })).toBe('division_code');
    expect(divisionCodeProblem('county', '330902', null)).toBe('parent_level');
  });

  it('builds materialised paths so a subtree is a prefix', () => {
    expect(childPath(null, 'a')).toBe('/a/');
    expect(childPath('/a/', 'b')).toBe('/a/b/');
  });
});
