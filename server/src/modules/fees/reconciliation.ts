import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { authorize, type AuthorisedStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { chinaDayRange, parseStatement } from './model.js';
import * as store from './reconcile-store.js';

const mismatchView = (m: store.MismatchRow) => ({
  id: m.id,
  kind: m.kind,
  bankTxnId: m.bank_txn_id,
  orderNo: m.order_no,
  statementFen: m.statement_fen,
  systemFen: m.system_fen,
  status: m.status,
  resolution: m.resolution,
  resolvedBy: m.resolved_by_name,
  resolvedAt: m.resolved_at ? m.resolved_at.toISOString() : null,
  version: m.version,
});

const statementView = (s: store.StatementRow) => ({
  id: s.id,
  centreId: s.centre_id,
  centreName: s.centre_name,
  statementDate: s.statement_date,
  lineCount: s.line_count,
  openMismatches: Number(s.open_count ?? 0),
  importedBy: s.imported_by_name,
  importedAt: s.imported_at.toISOString(),
});

/** A statement outside the viewer's reach does not exist for them (the same 404 as none at all). */
function requireInReach(staff: AuthorisedStaff, where: { path: string } | undefined): void {
  if (!where || !centreInReach(staff.acting, where.path)) throw new DomainError('resource.not_found');
}

/**
 * 对账 (R-APP-10): the bank's daily statement (CSV) is imported whole or not at all, then set
 * against the payments the callbacks recorded in the importing supervisor's centre and the centres
 * below it; every difference becomes a row for a person to resolve. The statement belongs to that
 * centre; the same file twice from it is refused.
 */
export async function importStatement(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { statementDate: string; csv: string },
) {
  const staff = await authorize(ctx, actor, meta, 'fee.reconcile');
  const parsed = parseStatement(input.csv);
  if (parsed.badLines.length)
    throw new DomainError('fee.statement_invalid', { badLines: parsed.badLines.slice(0, 20) });
  const sha = createHash('sha256').update(input.csv).digest('hex');
  const { centreId, centrePath } = staff.acting;
  return ctx.database.db.transaction().execute(async (trx) => {
    if (await store.findStatementBySha(trx, centreId, sha)) throw new DomainError('fee.statement_duplicate');
    const st = await store.insertStatement(trx, {
      centre_id: centreId,
      statement_date: input.statementDate,
      file_sha256: sha,
      line_count: parsed.lines.length,
      imported_by_name: staff.name,
    });
    await store.insertLines(trx, st.id, parsed.lines);
    await store.reconcile(trx, st.id, { centrePath, ...chinaDayRange(input.statementDate) });
    const mismatchCount = await store.countMismatches(trx, st.id);
    await ctx.audit.record(trx, actor, meta, {
      action: 'fee.statement.import',
      entityType: 'bank_statement',
      entityId: st.id,
      after: { statementDate: input.statementDate, centreId, lines: parsed.lines.length, sha256: sha, mismatchCount },
    });
    return { id: st.id, statementDate: input.statementDate, lineCount: parsed.lines.length, mismatchCount };
  });
}

/** The statements of the supervisor's centre and the centres below it, latest first. */
export async function listStatements(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  const staff = await authorize(ctx, actor, meta, 'fee.reconcile');
  return { items: (await store.listStatements(ctx.database.db, staff.acting.centrePath)).map(statementView) };
}

export async function statementMismatches(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  statementId: string,
) {
  const staff = await authorize(ctx, actor, meta, 'fee.reconcile');
  requireInReach(staff, await store.statementCentre(ctx.database.db, statementId));
  return { items: (await store.listMismatches(ctx.database.db, statementId)).map(mismatchView) };
}

/** A person resolves each difference with a note (refund issued, bank corrected…); audited. */
export async function resolveMismatch(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; resolution: string },
) {
  const staff = await authorize(ctx, actor, meta, 'fee.reconcile');
  requireInReach(staff, await store.mismatchCentre(ctx.database.db, id));
  return ctx.database.db.transaction().execute(async (trx) => {
    const m = await store.lockMismatch(trx, id);
    if (!m) throw new DomainError('resource.not_found');
    if (m.status !== 'open') throw new DomainError('fee.approval_closed');
    const done = await store.resolveMismatch(trx, id, input.version, input.resolution, staff.name);
    if (!done) throw new DomainError('resource.version_conflict');
    await ctx.audit.record(trx, actor, meta, {
      action: 'fee.mismatch.resolve',
      entityType: 'reconciliation_mismatch',
      entityId: id,
      after: { kind: m.kind, bankTxnId: m.bank_txn_id, resolution: input.resolution },
    });
    return mismatchView(done);
  });
}
