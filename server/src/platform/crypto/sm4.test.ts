import { createCipheriv, randomBytes, randomInt } from 'node:crypto';
import { sm3 as referenceSm3, sm4 as referenceSm4 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, FieldCipherError, type FieldCipherErrorCode, sm4Ctr } from './sm4.js';

const GBT_KEY = '0123456789abcdeffedcba9876543210';
const MASTER = '000102030405060708090a0b0c0d0e0f';

function sm4EcbBlock(keyHex: string, block: Uint8Array): Buffer {
  const c = createCipheriv('sm4-ecb', Buffer.from(keyHex, 'hex'), null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(block), c.final()]);
}

/** CTR built by hand from sm-crypto-v2's block cipher: an independent check of Node's counter handling. */
function referenceCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  const out = Buffer.alloc(data.length);
  let counter = BigInt(`0x${Buffer.from(iv).toString('hex')}`);
  for (let offset = 0; offset < data.length; offset += 16) {
    const block = Buffer.from(counter.toString(16).padStart(32, '0'), 'hex');
    const stream = referenceSm4.encrypt(block, key, { padding: 'none', output: 'array' });
    for (let i = 0; i < 16 && offset + i < data.length; i++) out[offset + i] = data[offset + i]! ^ stream[i]!;
    counter = (counter + 1n) % (1n << 128n);
  }
  return out;
}

function expectCipherError(fn: () => unknown, code: FieldCipherErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(FieldCipherError);
  expect((caught as FieldCipherError).code).toBe(code);
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

describe('SM4 block cipher (GB/T 32907)', () => {
  it('[R-NEW-6] encrypts the standard example block, as Node and sm-crypto-v2 both agree', () => {
    const plain = Buffer.from(GBT_KEY, 'hex');
    expect(sm4EcbBlock(GBT_KEY, plain).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
    expect(referenceSm4.encrypt(plain, GBT_KEY, { padding: 'none' })).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('[R-NEW-6] matches the standard example of 1,000,000 chained encryptions', () => {
    const c = createCipheriv('sm4-ecb', Buffer.from(GBT_KEY, 'hex'), null);
    c.setAutoPadding(false);
    let block = Buffer.from(GBT_KEY, 'hex');
    for (let i = 0; i < 1_000_000; i++) block = c.update(block);
    expect(block.toString('hex')).toBe('595298c7c6fd271f0402f804c33d3f66');
  });

  it('[R-NEW-6] SM4-CTR agrees with a counter mode built on sm-crypto-v2, including a counter that wraps', () => {
    for (let i = 0; i < 20; i++) {
      const key = randomBytes(16);
      const iv = randomBytes(16);
      const data = randomBytes(randomInt(0, 200));
      expect(sm4Ctr(key, iv, data).equals(referenceCtr(key, iv, data))).toBe(true);
    }
    const key = randomBytes(16);
    const nearWrap = Buffer.from('fffffffffffffffffffffffffffffffe', 'hex');
    const data = randomBytes(64);
    expect(sm4Ctr(key, nearWrap, data).equals(referenceCtr(key, nearWrap, data))).toBe(true);
    expect(sm4Ctr(key, nearWrap, sm4Ctr(key, nearWrap, data)).equals(data)).toBe(true);
  });
});

describe('field cipher (SM4-CTR + HMAC-SM3)', () => {
  const cipher = createFieldCipher(MASTER);

  it('[R-NEW-6] round-trips personal data, including Chinese text and the empty string', () => {
    for (const value of ['330902199001011238', '13812345678', '张三', '', '舟山市定海区 · 🏛️', 'x'.repeat(5000)]) {
      expect(cipher.decrypt(cipher.encrypt(value))).toBe(value);
    }
  });

  it('[R-NEW-6] produces v1.<iv>.<ct>.<tag> with a fresh IV each time, so equal values do not look equal', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(a).not.toContain('13812345678');
  });

  it('[R-NEW-6] still decrypts a token stored by the first release (the stored format is stable)', () => {
    const stored = 'v1.-UrRB_UOz-xlhS22oa0Y4g.5MURmTeAPlavOuKuAMA8se-O.P_azDA6Qs0WtI-2zi0fpQjCttyhSUZgMjkY3Dthof3g';
    expect(cipher.decrypt(stored)).toBe('330902199001011238');
    expect(cipher.decrypt('v1.6ocnw325u1pWE3bNY3Tafg..QEH2P0IKzV8_jzhEjHszQp25gGpIW1L8XbRYnbi317Q')).toBe('');
  });

  it('[R-NEW-6] the token is exactly the documented construction, re-derived with sm-crypto-v2 alone', () => {
    const master = Buffer.from(MASTER, 'hex');
    const derive = (label: string) =>
      Buffer.from(referenceSm3(Buffer.from(`tongban/${label}`), { key: master }), 'hex');
    const encKey = derive('enc').subarray(0, 16);
    const token = cipher.encrypt('浙江省舟山市');
    const [version, ivText, ctText, tagText] = token.split('.') as [string, string, string, string];
    const iv = Buffer.from(ivText, 'base64url');
    const ct = Buffer.from(ctText, 'base64url');
    const tag = referenceSm3(Buffer.concat([Buffer.from(version), iv, ct]), { key: derive('mac') });
    expect(Buffer.from(tagText, 'base64url').toString('hex')).toBe(tag);
    expect(referenceCtr(encKey, iv, ct).toString('utf8')).toBe('浙江省舟山市');
  });

  it('[R-NEW-6] refuses a token whose IV, ciphertext, tag or version was altered', () => {
    const token = cipher.encrypt('330902199001011238');
    const [, ivText, ctText, tagText] = token.split('.') as [string, string, string, string];
    const flip = (text: string, at: number) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[at] = bytes[at]! ^ 0x01;
      return b64(bytes);
    };
    expectCipherError(() => cipher.decrypt(`v1.${flip(ivText, 0)}.${ctText}.${tagText}`), 'tampered');
    expectCipherError(() => cipher.decrypt(`v1.${ivText}.${flip(ctText, 5)}.${tagText}`), 'tampered');
    expectCipherError(() => cipher.decrypt(`v1.${ivText}.${flip(ctText, 17)}.${tagText}`), 'tampered');
    expectCipherError(() => cipher.decrypt(`v1.${ivText}.${ctText}.${flip(tagText, 31)}`), 'tampered');
    // Truncating or extending the ciphertext is caught too (CTR alone would happily decrypt a prefix).
    const ct = Buffer.from(ctText, 'base64url');
    expectCipherError(() => cipher.decrypt(`v1.${ivText}.${b64(ct.subarray(0, 10))}.${tagText}`), 'tampered');
    expectCipherError(
      () => cipher.decrypt(`v1.${ivText}.${b64(Buffer.concat([ct, Buffer.from([0])]))}.${tagText}`),
      'tampered',
    );
    expectCipherError(() => cipher.decrypt(`v2.${ivText}.${ctText}.${tagText}`), 'malformed');
  });

  it('[R-NEW-6] refuses a token made under another master key, and tokens swapped between fields stay readable only as what they were', () => {
    const other = createFieldCipher('f'.repeat(64));
    expectCipherError(() => cipher.decrypt(other.encrypt('13812345678')), 'tampered');
  });

  it('[R-NEW-6] refuses malformed tokens with a typed error and no partial output', () => {
    const token = cipher.encrypt('13812345678');
    const [, ivText, ctText, tagText] = token.split('.') as [string, string, string, string];
    for (const bad of [
      '',
      'v1',
      '13812345678',
      `v1.${ivText}.${ctText}`,
      `v1.${ivText}.${ctText}.${tagText}.extra`,
      `v1.${ivText}.${ctText}.${tagText.slice(0, -1)}`,
      `v1.${ivText.slice(1)}.${ctText}.${tagText}`,
      `v1.${ivText}.${ctText}=.${tagText}`,
      `v1.${ivText}.${ctText}.${tagText}=`,
      ` ${token}`,
    ]) {
      expectCipherError(() => cipher.decrypt(bad), 'malformed');
    }
  });

  it('[R-NEW-6] refuses non-canonical base64url that would decode to the same bytes', () => {
    const token = cipher.encrypt('13812345678');
    const [, ivText, ctText, tagText] = token.split('.') as [string, string, string, string];
    // 16 bytes use 22 characters with 4 spare bits; setting them decodes identically in Node.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(ivText.at(-1)!);
    const sloppyIv = ivText.slice(0, -1) + alphabet[last | 0x01];
    expect(Buffer.from(sloppyIv, 'base64url').equals(Buffer.from(ivText, 'base64url'))).toBe(true);
    expectCipherError(() => cipher.decrypt(`v1.${sloppyIv}.${ctText}.${tagText}`), 'malformed');
  });

  it('[R-NEW-6] blind index: equal after trimming, case and full-width folding; keyed and distinct from the other keys', () => {
    const index = cipher.blindIndex('330902199001011238');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.blindIndex(' 330902199001011238 ')).toBe(index);
    expect(cipher.blindIndex('11010519491231002x')).toBe(cipher.blindIndex('11010519491231002X'));
    expect(cipher.blindIndex('１１０１０５１９４９１２３１００２Ｘ')).toBe(cipher.blindIndex('11010519491231002X'));
    expect(cipher.blindIndex('330902199001011239')).not.toBe(index);
    expect(createFieldCipher('f'.repeat(64)).blindIndex('330902199001011238')).not.toBe(index);
    // Known answer for the stable stored format (also what the first release stored).
    expect(index).toBe('331953da0778c85a362695a6aaa063df2024a11919f77f830b91800c233a5cc3');
    // Not a plain hash of the value, nor keyed with the master key itself.
    expect(index).not.toBe(referenceSm3('330902199001011238'));
    expect(index).not.toBe(referenceSm3('330902199001011238', { key: Buffer.from(MASTER, 'hex') }));
  });

  it('[R-NEW-6] accepts 128-bit and longer master keys in either case, and rejects others with a clear message', () => {
    expect(() => createFieldCipher(MASTER.toUpperCase())).not.toThrow();
    expect(createFieldCipher(MASTER.toUpperCase()).decrypt(cipher.encrypt('a'))).toBe('a');
    expect(() => createFieldCipher('ab'.repeat(32))).not.toThrow();
    for (const bad of ['', 'ab'.repeat(15), `${MASTER}a`, `${MASTER.slice(0, 31)}g`, 'z'.repeat(32), ` ${MASTER}`]) {
      expectCipherError(() => createFieldCipher(bad), 'invalid_key');
    }
    expect(() => createFieldCipher('abc')).toThrow(
      /at least 32\) of hexadecimal characters — 128 bits or more; got 3 characters/,
    );
    expect(() => createFieldCipher('secret-secret-secret-secret-1234')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') as unknown }),
    );
  });
});
