import { randomBytes, randomInt } from 'node:crypto';
import { sm3 as referenceSm3 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { hmacSm3, hmacSm3Hex, sm3Hex } from './sm3.js';

/** RFC 2104 written out over sm-crypto-v2's SM3, so HMAC is checked against a second SM3 and a second HMAC. */
function referenceHmac(key: Uint8Array, data: Uint8Array): string {
  const block = 64;
  const k0 = new Uint8Array(block);
  k0.set(key.length > block ? Buffer.from(referenceSm3(key), 'hex') : key);
  const pad = (byte: number) => k0.map((b) => b ^ byte);
  const inner = Buffer.from(referenceSm3(Buffer.concat([pad(0x36), data])), 'hex');
  return referenceSm3(Buffer.concat([pad(0x5c), inner]));
}

function randomUnicode(length: number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x4e00, 0x9fff],
    [0x1f600, 0x1f64f],
  ];
  return Array.from({ length }, () => {
    const [lo, hi] = ranges[randomInt(ranges.length)]!;
    return String.fromCodePoint(randomInt(lo, hi + 1));
  }).join('');
}

describe('SM3 (GB/T 32905)', () => {
  it('[R-NEW-6] matches the standard example "abc"', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('[R-NEW-6] matches the standard 64-byte example "abcd" × 16', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('[R-NEW-6] hashes strings as UTF-8, the same as their bytes', () => {
    expect(sm3Hex('通办')).toBe(sm3Hex(Buffer.from('通办', 'utf8')));
    expect(sm3Hex('')).toBe(referenceSm3(new Uint8Array(0)));
  });

  it('[R-NEW-6] agrees with sm-crypto-v2 on random inputs of every length around the block boundaries', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4096]) {
      const bytes = randomBytes(length);
      expect(sm3Hex(bytes)).toBe(referenceSm3(bytes));
    }
    for (let i = 0; i < 50; i++) {
      const text = randomUnicode(randomInt(0, 200));
      expect(sm3Hex(text)).toBe(referenceSm3(text));
    }
  });
});

describe('HMAC-SM3', () => {
  it('[R-NEW-6] agrees with sm-crypto-v2 and a hand-written RFC 2104 HMAC, including keys longer than a block', () => {
    for (const keyLength of [1, 16, 32, 63, 64, 65, 100]) {
      const key = randomBytes(keyLength);
      const data = randomBytes(randomInt(0, 300));
      const expected = referenceHmac(key, data);
      expect(hmacSm3Hex(key, data)).toBe(expected);
      expect(referenceSm3(data, { key })).toBe(expected);
    }
  });

  it('[R-NEW-6] uses a string key as its UTF-8 bytes', () => {
    expect(hmacSm3Hex('key', 'abc')).toBe(referenceHmac(Buffer.from('key'), Buffer.from('abc')));
  });

  it('[R-NEW-6] returns the same MAC raw and as hex', () => {
    const key = randomBytes(32);
    expect(hmacSm3(key, 'x').toString('hex')).toBe(hmacSm3Hex(key, 'x'));
    expect(hmacSm3(key, 'x')).toHaveLength(32);
  });
});
