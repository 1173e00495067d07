export { type BackupOptions, type BackupResult, createBackup } from './create-backup.js';
export { type RestoreOptions, type RestoreResult, restoreBackup } from './restore-backup.js';
export { type VerifyOptions, verifyBackup } from './verify-backup.js';
export { type BackupManifest, BackupIntegrityError, RestoreRefusedError, BACKUP_PREFIX } from './manifest.js';
export { DataDirBusyError, withMaintenanceDatabase } from './maintenance.js';
