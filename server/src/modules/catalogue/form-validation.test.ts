import { describe, expect, it } from 'vitest';
import { formDataProblems, formSchemaProblems } from './model.js';

const schema = () => ({
  $id: 'https://tongban.local/forms/food-licence',
  type: 'object',
  required: ['applicantName'],
  properties: { applicantName: { type: 'string', minLength: 1 }, floorArea: { type: 'number', minimum: 0 } },
});

describe('form schemas of items', () => {
  it('[R-APP-1] a schema with an $id is accepted again when the same draft is saved twice (parsed afresh each time)', () => {
    expect(formSchemaProblems(schema())).toEqual([]);
    expect(formSchemaProblems(schema())).toEqual([]);
  });

  it('[R-APP-1] form data is checked against a schema parsed afresh on every request, naming each field', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(formDataProblems(schema(), { applicantName: '林海', floorArea: 120 })).toEqual([]);
      expect(formDataProblems(schema(), { floorArea: -1 })).toEqual([
        { field: 'applicantName', code: 'required' },
        { field: 'floorArea', code: 'minimum' },
      ]);
    }
  });

  it('[R-APP-1] an invalid schema is refused every time, not only the first', () => {
    const bad = () => ({ type: 'object', properties: { a: { type: 'no-such-type' } } });
    expect(formSchemaProblems(bad())[0]?.code).toMatch(/^invalid_schema/);
    expect(formSchemaProblems(bad())[0]?.code).toMatch(/^invalid_schema/);
  });
});
