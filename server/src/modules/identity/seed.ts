import type { AppContext } from '../../platform/app-context.js';
import { systemMeta } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/crypto/password-hash.js';
import type { RoleName } from '../../platform/db/schema.js';
import { personRowData } from './applicant-service.js';
import { maskMobile } from './model/masking.js';
import * as store from './store.js';

/**
 * Installation and demo helpers: they act as the system (no session), are idempotent, and are
 * audited like any other change.
 */
export async function ensureStaff(
  ctx: AppContext,
  input: {
    username: string;
    displayName: string;
    password: string;
    roles: Array<{ role: RoleName; centre_id: string; department_id: string | null; window_id: string | null }>;
  },
): Promise<string> {
  const db = ctx.database.db;
  const existing = await store.findStaffByUsername(db, input.username);
  if (existing) return existing.id;
  const hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const staff = await store.insertStaff(trx, {
      username: input.username,
      display_name: input.displayName,
      password_hash: hash,
      must_change_password: false,
      mobile_enc: null,
    });
    for (const r of input.roles) await store.insertRole(trx, { staff_id: staff.id, ...r, granted_by: staff.id });
    await ctx.audit.record(trx, null, systemMeta, {
      action: 'staff.create',
      entityType: 'staff',
      entityId: staff.id,
      actorName: 'system',
      after: { username: staff.username, roles: input.roles.map((r) => r.role) },
    });
    return staff.id;
  });
}

export async function ensurePerson(
  ctx: AppContext,
  input: { name: string; idNumber: string; mobile: string; password: string | null },
): Promise<string> {
  const db = ctx.database.db;
  const data = personRowData(ctx, input.name, input.idNumber, input.mobile);
  const existing = await store.findPersonByIdBidx(db, data.id_number_bidx);
  if (existing) return existing.id;
  const hash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    const p = await store.insertPerson(trx, { ...data, password_hash: hash, registered_by_agent: null });
    await ctx.audit.record(trx, null, systemMeta, {
      action: 'person.register',
      entityType: 'person',
      entityId: p.id,
      actorName: 'system',
    });
    return p.id;
  });
}

export async function ensureEnterprise(
  ctx: AppContext,
  personId: string,
  input: { name: string; creditCode: string; legalRepresentative: string; contactName: string; contactMobile: string },
): Promise<void> {
  const db = ctx.database.db;
  if (await store.findEnterpriseByCode(db, input.creditCode)) return;
  await db.transaction().execute(async (trx) => {
    const e = await store.insertEnterprise(trx, {
      name: input.name,
      credit_code: input.creditCode,
      legal_representative: input.legalRepresentative,
      contact_name: input.contactName,
      contact_mobile_enc: ctx.cipher.encrypt(input.contactMobile),
      contact_mobile_masked: maskMobile(input.contactMobile),
    });
    await store.insertMember(trx, { enterprise_id: e.id, person_id: personId, relation: 'legal_representative' });
    await ctx.audit.record(trx, null, systemMeta, {
      action: 'enterprise.register',
      entityType: 'enterprise',
      entityId: e.id,
      actorName: 'system',
    });
  });
}

/**
 * Demo only: the agent's centre holds a signed authorisation from a resident (all items, a year),
 * so an agent can apply on their behalf straight away. The signed form is a one-page placeholder
 * PDF stored like any upload.
 */
export async function ensureDemoAuthorisation(
  ctx: AppContext,
  agentId: string,
  centreId: string,
  personId: string,
  signedForm: Buffer,
): Promise<void> {
  const db = ctx.database.db;
  if (await store.activeAuthorisationFor(db, centreId, personId)) return;
  await db.transaction().execute(async (trx) => {
    const file = await ctx.files.put(trx, signedForm, { maxBytes: 1024 * 1024, allowedTypes: ['application/pdf'] });
    const validUntil = new Date(Date.now() + 8 * 3600_000 + 365 * 86400_000).toISOString().slice(0, 10);
    const row = await store.insertAuthorisation(trx, {
      agent_id: agentId,
      centre_id: centreId,
      person_id: personId,
      all_items: true,
      item_codes: JSON.stringify([]),
      valid_until: validUntil,
      form_file_sha256: file.sha256,
    });
    await ctx.audit.record(trx, null, systemMeta, {
      action: 'agent.authorise',
      entityType: 'agent_authorisation',
      entityId: row.id,
      onBehalfOf: personId,
    });
  });
}
