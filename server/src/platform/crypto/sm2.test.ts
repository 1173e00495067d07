import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, SM2_DEFAULT_USER_ID, sm2PublicKeyFromPrivate, sm2Sign, sm2Verify } from './sm2.js';

/**
 * GM/T 0003.5-2012 appendix A.2 (the part later adopted as GB/T 32918.5): signature example on the recommended curve,
 * user id '1234567812345678', message "message digest"; widely reused in other SM2 libraries' tests.
 */
const STANDARD = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey:
    '04' +
    '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
    'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  e: 'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const hex64 = (v: bigint) => v.toString(16).padStart(64, '0');

describe('SM2 signatures (GB/T 32918.2)', () => {
  it('[R-NEW-2] known answer: the standard example key pair, digest and signature', () => {
    expect(sm2PublicKeyFromPrivate(STANDARD.d)).toBe(STANDARD.publicKey);
    expect(sm2.getHash(new TextEncoder().encode(STANDARD.message), STANDARD.publicKey, SM2_DEFAULT_USER_ID)).toBe(
      STANDARD.e,
    );
    const signature = STANDARD.r + STANDARD.s;
    expect(sm2Verify(STANDARD.publicKey, STANDARD.message, signature)).toBe(true);
    expect(sm2Verify(STANDARD.publicKey, new TextEncoder().encode(STANDARD.message), signature.toUpperCase())).toBe(
      true,
    );
    expect(sm2Verify(STANDARD.publicKey, 'message digesT', signature)).toBe(false);
  });

  it('[R-NEW-2] known answer: the library reproduces the standard r and s from the standard k', () => {
    // sm2Sign always draws a fresh k; the library's point pool lets the test fix k to the standard's.
    const kG = sm2.getPublicKeyFromPrivateKey(STANDARD.k);
    const x1 = BigInt(`0x${kG.slice(2, 66)}`);
    const signature = sm2.doSignature(STANDARD.message, STANDARD.d, {
      hash: true,
      userId: SM2_DEFAULT_USER_ID,
      pointPool: [{ k: BigInt(`0x${STANDARD.k}`), x1 }],
    });
    expect(signature).toBe(STANDARD.r + STANDARD.s);
  });

  it('[R-NEW-2] sign and verify round trip, strings as UTF-8 and bytes alike', () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    expect(privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(sm2PublicKeyFromPrivate(privateKey)).toBe(publicKey);
    const message = '准予行政许可决定书 No. 2026-0001';
    const signature = sm2Sign(privateKey, message);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(sm2Verify(publicKey, message, signature)).toBe(true);
    expect(sm2Verify(publicKey, new TextEncoder().encode(message), signature)).toBe(true);
    expect(sm2Verify(sm2.compressPublicKeyHex(publicKey), message, signature)).toBe(true);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(sm2Verify(publicKey, bytes, sm2Sign(privateKey, bytes))).toBe(true);
    // A fresh k each time: equal messages give different signatures, both valid.
    const again = sm2Sign(privateKey, message);
    expect(again).not.toBe(signature);
    expect(sm2Verify(publicKey, message, again)).toBe(true);
  });

  it('[R-NEW-2] a tampered message or signature fails', () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    const signature = sm2Sign(privateKey, '金额 100 元');
    expect(sm2Verify(publicKey, '金额 900 元', signature)).toBe(false);
    expect(sm2Verify(publicKey, '金额 100 元 ', signature)).toBe(false);
    const flipped = (signature.slice(0, 127) + (signature.at(-1) === '0' ? '1' : '0')).toLowerCase();
    expect(sm2Verify(publicKey, '金额 100 元', flipped)).toBe(false);
    const swapped = signature.slice(64) + signature.slice(0, 64);
    expect(sm2Verify(publicKey, '金额 100 元', swapped)).toBe(false);
  });

  it('[R-NEW-2] a signature does not verify under another key or another user id', () => {
    const alice = generateSm2KeyPair();
    const mallory = generateSm2KeyPair();
    const signature = sm2Sign(alice.privateKey, 'decision');
    expect(sm2Verify(mallory.publicKey, 'decision', signature)).toBe(false);
    expect(sm2Verify(alice.publicKey, 'decision', signature, { userId: 'ALICE123@YAHOO.COM' })).toBe(false);
    const withId = sm2Sign(alice.privateKey, 'decision', { userId: 'ALICE123@YAHOO.COM' });
    expect(sm2Verify(alice.publicKey, 'decision', withId, { userId: 'ALICE123@YAHOO.COM' })).toBe(true);
    expect(sm2Verify(alice.publicKey, 'decision', withId)).toBe(false);
  });

  it('[R-NEW-2] malformed keys and out-of-range r or s are simply invalid, never an exception', () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    const signature = sm2Sign(privateKey, 'm');
    const r = BigInt(`0x${signature.slice(0, 64)}`);
    const s = BigInt(`0x${signature.slice(64)}`);
    for (const bad of [
      '',
      signature.slice(2),
      `${signature}00`,
      `3046${signature}`,
      hex64(0n) + hex64(s),
      hex64(r) + hex64(0n),
      hex64(N) + hex64(s),
      hex64(r) + hex64(N),
      hex64(r + N < 1n << 256n ? r + N : N) + hex64(s),
      'z'.repeat(128),
    ]) {
      expect(sm2Verify(publicKey, 'm', bad)).toBe(false);
    }
    for (const badKey of [
      '',
      publicKey.slice(2),
      `05${publicKey.slice(2)}`,
      `04${'11'.repeat(64)}`,
      `04${'00'.repeat(64)}`,
    ]) {
      expect(sm2Verify(badKey, 'm', signature)).toBe(false);
    }
  });

  it('[R-NEW-2] refuses private keys outside 1 ≤ d ≤ n − 2', () => {
    for (const bad of [hex64(0n), hex64(N - 1n), hex64(N), 'f'.repeat(64), 'abc', `${STANDARD.d}00`, 'g'.repeat(64)]) {
      expect(() => sm2Sign(bad, 'm')).toThrow(RangeError);
    }
    const edge = hex64(N - 2n);
    expect(sm2Verify(sm2PublicKeyFromPrivate(edge), 'm', sm2Sign(edge, 'm'))).toBe(true);
    expect(sm2Verify(sm2PublicKeyFromPrivate(hex64(1n)), 'm', sm2Sign(hex64(1n), 'm'))).toBe(true);
  });
});

describe('SM2 cross-checked against an independent implementation', () => {
  it('[R-NEW-2] signatures made by the library verify under a from-the-standard verifier; tampered ones do not', async () => {
    const { referenceSm2Verify } = await import('./sm2-reference.test-support.js');
    expect(referenceSm2Verify(STANDARD.publicKey, Buffer.from(STANDARD.message), STANDARD.r + STANDARD.s)).toBe(true);
    for (let i = 0; i < 5; i += 1) {
      const { privateKey, publicKey } = generateSm2KeyPair();
      const message = `舟审受〔2026〕000${i}号 ${'a'.repeat(i * 7)}`;
      const signature = sm2Sign(privateKey, message);
      expect(referenceSm2Verify(publicKey, Buffer.from(message, 'utf8'), signature)).toBe(true);
      expect(referenceSm2Verify(publicKey, Buffer.from(`${message}.`, 'utf8'), signature)).toBe(false);
    }
  });
});
