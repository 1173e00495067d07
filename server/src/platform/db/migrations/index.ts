import type { Migration } from 'kysely';
import * as m0001 from './0001_platform.js';
import * as m0002 from './0002_org_identity.js';

/**
 * Every migration, in order. Names sort lexically; a landed migration is never edited —
 * a change is a new file appended here.
 */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_org_identity': m0002,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';
