import type { AppContext } from '../../platform/app-context.js';
import type { Actor, PersonActor, RequestMeta } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/crypto/password-hash.js';
import { isUniqueViolation } from '../../platform/db/pg-errors.js';
import { DomainError } from '../../platform/errors.js';
import { validateCreditCode } from './model/credit-code.js';
import { validateResidentId } from './model/id-number.js';
import { isValidMobile, maskMobile, maskResidentId } from './model/masking.js';
import { applicantPasswordProblems } from './model/password-policy.js';
import * as store from './store.js';

export function requirePerson(actor: Actor | null): PersonActor {
  if (!actor) throw new DomainError('auth.required');
  if (actor.kind !== 'person') throw new DomainError('auth.forbidden');
  return actor;
}

/** Checks and normalises a resident's identity data; the same rules serve registration and agents. */
export function checkResidentData(input: { idNumber: string; mobile?: string | null | undefined }) {
  const id = validateResidentId(input.idNumber);
  if (!id.ok) throw new DomainError('identity.invalid_id_number', { field: 'idNumber', reason: id.reason });
  if (input.mobile && !isValidMobile(input.mobile))
    throw new DomainError('identity.invalid_mobile', { field: 'mobile' });
  return { idNumber: id.normalized, mobile: input.mobile ?? null };
}

export function personRowData(ctx: AppContext, name: string, idNumber: string, mobile: string | null) {
  return {
    name,
    id_number_enc: ctx.cipher.encrypt(idNumber),
    id_number_bidx: ctx.cipher.blindIndex(idNumber),
    id_number_masked: maskResidentId(idNumber),
    mobile_enc: mobile ? ctx.cipher.encrypt(mobile) : null,
    mobile_bidx: mobile ? ctx.cipher.blindIndex(mobile) : null,
    mobile_masked: mobile ? maskMobile(mobile) : null,
  };
}

/**
 * Registration answers the same whether or not the ID number or mobile is already known, so it
 * cannot be used to find out who has an account. A resident first recorded by an agent claims
 * their record by registering with the same ID number and mobile.
 */
export async function registerPerson(
  ctx: AppContext,
  meta: RequestMeta,
  input: { name: string; idNumber: string; mobile: string; password: string },
): Promise<{ status: 'registered' }> {
  const { idNumber, mobile } = checkResidentData(input);
  const problems = applicantPasswordProblems(input.password);
  if (problems.length) throw new DomainError('identity.weak_password', { field: 'password', rules: problems });
  const hash = await hashPassword(input.password);
  const db = ctx.database.db;
  const data = personRowData(ctx, input.name, idNumber, mobile);
  try {
    await db.transaction().execute(async (trx) => {
      const existing = await store.findPersonByIdBidx(trx, data.id_number_bidx);
      if (!existing) {
        const person = await store.insertPerson(trx, { ...data, password_hash: hash, registered_by_agent: null });
        await ctx.audit.record(trx, null, meta, {
          action: 'person.register',
          entityType: 'person',
          entityId: person.id,
          actorName: input.name,
        });
        return;
      }
      if (
        existing.password_hash === null &&
        existing.mobile_bidx === data.mobile_bidx &&
        existing.name === input.name
      ) {
        await store.updatePerson(trx, existing.id, { password_hash: hash });
        await ctx.audit.record(trx, null, meta, {
          action: 'person.claim',
          entityType: 'person',
          entityId: existing.id,
          actorName: input.name,
        });
        return;
      }
      await ctx.audit.record(trx, null, meta, {
        action: 'person.register',
        outcome: 'failure',
        entityType: 'person',
        entityId: existing.id,
        after: { reason: 'already_registered' },
      });
    });
  } catch (err) {
    // The mobile number is already someone's login; answer as for any other registration.
    if (!isUniqueViolation(err)) throw err;
    await ctx.audit.recordStandalone(db, null, meta, {
      action: 'person.register',
      outcome: 'failure',
      after: { reason: 'mobile_in_use' },
    });
  }
  return { status: 'registered' };
}

export async function registerEnterprise(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { name: string; creditCode: string; legalRepresentative: string; contactName: string; contactMobile: string },
) {
  const person = requirePerson(actor);
  const code = validateCreditCode(input.creditCode);
  if (!code.ok) throw new DomainError('identity.invalid_credit_code', { field: 'creditCode', reason: code.reason });
  if (!isValidMobile(input.contactMobile)) throw new DomainError('identity.invalid_mobile', { field: 'contactMobile' });
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      const e = await store.insertEnterprise(trx, {
        name: input.name,
        credit_code: code.normalized,
        legal_representative: input.legalRepresentative,
        contact_name: input.contactName,
        contact_mobile_enc: ctx.cipher.encrypt(input.contactMobile),
        contact_mobile_masked: maskMobile(input.contactMobile),
      });
      const relation: 'legal_representative' | 'authorised' =
        input.legalRepresentative === person.name ? 'legal_representative' : 'authorised';
      await store.insertMember(trx, { enterprise_id: e.id, person_id: person.personId, relation });
      await ctx.audit.record(trx, person, meta, {
        action: 'enterprise.register',
        entityType: 'enterprise',
        entityId: e.id,
        after: { name: e.name, creditCode: e.credit_code, relation },
      });
      return { ...e, relation };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('identity.enterprise_exists', { field: 'creditCode' });
    throw err;
  }
}

export function myEnterprises(ctx: AppContext, actor: Actor | null) {
  const person = requirePerson(actor);
  return store.enterprisesOf(ctx.database.db, person.personId);
}

/** A person acts for an enterprise only while they are one of its authorised members. */
export async function chooseActingEnterprise(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  enterpriseId: string | null,
) {
  const person = requirePerson(actor);
  if (enterpriseId && !(await store.isMember(ctx.database.db, person.personId, enterpriseId))) {
    await ctx.audit.recordStandalone(ctx.database.db, person, meta, {
      action: 'auth.act_for_enterprise',
      outcome: 'denied',
      entityType: 'enterprise',
      entityId: enterpriseId,
    });
    throw new DomainError('identity.not_authorised_for_enterprise');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateSession(trx, person.sessionId, { acting_enterprise_id: enterpriseId });
    await ctx.audit.record(trx, person, meta, {
      action: 'auth.act_for_enterprise',
      entityType: 'enterprise',
      entityId: enterpriseId ?? undefined,
    });
  });
}

export async function personSummary(ctx: AppContext, personId: string) {
  const p = await store.findPerson(ctx.database.db, personId);
  if (!p) throw new DomainError('resource.not_found');
  return {
    id: p.id,
    name: p.name,
    idNumberMasked: p.id_number_masked,
    mobileMasked: p.mobile_masked,
    registered: p.password_hash !== null,
  };
}
