import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta, StaffActor } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError } from '../../platform/errors.js';
import { nextInSeries } from '../../platform/numbering/counter.js';
import { documentRules } from '../../platform/files/file-store.js';
import type { ItemDefinition } from '../catalogue/definition.js';
import { applicationFormProblems, guide } from '../catalogue/service.js';
import { activeAuthorisation, findOrRecordPerson } from '../identity/agent-service.js';
import { ownerKey } from './access.js';
import { caseNumber, caseNumberSeries, newQueryCode, stepsFor } from './case-number.js';
import { waitingRoles } from './model.js';
import { recordMove } from './record-move.js';
import { rulesFor } from './rules-source.js';
import * as store from './store.js';
import { clockOf } from './views.js';

export type MaterialRef = { materialKey: string; uploadId: string };

// The field cipher's blind index is the keyed look-up hash the project already has (its own key,
// not the audit trail's); it normalises case, so a code typed in lower case still matches.
export const queryCodeHash = (ctx: AppContext, caseNo: string, code: string) =>
  ctx.cipher.blindIndex(`${caseNo}:${code}`);

/** A scanned material, stored content-addressed before any case refers to it. */
export async function uploadMaterial(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  bytes: Buffer,
  fileName: string,
) {
  const owner = ownerKey(actor);
  const stored = await ctx.files.write(bytes, documentRules);
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    await ctx.files.record(trx, stored);
    const upload = await store.insertUpload(trx, {
      owner,
      sha256: stored.sha256,
      file_name: fileName.slice(0, 200) || 'file',
      size_bytes: stored.sizeBytes,
      media_type: stored.mediaType,
    });
    await ctx.audit.record(trx, actor, meta, {
      action: 'case.upload',
      entityType: 'case_upload',
      entityId: upload.id,
      after: { sha256: stored.sha256, sizeBytes: stored.sizeBytes, mediaType: stored.mediaType },
    });
    return upload;
  });
  return {
    uploadId: row.id,
    name: row.file_name,
    sizeBytes: row.size_bytes,
    mediaType: row.media_type,
    sha256: row.sha256.trim(),
  };
}

/**
 * The uploads named by `refs`, which must be the submitter's own and for materials the item lists.
 * With `consume`, they leave the upload list in the same statement (a submission attaches them).
 */
export async function resolveMaterials(
  trx: Kysely<Database>,
  owner: string,
  definition: ItemDefinition,
  refs: readonly MaterialRef[],
  opts: { consume?: boolean } = {},
) {
  const byKey = new Map(definition.materials.map((m) => [m.key, m]));
  const unknown = refs.filter((r) => !byKey.has(r.materialKey));
  if (unknown.length)
    throw new DomainError(
      'case.unknown_material',
      unknown.map((r) => ({ field: 'materials', materialKey: r.materialKey })),
    );
  const ids = [...new Set(refs.map((r) => r.uploadId))];
  const uploads = opts.consume ? await store.consumeUploads(trx, owner, ids) : await store.findUploads(trx, owner, ids);
  const found = new Map(uploads.map((u) => [u.id, u]));
  const missing = refs.filter((r) => !found.has(r.uploadId));
  if (missing.length)
    throw new DomainError(
      'case.upload_not_found',
      missing.map((r) => ({ field: 'materials', uploadId: r.uploadId })),
    );
  return refs.map((r) => {
    const u = found.get(r.uploadId)!;
    return {
      material_key: r.materialKey,
      name: byKey.get(r.materialKey)!.name,
      file_name: u.file_name,
      sha256: u.sha256.trim(),
      size_bytes: u.size_bytes,
      media_type: u.media_type,
      uploadId: u.id,
    };
  });
}

/** Required materials not in `keys` (an online application must carry them all). */
export function missingRequired(definition: ItemDefinition, keys: Iterable<string>) {
  const have = new Set(keys);
  return definition.materials.filter((m) => m.requirement === 'required' && !have.has(m.key)).map((m) => m.key);
}

type Guide = Awaited<ReturnType<typeof guide>>;

type NewCase = {
  /** The item's current guide, as the caller read it to check the request. */
  guide: Guide;
  formData: Record<string, unknown>;
  materials: MaterialRef[];
  idempotencyKey: string;
  channel: 'online' | 'window' | 'agent';
  applicantPersonId: string;
  applicantEnterpriseId: string | null;
  agentStaffId: string | null;
  /** The township centre that took it in, when it is not the deciding centre (Art. 43). */
  intakeCentreId: string | null;
  requireAllMaterials: boolean;
  draftId?: string | undefined;
  /** What the submitter sent, for the idempotency check. */
  request: unknown;
};

/** A case just created, as its transaction wrote it: enough to answer without reading it back. */
export type FreshCase = {
  row: store.CaseRow;
  steps: store.StepRow[];
  materials: Awaited<ReturnType<typeof store.insertMaterials>>;
  events: Array<Awaited<ReturnType<typeof recordMove>>>;
  guide: Guide;
  decidingPath: string;
  rules: Awaited<ReturnType<typeof rulesFor>>;
  queryCode: string;
};

/** The case's id; `fresh` unless the request was a replay of an earlier submission. */
export type Created = { id: string; fresh: FreshCase | null };

/**
 * Creates a case: number, query code, the item version's steps (R-OPS-4) and materials, in one
 * transaction with its idempotency key — a retried or double-clicked submission returns the first
 * case, and the same key with a different request is refused.
 */
async function createCase(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  n: NewCase,
  resolveApplicant?: (trx: Kysely<Database>) => Promise<string>,
): Promise<Created> {
  const owner = ownerKey(actor);
  const requestHash = createHash('sha256').update(canonicalJson(n.request)).digest('hex');
  const replay = async (db: Kysely<Database> = ctx.database.db) => {
    const key = await store.findIdempotencyKey(db, owner, n.idempotencyKey);
    if (!key) return null;
    if (key.request_hash !== requestHash) throw new DomainError('case.idempotency_mismatch');
    return key.case_id;
  };

  const g = n.guide;
  const problems = applicationFormProblems(g.definition, n.formData);
  if (problems.length) throw new DomainError('case.invalid_form', problems);
  const deciding = await store.centrePath(ctx.database.db, g.version.centre_id);
  const rules = await rulesFor(ctx, g.version.centre_id);
  const queryCode = newQueryCode();
  const now = new Date();
  // The case number is taken in a statement of its own, before the transaction: the counter row of
  // a centre's day is then held for one statement, not for a whole submission, so submissions to
  // one centre run side by side. A submission that fails later (or turns out to be a replay, found
  // only under the key's lock below) leaves a gap in the day's serials: case numbers must be
  // unique, not gapless (legal documents' numbers are, and stay transactional).
  const caseNo = caseNumber(
    deciding.division_code,
    now,
    await nextInSeries(ctx.database.db, caseNumberSeries(deciding.division_code, now)),
  );
  try {
    return await ctx.database.db.transaction().execute(async (trx): Promise<Created> => {
      await store.lockIdempotencyKey(trx, owner, n.idempotencyKey);
      const first = await replay(trx);
      if (first) return { id: first, fresh: null };
      const materials = await resolveMaterials(trx, owner, g.definition, n.materials, { consume: true });
      if (n.requireAllMaterials) {
        const missing = missingRequired(
          g.definition,
          materials.map((m) => m.material_key),
        );
        if (missing.length)
          throw new DomainError(
            'case.materials_missing',
            missing.map((key) => ({ field: 'materials', materialKey: key })),
          );
      }
      const applicantPersonId = resolveApplicant ? await resolveApplicant(trx) : n.applicantPersonId;
      const status = n.intakeCentreId ? ('township_review' as const) : ('submitted' as const);
      const row = await store.insertCase(trx, {
        case_no: caseNo,
        query_code_hash: queryCodeHash(ctx, caseNo, queryCode),
        query_code_enc: ctx.cipher.encrypt(queryCode),
        item_id: g.version.item_id,
        item_version_id: g.version.id,
        centre_id: g.version.centre_id,
        department_id: g.version.department_id,
        window_id: g.version.window_id,
        applicant_person_id: applicantPersonId,
        applicant_enterprise_id: n.applicantEnterpriseId,
        agent_staff_id: n.agentStaffId,
        intake_centre_id: n.intakeCentreId,
        channel: n.channel,
        status,
        form_data: JSON.stringify(n.formData),
        legal_limit: JSON.stringify(g.definition.legalLimit),
        promised_limit: JSON.stringify(g.definition.promisedLimit),
        // Received now: the clock below runs from this instant, so the row must say the same.
        submitted_at: now,
        received_at: now,
        ...derivedOfNew(
          rules,
          { status, channel: n.channel, receivedAt: now, definition: g.definition, intake: n.intakeCentreId },
          now,
        ),
      });
      const steps = await store.insertSteps(
        trx,
        stepsFor(g.definition.process).map((s) => ({ ...s, case_id: row.id })),
      );
      const stored = await store.insertMaterials(
        trx,
        materials.map(({ uploadId: _u, ...m }) => ({ ...m, case_id: row.id })),
      );
      if (n.draftId) await store.deleteDraft(trx, owner, n.draftId);
      await store.insertIdempotencyKey(trx, {
        owner,
        key: n.idempotencyKey,
        request_hash: requestHash,
        case_id: row.id,
      });
      const event = await recordMove(trx, ctx, actor, meta, {
        caseId: row.id,
        applicantPersonId,
        action: n.channel === 'window' ? 'intake' : 'submit',
        fromStatus: null,
        toStatus: status,
        topic: 'case.submitted',
        data: { caseNo, itemVersionId: g.version.id, channel: n.channel, materials: materials.length },
        rules,
        jointItem: g.definition.joint !== null,
      });
      return {
        id: row.id,
        fresh: {
          row,
          steps,
          materials: stored,
          events: [event],
          guide: g,
          decidingPath: deciding.path,
          rules,
          queryCode,
        },
      };
    });
  } catch (err) {
    // Two identical requests at once: the second waited on the key and lost; answer as a replay.
    if (isUniqueViolation(err)) {
      const first = await replay();
      if (first) return { id: first, fresh: null };
    }
    throw err;
  }
}

/**
 * Who a new case waits on and its governing deadline, computed before the insert from what the
 * row will hold (nothing started, no pauses), so the row is written once rather than inserted and
 * then updated.
 */
function derivedOfNew(
  rules: Awaited<ReturnType<typeof rulesFor>>,
  c: {
    status: 'submitted' | 'township_review';
    channel: NewCase['channel'];
    receivedAt: Date;
    definition: ItemDefinition;
    intake: string | null;
  },
  now: Date,
) {
  const facts = { status: c.status, steps: [], toleranceOpen: false, toleranceDuePassed: false, extension: null };
  const clock = clockOf(
    rules,
    {
      status: c.status,
      channel: c.channel,
      received_at: c.receivedAt,
      accepted_at: null,
      legal_limit: c.definition.legalLimit,
      promised_limit: c.definition.promisedLimit,
      extension: null,
      supplement_due: null,
      tolerance_due: null,
      tolerated: [],
      decided_at: null,
      decision: null,
      intake_centre_id: c.intake,
      deemed_accepted: false,
    },
    [],
    now,
  );
  return { waiting_roles: waitingRoles(facts), due_at: clock.dueAt, warn_at: clock.warnAt };
}

export type ApplicationInput = {
  itemId: string;
  formData: Record<string, unknown>;
  materials: MaterialRef[];
  draftId?: string | undefined;
  forPersonId?: string | undefined;
};

/**
 * An online application (R-APP-1): by the applicant, or by a township/community agent for a
 * resident they hold an authorisation for (Art. 29). An agent's application for an item decided
 * higher up goes to the township's review first when the item accepts township intake (R-ORG-5).
 */
export async function submitApplication(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: ApplicationInput,
  idempotencyKey: string,
): Promise<Created> {
  if (!actor) throw new DomainError('auth.required');
  const g = await guide(ctx, { itemId: input.itemId });
  if (!g.definition.onlineApplication) throw new DomainError('case.online_not_allowed');
  const base = {
    guide: g,
    formData: input.formData,
    materials: input.materials,
    idempotencyKey,
    requireAllMaterials: true,
    draftId: input.draftId,
    request: input,
  };
  if (actor.kind === 'person') {
    if (input.forPersonId) throw new DomainError('auth.forbidden');
    return createCase(ctx, actor, meta, {
      ...base,
      channel: 'online',
      applicantPersonId: actor.personId,
      applicantEnterpriseId: actor.enterpriseId,
      agentStaffId: null,
      intakeCentreId: null,
    });
  }
  const agent = requireActingStaff(actor);
  if (agent.acting.role !== 'agent' || !input.forPersonId) throw new DomainError('auth.forbidden');
  const auth = await activeAuthorisation(ctx, agent.acting.centreId, input.forPersonId);
  if (
    !auth ||
    (!auth.all_items &&
      !auth.item_codes.some((c) => c === g.definition.basicCode || c === g.definition.implementationCode))
  )
    throw new DomainError('case.not_authorised_for_resident');
  return createCase(ctx, actor, meta, {
    ...base,
    channel: 'agent',
    applicantPersonId: input.forPersonId,
    applicantEnterpriseId: null,
    agentStaffId: agent.staffId,
    intakeCentreId: await intakeCentreFor(ctx, agent, g.version.centre_id, g.definition, false),
  });
}

/**
 * Where an intake happens below the deciding centre, the township reviews first (Art. 43). The
 * item must list township intake; otherwise an agent's application goes straight up and a clerk
 * may not take it in.
 */
async function intakeCentreFor(
  ctx: AppContext,
  staff: StaffActor & { acting: NonNullable<StaffActor['acting']> },
  decidingCentreId: string,
  definition: ItemDefinition,
  strict: boolean,
): Promise<string | null> {
  if (staff.acting.centreId === decidingCentreId) return null;
  const deciding = await store.centrePath(ctx.database.db, decidingCentreId);
  const below = staff.acting.centrePath.startsWith(deciding.path);
  if (below && definition.intakeLevels.includes('township')) return staff.acting.centreId;
  if (strict) throw new DomainError('case.not_your_item');
  return null;
}

export type IntakeInput = {
  itemId: string;
  applicant: { name: string; idNumber: string; mobile?: string | undefined };
  formData: Record<string, unknown>;
  materials: MaterialRef[];
};

/**
 * 收件登记: a window clerk registers a walk-in application, recording the resident if new. The
 * clerk's own window's items, or — at a township centre — items decided higher up that accept
 * township intake (R-ORG-5).
 */
export async function registerIntake(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: IntakeInput,
  idempotencyKey: string,
): Promise<Created> {
  const clerk = requireActingStaff(actor);
  if (clerk.acting.role !== 'window_clerk') throw new DomainError('auth.forbidden');
  const g = await guide(ctx, { itemId: input.itemId });
  const own = g.version.window_id === clerk.acting.windowId;
  const intakeCentreId = own ? null : await intakeCentreFor(ctx, clerk, g.version.centre_id, g.definition, true);
  return createCase(
    ctx,
    clerk,
    meta,
    {
      guide: g,
      formData: input.formData,
      materials: input.materials,
      idempotencyKey,
      channel: 'window',
      applicantPersonId: '',
      applicantEnterpriseId: null,
      agentStaffId: null,
      intakeCentreId,
      requireAllMaterials: false,
      request: input,
    },
    (trx) => findOrRecordPerson(ctx, trx, clerk, meta, input.applicant),
  );
}
