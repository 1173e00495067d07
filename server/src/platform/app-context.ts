import type { AuditTrail } from './audit/audit-trail.js';
import type { AppConfig } from './config.js';
import type { FieldCipher } from './crypto/sm4.js';
import type { DatabaseHandle } from './db/connect.js';
import type { FileStore } from './files/file-store.js';

/** What every context's routes and services are built from. */
export type AppContext = {
  config: AppConfig;
  database: DatabaseHandle;
  audit: AuditTrail;
  cipher: FieldCipher;
  files: FileStore;
  startedAt: Date;
};
