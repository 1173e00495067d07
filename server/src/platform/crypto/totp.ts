import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { sm3Hex } from './sm3.js';

/**
 * RFC 6238 TOTP with the parameters every authenticator app supports by default (HMAC-SHA1,
 * 6 digits, 30-second steps). SHA-1 is fine here: HOTP relies on HMAC's PRF property, which
 * SHA-1's collision weakness does not affect, and SM3 or SHA-256 would break common apps.
 */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side tolerates phone clocks up to ~30 s off without widening the guess window much.
const WINDOW = 1;

export const TOTP_DEFAULT_ISSUER = '通办 Tongban';

function totpFor(secretBase32: string, account: string, issuer: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label: account,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** `otpauth://totp/…` for the enrolment QR code. */
export function totpUri(secretBase32: string, account: string, issuer: string = TOTP_DEFAULT_ISSUER): string {
  return totpFor(secretBase32, account, issuer).toString();
}

/**
 * The time step (Unix seconds / 30) the code belongs to, or null if it matches none within ±1 step.
 * Store the last accepted step per account and refuse steps not greater than it: otherwise a code
 * seen over someone's shoulder can be replayed for up to 90 seconds.
 */
export function matchTotpStep(secretBase32: string, code: string, at: Date = new Date()): number | null {
  // People copy codes as "287 082"; spaces carry no meaning.
  const token = code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return null;
  let secret: OTPAuth.Secret;
  try {
    secret = OTPAuth.Secret.fromBase32(secretBase32);
  } catch {
    return null;
  }
  const delta = OTPAuth.TOTP.validate({
    token,
    secret,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: at.getTime(),
    window: WINDOW,
  });
  return delta === null ? null : Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** RFC 6238 check with a ±1 step window for clock drift. Prefer matchTotpStep where replay matters. */
export function verifyTotp(secretBase32: string, code: string, at: Date = new Date()): boolean {
  return matchTotpStep(secretBase32, code, at) !== null;
}

// No 0/o, 1/l/i: codes are read off paper and typed on phones, so nothing may be mistaken.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_GROUP = 4;

/** Single-use codes like `k7mq-x3dz`; show them once, store only `hashRecoveryCode` of each. */
export function generateRecoveryCodes(n = 10): string[] {
  const group = () =>
    Array.from({ length: RECOVERY_GROUP }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: n }, () => `${group()}-${group()}`);
}

/**
 * SM3 of the canonical form (lower case, hyphen after the fourth character), so "K7MQ X3DZ",
 * "k7mqx3dz" and "k7mq-x3dz" all match the stored hash of the code as it was issued.
 */
export function hashRecoveryCode(code: string): string {
  const compact = code.replace(/[\s-]+/g, '').toLowerCase();
  const canonical =
    compact.length === 2 * RECOVERY_GROUP
      ? `${compact.slice(0, RECOVERY_GROUP)}-${compact.slice(RECOVERY_GROUP)}`
      : compact;
  return sm3Hex(canonical);
}
