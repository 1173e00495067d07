import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';

/** Opens the database the configuration names (server if DATABASE_URL is set, else embedded). */
export function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openDatabase({ mode: 'server', url: config.databaseUrl })
    : openDatabase({ mode: 'embedded', dataDir: config.dataDir });
}

export async function openAndMigrate(config: AppConfig): Promise<DatabaseHandle> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded database is a directory that exactly one process may open. A pid file guards it:
 * a second server, or a backup run while the server is up, is refused instead of corrupting it.
 */
export function lockDataDir(config: AppConfig): () => void {
  if (config.databaseUrl) return () => undefined;
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lockFile = path.join(config.dataDir, 'tongban.pid');
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `数据目录 ${config.dataDir} 正被进程 ${pid} 使用 (the embedded database is in use by process ${pid})`,
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
}
