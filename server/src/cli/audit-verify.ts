import { AuditTrail } from '../platform/audit/audit-trail.js';
import { withMaintenanceDatabase } from '../platform/backup/index.js';
import { loadConfig } from '../platform/config.js';

// npm run audit:verify — walks the whole audit trail and checks its HMAC-SM3 chain (R-NEW-5).
// Exit 0 when intact, 3 when a record does not verify (naming it), 1 on any other failure.

async function main(): Promise<number> {
  const config = loadConfig();
  return withMaintenanceDatabase(config, { requireExisting: true }, async (database) => {
    const result = await new AuditTrail(config.auditHmacKey).verify(database.db);
    if (result.ok) {
      console.log(`审计链完整 audit chain intact: ${result.records} records (${database.mode})`);
      return 0;
    }
    console.error(
      `审计链被破坏 audit chain broken at record ${result.brokenAtSeq} (${result.reason}); ${result.records} records checked`,
    );
    return 3;
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`校验失败 verification failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
