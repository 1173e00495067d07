import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { CaseStatus } from './model.js';

/**
 * What a later context adds to the public look-up (the portal's and the kiosk's 办件查询), without
 * the cases context knowing it: 好差评 adds whether the case may be rated there and its level. Each
 * addition answers with a field of the look-up's schema (cases/schemas.ts declares the fields, so
 * the API document shows them). Contexts register when the app is composed, like action holds.
 */
export type LookupAddition = (
  db: Kysely<Database>,
  c: { id: string; status: CaseStatus },
) => Promise<Record<string, unknown>>;

const additions: LookupAddition[] = [];

// Additions are module constants: registering one again (another app in the same process) is a no-op.
export function onPublicLookup(addition: LookupAddition): void {
  if (!additions.includes(addition)) additions.push(addition);
}

export async function lookupAdditions(db: Kysely<Database>, c: { id: string; status: CaseStatus }) {
  const out: Record<string, unknown> = {};
  for (const add of additions) Object.assign(out, await add(db, c));
  return out;
}
