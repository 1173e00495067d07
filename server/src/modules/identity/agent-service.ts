import type { AppContext } from '../../platform/app-context.js';
import type { Kysely } from 'kysely';
import type { Actor, RequestMeta, StaffActor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { authorize, requireActingStaff } from '../../platform/auth/authorize.js';
import { isForeignKeyViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import { checkResidentData, personRowData, personSummary } from './applicant-service.js';
import * as store from './store.js';

/**
 * Finds a resident by ID number or records them (agents, and clerks registering a walk-in
 * application). An existing record is reused and never changed; a different name for the same ID
 * number is refused. Runs inside the caller's transaction.
 */
export async function findOrRecordPerson(
  ctx: AppContext,
  trx: Kysely<Database>,
  staff: StaffActor,
  meta: RequestMeta,
  input: { name: string; idNumber: string; mobile?: string | null | undefined },
): Promise<string> {
  const { idNumber, mobile } = checkResidentData(input);
  const data = personRowData(ctx, input.name, idNumber, mobile);
  const existing = await store.findPersonByIdBidx(trx, data.id_number_bidx);
  if (existing) {
    if (existing.name !== input.name)
      throw new DomainError('request.invalid', [{ field: 'name', code: 'does_not_match_id_number' }]);
    return existing.id;
  }
  const p = await store.insertPerson(trx, { ...data, password_hash: null, registered_by_agent: staff.staffId });
  await ctx.audit.record(trx, staff, meta, {
    action: 'person.record_by_staff',
    entityType: 'person',
    entityId: p.id,
    onBehalfOf: p.id,
  });
  return p.id;
}

/** An agent records a resident (who may never have an account) so they can act for them. */
export async function recordResident(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { name: string; idNumber: string; mobile?: string | null | undefined },
) {
  const agent = await authorize(ctx, actor, meta, 'agent.authorise');
  const id = await ctx.database.db.transaction().execute((trx) => findOrRecordPerson(ctx, trx, agent, meta, input));
  return personSummary(ctx, id);
}

export type AuthorisationInput = {
  personId: string;
  allItems: boolean;
  itemCodes: string[];
  validUntil: string;
  formFileSha256: string;
};

export async function createAuthorisation(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: AuthorisationInput,
) {
  const agent = await authorize(ctx, actor, meta, 'agent.authorise');
  await personSummary(ctx, input.personId);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  if (input.validUntil < today)
    throw new DomainError('request.invalid', [{ field: 'validUntil', code: 'in_the_past' }]);
  if (!input.allItems && input.itemCodes.length === 0)
    throw new DomainError('request.invalid', [{ field: 'itemCodes', code: 'required' }]);
  try {
    return await ctx.database.db
      .transaction()
      .execute(async (trx) => {
        const row = await store.insertAuthorisation(trx, {
          agent_id: agent.staffId,
          centre_id: agent.acting.centreId,
          person_id: input.personId,
          all_items: input.allItems,
          item_codes: JSON.stringify(input.allItems ? [] : input.itemCodes),
          valid_until: input.validUntil,
          form_file_sha256: input.formFileSha256,
        });
        await ctx.audit.record(trx, agent, meta, {
          action: 'agent_authorisation.create',
          entityType: 'agent_authorisation',
          entityId: row.id,
          onBehalfOf: input.personId,
          after: { allItems: row.all_items, itemCodes: row.item_codes, validUntil: row.valid_until },
        });
        return row.id;
      })
      .then((id) => getAuthorisation(ctx, agent, meta, id));
  } catch (err) {
    if (isForeignKeyViolation(err))
      throw new DomainError('request.invalid', [{ field: 'formFileSha256', code: 'unknown_file' }]);
    throw err;
  }
}

async function authorisationInScope(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const agent = await authorize(ctx, actor, meta, 'agent.authorise');
  const row = await store.findAuthorisation(ctx.database.db, id);
  // Agents of the same township or community share its residents' authorisations.
  if (!row || row.centre_id !== agent.acting.centreId) throw new DomainError('resource.not_found');
  return { agent, row };
}

export function authorisationView(row: NonNullable<Awaited<ReturnType<typeof store.findAuthorisation>>>) {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    idNumberMasked: row.id_number_masked,
    mobileMasked: row.mobile_masked,
    agentId: row.agent_id,
    agentName: row.agent_name,
    /** What every action taken under it shows (R-ORG-4). */
    actedBy: `由代办员 ${row.agent_name} 代为办理`,
    allItems: row.all_items,
    itemCodes: row.item_codes,
    validUntil: row.valid_until,
    formFileSha256: row.form_file_sha256,
    status: row.revoked_at ? ('revoked' as const) : row.valid_until < today ? ('expired' as const) : ('valid' as const),
    revokeReason: row.revoke_reason,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

export async function getAuthorisation(ctx: AppContext, actor: Actor | null, meta: RequestMeta, id: string) {
  const { row } = await authorisationInScope(ctx, actor, meta, id);
  return authorisationView(row);
}

export async function listAuthorisations(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  const agent = await authorize(ctx, actor, meta, 'agent.authorise');
  return (await store.listAuthorisations(ctx.database.db, agent.acting.centreId)).map(authorisationView);
}

export async function revokeAuthorisation(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  input: { version: number; reason: string },
) {
  const { agent, row } = await authorisationInScope(ctx, actor, meta, id);
  await ctx.database.db.transaction().execute(async (trx) => {
    const after = await store.revokeAuthorisation(trx, id, input.version, input.reason);
    if (!after) throw new DomainError('resource.version_conflict', { currentVersion: row.version });
    await ctx.audit.record(trx, agent, meta, {
      action: 'agent_authorisation.revoke',
      entityType: 'agent_authorisation',
      entityId: id,
      onBehalfOf: row.person_id,
      after: { reason: input.reason },
    });
  });
  return getAuthorisation(ctx, agent, meta, id);
}

/**
 * The full ID number or mobile, for a resident this agent's centre holds a valid authorisation
 * for, or for the person themself. Every unmasking is audited (R-NEW-6).
 */
export async function revealPersonField(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  personId: string,
  field: 'idNumber' | 'mobile',
) {
  let allowed = actor?.kind === 'person' && actor.personId === personId;
  if (!allowed && actor?.kind === 'staff') {
    const staff = requireActingStaff(actor);
    allowed =
      staff.acting.role === 'agent' &&
      !!(await store.activeAuthorisationFor(ctx.database.db, staff.acting.centreId, personId));
  }
  const person = await store.findPerson(ctx.database.db, personId);
  if (!allowed || !person) {
    await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
      action: 'person.reveal',
      outcome: 'denied',
      entityType: 'person',
      entityId: personId,
      after: { field },
    });
    throw new DomainError('resource.not_found');
  }
  const enc = field === 'idNumber' ? person.id_number_enc : person.mobile_enc;
  const value = enc ? ctx.cipher.decrypt(enc) : null;
  await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
    action: 'person.reveal',
    entityType: 'person',
    entityId: personId,
    onBehalfOf: personId,
    after: { field },
  });
  return { field, value };
}

/** A person record an agent may see: only residents its centre holds an authorisation for. */
export async function residentForAgent(ctx: AppContext, actor: Actor | null, meta: RequestMeta, personId: string) {
  const agent = await authorize(ctx, actor, meta, 'agent.authorise');
  const auth = await store.activeAuthorisationFor(ctx.database.db, agent.acting.centreId, personId);
  if (!auth) throw new DomainError('resource.not_found');
  return personSummary(ctx, personId);
}

/** The authorisation an agent's centre holds for a resident today, if any (for applying on their behalf). */
export const activeAuthorisation = (ctx: AppContext, centreId: string, personId: string) =>
  store.activeAuthorisationFor(ctx.database.db, centreId, personId);
