import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { needsSecondFactor } from '../../platform/auth/permissions.js';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from '../../platform/crypto/password-hash.js';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  matchTotpStep,
  newTotpSecret,
  totpUri,
} from '../../platform/crypto/totp.js';
import { DomainError } from '../../platform/errors.js';
import { staffPasswordProblems } from './model/password-policy.js';
import { sessionPolicy } from './model/session-policy.js';
import { type NewSession, openSession } from './session-service.js';
import * as store from './store.js';

export type StaffLogin = {
  username: string;
  password: string;
  totpCode?: string | undefined;
  recoveryCode?: string | undefined;
};

async function loginFailed(ctx: AppContext, meta: RequestMeta, account: string, reason: string): Promise<never> {
  // The trail keeps the reason; the caller gets one message whatever it was (no enumeration).
  await ctx.audit.recordStandalone(ctx.database.db, null, meta, {
    action: 'auth.login',
    outcome: 'failure',
    actorName: account,
    after: { reason },
  });
  throw new DomainError('auth.invalid_credentials');
}

async function countFailure(ctx: AppContext, meta: RequestMeta, staff: store.StaffRow): Promise<void> {
  const res = await store.recordStaffFailure(
    ctx.database.db,
    staff.id,
    sessionPolicy.maxFailures,
    sessionPolicy.lockMinutes,
  );
  const row = res.rows[0];
  if (row && row.failed_logins === sessionPolicy.maxFailures) {
    await ctx.audit.recordStandalone(ctx.database.db, null, meta, {
      action: 'auth.lockout',
      outcome: 'failure',
      actorName: staff.username,
      entityType: 'staff',
      entityId: staff.id,
      after: { lockedUntil: row.locked_until },
    });
  }
}

function checkSecondFactor(
  ctx: AppContext,
  staff: store.StaffRow,
  input: StaffLogin,
): 'missing' | 'wrong' | { totpStep: number } | { usedRecovery: string[] } {
  if (input.totpCode) {
    const step = staff.totp_secret_enc
      ? matchTotpStep(ctx.cipher.decrypt(staff.totp_secret_enc), input.totpCode)
      : null;
    // A code is good once: a step at or before the last one accepted is a replay.
    return step !== null && (staff.totp_last_step === null || step > staff.totp_last_step)
      ? { totpStep: step }
      : 'wrong';
  }
  if (input.recoveryCode) {
    const hashed = hashRecoveryCode(input.recoveryCode);
    const remaining = staff.recovery_code_hashes.filter((h) => h !== hashed);
    return remaining.length < staff.recovery_code_hashes.length ? { usedRecovery: remaining } : 'wrong';
  }
  return 'missing';
}

export async function loginStaff(ctx: AppContext, meta: RequestMeta, input: StaffLogin) {
  const db = ctx.database.db;
  const staff = await store.findStaffByUsername(db, input.username);
  const passwordOk = await verifyPasswordOrDummy(staff?.password_hash ?? null, input.password);
  if (!staff) return loginFailed(ctx, meta, input.username, 'unknown_account');
  if (staff.locked_until && staff.locked_until.getTime() > Date.now())
    return loginFailed(ctx, meta, staff.username, 'locked');
  if (!passwordOk) {
    await countFailure(ctx, meta, staff);
    return loginFailed(ctx, meta, staff.username, 'wrong_password');
  }
  if (!staff.active) return loginFailed(ctx, meta, staff.username, 'inactive');
  const roles = await store.listRoles(db, staff.id);
  if (roles.length === 0) return loginFailed(ctx, meta, staff.username, 'no_roles');

  const needs2fa = needsSecondFactor(roles.map((r) => r.role));
  let mfaPassed = !needs2fa;
  let recoveryLeft: string[] | undefined;
  let totpStep: number | undefined;
  if (needs2fa && staff.totp_enabled) {
    const factor = checkSecondFactor(ctx, staff, input);
    if (factor === 'missing') throw new DomainError('auth.mfa_required');
    if (factor === 'wrong') {
      await countFailure(ctx, meta, staff);
      await ctx.audit.recordStandalone(db, null, meta, {
        action: 'auth.mfa',
        outcome: 'failure',
        actorName: staff.username,
      });
      throw new DomainError('auth.mfa_invalid');
    }
    if ('usedRecovery' in factor) recoveryLeft = factor.usedRecovery;
    else totpStep = factor.totpStep;
    mfaPassed = true;
  }

  return db.transaction().execute(async (trx) => {
    await store.updateStaff(trx, staff.id, {
      failed_logins: 0,
      locked_until: null,
      ...(recoveryLeft ? { recovery_code_hashes: JSON.stringify(recoveryLeft) } : {}),
      ...(totpStep !== undefined ? { totp_last_step: totpStep } : {}),
    });
    const session = await openSession(trx, meta, {
      type: 'staff',
      id: staff.id,
      actingRoleId: roles.length === 1 ? roles[0]!.id : null,
      mfaPassed,
    });
    const actor: Actor = {
      kind: 'staff',
      sessionId: session.sessionId,
      staffId: staff.id,
      name: staff.display_name,
      acting: null,
      mfaPassed,
      passwordExpired: false,
    };
    await ctx.audit.record(trx, actor, meta, {
      action: 'auth.login',
      entityType: 'staff',
      entityId: staff.id,
      after: {
        mfa: mfaPassed ? (needs2fa ? (recoveryLeft ? 'recovery_code' : 'totp') : 'not_required') : 'enrolment_required',
      },
    });
    return session;
  });
}

export async function loginPerson(
  ctx: AppContext,
  meta: RequestMeta,
  input: { account: string; password: string },
): Promise<NewSession> {
  const db = ctx.database.db;
  const person = await store.findPersonByLogin(db, ctx.cipher.blindIndex(input.account));
  const passwordOk = await verifyPasswordOrDummy(person?.password_hash ?? null, input.password);
  const masked = input.account.length > 4 ? `${input.account.slice(0, 3)}…${input.account.slice(-2)}` : '…';
  if (!person) return loginFailed(ctx, meta, masked, 'unknown_account');
  if (person.locked_until && person.locked_until.getTime() > Date.now())
    return loginFailed(ctx, meta, masked, 'locked');
  if (!passwordOk) {
    await store.recordPersonFailure(db, person.id, sessionPolicy.maxFailures, sessionPolicy.lockMinutes);
    return loginFailed(ctx, meta, masked, 'wrong_password');
  }
  return db.transaction().execute(async (trx) => {
    await store.updatePerson(trx, person.id, { failed_logins: 0, locked_until: null });
    const session = await openSession(trx, meta, { type: 'person', id: person.id, mfaPassed: true });
    await ctx.audit.record(
      trx,
      { kind: 'person', sessionId: session.sessionId, personId: person.id, name: person.name, enterpriseId: null },
      meta,
      { action: 'auth.login', entityType: 'person', entityId: person.id },
    );
    return session;
  });
}

/** First step of TOTP enrolment: a new secret, kept encrypted until the first code confirms it. */
export async function startTotpEnrolment(ctx: AppContext, actor: Actor | null, meta: RequestMeta) {
  if (actor?.kind !== 'staff') throw new DomainError('auth.required');
  const staff = await store.findStaff(ctx.database.db, actor.staffId);
  if (!staff) throw new DomainError('auth.required');
  // Replacing an active second factor needs the security administrator, not a live session.
  if (staff.totp_enabled) throw new DomainError('auth.forbidden');
  const secret = newTotpSecret();
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateStaff(trx, staff.id, { totp_secret_enc: ctx.cipher.encrypt(secret) });
    await ctx.audit.record(trx, actor, meta, { action: 'auth.totp_setup', entityType: 'staff', entityId: staff.id });
  });
  return { secret, uri: totpUri(secret, staff.username) };
}

export async function confirmTotpEnrolment(ctx: AppContext, actor: Actor | null, meta: RequestMeta, code: string) {
  if (actor?.kind !== 'staff') throw new DomainError('auth.required');
  const staff = await store.findStaff(ctx.database.db, actor.staffId);
  if (!staff?.totp_secret_enc || staff.totp_enabled) throw new DomainError('auth.forbidden');
  const step = matchTotpStep(ctx.cipher.decrypt(staff.totp_secret_enc), code);
  if (step === null) {
    await ctx.audit.recordStandalone(ctx.database.db, actor, meta, { action: 'auth.totp_confirm', outcome: 'failure' });
    throw new DomainError('auth.mfa_invalid');
  }
  const codes = generateRecoveryCodes(10);
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateStaff(trx, staff.id, {
      totp_enabled: true,
      totp_last_step: step,
      recovery_code_hashes: JSON.stringify(codes.map(hashRecoveryCode)),
    });
    await store.updateSession(trx, actor.sessionId, { mfa_passed: true });
    await ctx.audit.record(trx, actor, meta, { action: 'auth.totp_confirm', entityType: 'staff', entityId: staff.id });
  });
  return { recoveryCodes: codes };
}

export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  input: { currentPassword: string; newPassword: string },
) {
  if (actor?.kind !== 'staff') throw new DomainError('auth.required');
  const staff = await store.findStaff(ctx.database.db, actor.staffId);
  if (!staff) throw new DomainError('auth.required');
  if (!(await verifyPassword(staff.password_hash, input.currentPassword))) {
    await ctx.audit.recordStandalone(ctx.database.db, actor, meta, {
      action: 'auth.password_change',
      outcome: 'failure',
    });
    throw new DomainError('identity.wrong_password');
  }
  const problems = staffPasswordProblems(input.newPassword, staff.username);
  if (problems.length > 0 || input.newPassword === input.currentPassword) {
    throw new DomainError('identity.weak_password', {
      field: 'newPassword',
      rules: problems.length ? problems : ['reused'],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await ctx.database.db.transaction().execute(async (trx) => {
    await store.updateStaff(trx, staff.id, {
      password_hash: hash,
      password_changed_at: new Date(),
      must_change_password: false,
    });
    await ctx.audit.record(trx, actor, meta, {
      action: 'auth.password_change',
      entityType: 'staff',
      entityId: staff.id,
    });
  });
}
