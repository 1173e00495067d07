import type { Kysely } from 'kysely';
import type { AppConfig } from '../platform/config.js';
import type { Database } from '../platform/db/schema.js';

/**
 * Loads the Zhoushan demo data on first start. Each context adds its part; every part is
 * idempotent, so restarting never duplicates data.
 */
export async function seedDemoData(_db: Kysely<Database>, _config: AppConfig): Promise<void> {
  // Contexts register their demo data here as they land.
}
