import { z } from 'zod';

export const uuidParam = z.strictObject({ id: z.uuid() });
export const versionField = z.number().int().positive().meta({ description: '乐观锁版本号 optimistic-lock version' });
export const okBody = z.object({ ok: z.literal(true) });
