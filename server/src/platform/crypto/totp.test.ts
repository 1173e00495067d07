import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import { sm3Hex } from './sm3.js';
import { generateRecoveryCodes, hashRecoveryCode, matchTotpStep, newTotpSecret, totpUri, verifyTotp } from './totp.js';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = OTPAuth.Secret.fromLatin1('12345678901234567890').base32;
const RFC_SHA1: [seconds: number, eightDigits: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP (RFC 6238)', () => {
  it('[R-OPS-2] the RFC seed is the well-known base32 secret', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('[R-OPS-2] otpauth reproduces the RFC 6238 appendix B SHA-1 vectors (8 digits)', () => {
    for (const [seconds, code] of RFC_SHA1) {
      const totp = new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 8, period: 30, secret: RFC_SECRET });
      expect(totp.generate({ timestamp: seconds * 1000 })).toBe(code);
    }
  });

  it('[R-OPS-2] accepts the 6-digit form of each RFC vector (its last six digits) at that time', () => {
    for (const [seconds, code] of RFC_SHA1) {
      const six = code.slice(-6);
      expect(verifyTotp(RFC_SECRET, six, at(seconds))).toBe(true);
      expect(matchTotpStep(RFC_SECRET, six, at(seconds))).toBe(Math.floor(seconds / 30));
    }
    expect(verifyTotp(RFC_SECRET, '287082', at(59))).toBe(true);
    expect(verifyTotp(RFC_SECRET, '287 082', at(59))).toBe(true);
    expect(verifyTotp(RFC_SECRET, '94287082', at(59))).toBe(false);
    expect(verifyTotp(RFC_SECRET, '287083', at(59))).toBe(false);
  });

  it('[R-OPS-2] tolerates one 30-second step of clock drift either way, not two', () => {
    // 287082 belongs to step 1 (30–59 s).
    expect(verifyTotp(RFC_SECRET, '287082', at(30))).toBe(true);
    expect(verifyTotp(RFC_SECRET, '287082', at(89))).toBe(true);
    expect(matchTotpStep(RFC_SECRET, '287082', at(89))).toBe(1);
    expect(verifyTotp(RFC_SECRET, '287082', at(0))).toBe(true);
    expect(verifyTotp(RFC_SECRET, '287082', at(90))).toBe(false);
    // 14050471 is at 1111111111 s, step 37037037; two steps away either side is refused.
    expect(verifyTotp(RFC_SECRET, '050471', at(1111111111 + 30))).toBe(true);
    expect(verifyTotp(RFC_SECRET, '050471', at(1111111111 + 60))).toBe(false);
    expect(verifyTotp(RFC_SECRET, '050471', at(1111111111 - 60))).toBe(false);
  });

  it('[R-OPS-2] refuses malformed codes and secrets without throwing', () => {
    for (const code of ['', '28708', '2870822', 'abcdef', '28708a', '-287082', '２８７０８２']) {
      expect(verifyTotp(RFC_SECRET, code, at(59))).toBe(false);
    }
    expect(verifyTotp('not base32 !!', '287082', at(59))).toBe(false);
  });

  it('[R-OPS-2] new secrets are 160-bit base32 and work end to end with the provisioning URI', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, 'zhangsan');
    const parsed = OTPAuth.URI.parse(uri);
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
    expect(parsed.issuer).toBe('通办 Tongban');
    expect(parsed.label).toBe('zhangsan');
    expect(uri).toContain('algorithm=SHA1');
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');
    const now = new Date();
    expect(verifyTotp(secret, parsed.generate({ timestamp: now.getTime() }), now)).toBe(true);
    expect(OTPAuth.URI.parse(totpUri(secret, 'lisi', 'Test Issuer')).issuer).toBe('Test Issuer');
  });
});

describe('recovery codes', () => {
  it('[R-OPS-2] ten distinct, human-friendly codes without look-alike characters', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    expect(generateRecoveryCodes(3)).toHaveLength(3);
  });

  it('[R-OPS-2] are stored as SM3 hashes of the issued form, matching however the user types them', () => {
    const hashed = hashRecoveryCode('k7mq-x3dz');
    expect(hashed).toBe(sm3Hex('k7mq-x3dz'));
    expect(hashed).not.toContain('k7mq');
    for (const typed of ['K7MQ-X3DZ', ' k7mq-x3dz ', 'k7mqx3dz', 'k7mq x3dz', 'K7MQ - X3DZ']) {
      expect(hashRecoveryCode(typed)).toBe(hashed);
    }
    expect(hashRecoveryCode('k7mq-x3dy')).not.toBe(hashed);
  });
});
