/** GET /api/audit/records rows. */
export type AuditRecord = {
  seq: number;
  at: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  actingRole: string | null;
  actingCentreId: string | null;
  actingDepartmentId: string | null;
  actingWindowId: string | null;
  onBehalfOf: string | null;
  action: string;
  outcome: string;
  entityType: string | null;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  ip: string | null;
  requestId: string | null;
  hash: string;
};

export type AuditFilters = { action?: string; outcome?: string; entityType?: string; entityId?: string };

export type VerifyResult = { ok: boolean; records: number; brokenAtSeq: number | null; reason: string | null };
