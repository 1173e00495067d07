import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastSerializerCompiler } from './fast-serializer.js';

const compile = (schema: z.ZodType) => fastSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('response serializer', () => {
  it('[R-NEW-6] writes only declared properties, so undeclared columns never leak', () => {
    const write = compile(z.object({ id: z.string(), name: z.string() }));
    const out = JSON.parse(write({ id: '1', name: '林海', password_hash: '$argon2id$…', id_number_enc: 'v1.x' }));
    expect(out).toEqual({ id: '1', name: '林海' });
  });

  it('handles nullable, arrays, unions, records and unknown values', () => {
    const write = compile(
      z.object({
        a: z.string().nullable(),
        b: z.array(z.object({ n: z.number().int() })),
        c: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('x'), x: z.number() }),
          z.object({ kind: z.literal('y'), y: z.string() }),
        ]),
        d: z.record(z.string(), z.unknown()),
        e: z.unknown(),
      }),
    );
    const data = { a: null, b: [{ n: 1 }], c: { kind: 'y', y: '乙' }, d: { k: [1, { z: true }] }, e: { deep: ['v'] } };
    expect(JSON.parse(write(data))).toEqual(data);
  });
});
