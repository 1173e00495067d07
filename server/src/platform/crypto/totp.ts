import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { sm3Hex } from './sm3.js';

const ISSUER = '通办 Tongban';

function totpFor(secretBase32: string, account = 'staff'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret, base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, account: string): string {
  return totpFor(secretBase32, account).toString();
}

/** RFC 6238 with a ±1 step window for clock drift. */
export function verifyTotp(secretBase32: string, code: string, at: Date = new Date()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}

// No 0/O or 1/l/I, so codes read aloud or copied from paper are not mistaken.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateRecoveryCodes(n = 10): string[] {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: n }, () => `${part()}-${part()}`);
}

export function hashRecoveryCode(code: string): string {
  return sm3Hex(code.trim().toLowerCase());
}
