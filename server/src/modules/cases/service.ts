import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import { applicationFormProblems, guide } from '../catalogue/service.js';
import { requirePerson } from '../identity/applicant-service.js';
import { getCentre } from '../org/service.js';
import { caseNumber, caseNumberSeries, newQueryCode, stepsFor } from './model.js';
import * as store from './store.js';

// The field cipher's blind index is the keyed look-up hash the project already has (its own key,
// not the audit trail's); it normalises case, so a code typed in lower case still matches.
const queryCodeHash = (ctx: AppContext, caseNo: string, code: string) => ctx.cipher.blindIndex(`${caseNo}:${code}`);

/**
 * An applicant submits an online application for an item's current published version. The case
 * keeps that version and a copy of its process steps (R-OPS-4), and gets its case number and
 * query code in the same transaction.
 */
export async function submitApplication(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { itemId: string; formData: Record<string, unknown> },
) {
  const person = requirePerson(actor);
  const g = await guide(ctx, { itemId: input.itemId });
  if (!g.definition.onlineApplication) throw new DomainError('case.online_not_allowed');
  const problems = applicationFormProblems(g.definition, input.formData);
  if (problems.length) throw new DomainError('case.invalid_form', problems);
  const centre = await getCentre(ctx, g.version.centre_id);
  const queryCode = newQueryCode();
  const now = new Date();
  const created = await ctx.database.db.transaction().execute(async (trx) => {
    const caseNo = caseNumber(
      centre.division_code,
      now,
      await nextInSeries(trx, caseNumberSeries(centre.division_code, now)),
    );
    const row = await store.insertCase(trx, {
      case_no: caseNo,
      query_code_hash: queryCodeHash(ctx, caseNo, queryCode),
      query_code_enc: ctx.cipher.encrypt(queryCode),
      item_id: g.version.item_id,
      item_version_id: g.version.id,
      centre_id: g.version.centre_id,
      department_id: g.version.department_id,
      window_id: g.version.window_id,
      applicant_person_id: person.personId,
      applicant_enterprise_id: person.enterpriseId,
      status: 'submitted',
      form_data: JSON.stringify(input.formData),
    });
    await store.insertSteps(
      trx,
      stepsFor(g.definition.process).map((s) => ({ ...s, case_id: row.id })),
    );
    await ctx.audit.record(trx, person, meta, {
      action: 'case.submit',
      entityType: 'case',
      entityId: row.id,
      after: { caseNo, itemVersionId: g.version.id },
    });
    return row;
  });
  return getCase(ctx, person, created.id);
}

/** A case as its applicant sees it: the applicant (or the enterprise they act for) only. */
export async function getCase(ctx: AppContext, actor: Actor | null, id: string) {
  const person = requirePerson(actor);
  const row = await store.findCase(ctx.database.db, id);
  const mine =
    row &&
    (row.applicant_enterprise_id
      ? row.applicant_enterprise_id === person.enterpriseId
      : row.applicant_person_id === person.personId);
  if (!row || !mine) throw new DomainError('resource.not_found');
  const steps = await store.listSteps(ctx.database.db, id);
  const g = await guide(ctx, { versionId: row.item_version_id });
  return {
    id: row.id,
    caseNo: row.case_no,
    queryCode: ctx.cipher.decrypt(row.query_code_enc),
    itemName: g.definition.name,
    itemVersionId: row.item_version_id,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    steps: steps.map((s) => ({
      seq: s.seq,
      key: s.step_key,
      name: s.name,
      role: s.role,
      status: s.status,
      limit: s.time_limit,
    })),
    version: row.version,
  };
}

/**
 * The public look-up (portal and kiosk): no personal data, and the same answer for an unknown
 * case number as for a wrong query code.
 */
export async function publicStatus(ctx: AppContext, caseNo: string, queryCode: string) {
  const row = await store.findCaseByNo(ctx.database.db, caseNo);
  if (!row || row.query_code_hash !== queryCodeHash(ctx, caseNo, queryCode))
    throw new DomainError('case.lookup_failed');
  const g = await guide(ctx, { versionId: row.item_version_id });
  return {
    caseNo: row.case_no,
    itemName: g.definition.name,
    departmentName: g.departmentName,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
  };
}
