import fs from 'node:fs';
import path from 'node:path';
import { lockDataDir, openConfiguredDatabase } from '../bootstrap.js';
import type { AppConfig } from '../config.js';
import type { DatabaseHandle } from '../db/connect.js';

/** The embedded database is in use (by the server, or another maintenance command). */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
}

/**
 * Runs a maintenance command (backup, restore, migrate) against the configured database. The
 * embedded data directory may be opened by one process only, so the command takes the same pid
 * lock the server takes: it refuses to run while the server is up, and the server refuses to
 * start while the command runs.
 */
export async function withMaintenanceDatabase<T>(
  config: AppConfig,
  opts: { requireExisting: boolean },
  fn: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  if (!config.databaseUrl && opts.requireExisting && !fs.existsSync(path.join(config.dataDir, 'pgdata'))) {
    throw new Error(`数据目录中没有数据库 there is no embedded database in ${config.dataDir} (check DATA_DIR)`);
  }
  let unlock: () => void;
  try {
    unlock = lockDataDir(config);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new DataDirBusyError(
      `${reason}。请先停止服务再运行此命令 stop the server first (it holds the embedded database), then run this again.`,
    );
  }
  try {
    const database = await openConfiguredDatabase(config);
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  } finally {
    unlock();
  }
}
