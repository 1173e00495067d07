import { AuditTrail } from './audit/audit-trail.js';
import type { AppContext } from './app-context.js';
import type { AppConfig } from './config.js';
import { createFieldCipher } from './crypto/sm4.js';
import type { DatabaseHandle } from './db/connect.js';
import { FileStore } from './files/file-store.js';

export function createAppContext(config: AppConfig, database: DatabaseHandle): AppContext {
  return {
    config,
    database,
    audit: new AuditTrail(config.auditHmacKey),
    cipher: createFieldCipher(config.fieldEncryptionKey),
    files: new FileStore(config.filesDir),
    startedAt: new Date(),
  };
}
