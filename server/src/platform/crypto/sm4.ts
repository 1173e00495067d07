import { createCipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { hmacSm3 } from './sm3.js';

export type FieldCipherErrorCode = 'invalid_key' | 'malformed' | 'tampered';

/**
 * Not a DomainError: a bad key is a deployment fault and a token that fails to authenticate means
 * the database was altered or corrupted — neither is a user's mistake to be shown a message for.
 */
export class FieldCipherError extends Error {
  override name = 'FieldCipherError';

  constructor(
    readonly code: FieldCipherErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type FieldCipher = {
  /** `v1.<iv>.<ciphertext>.<tag>`, each part base64url; a fresh random IV every call. */
  encrypt(plaintext: string): string;
  /** Throws FieldCipherError ('malformed' or 'tampered') unless the token is exactly one we made. */
  decrypt(token: string): string;
  /** Deterministic keyed hash of the normalised value, for equality look-ups on encrypted columns. */
  blindIndex(value: string): string;
};

const VERSION = 'v1';
const IV_BYTES = 16;
const TAG_BYTES = 32;
// Lengths fixed here make the token shape checkable before any cryptography runs.
const TOKEN = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{43})$/;

/**
 * SM4-CTR (GB/T 32907, counter = the whole 16-byte block, big-endian, as NIST SP 800-38A).
 * CTR is its own inverse, so the same call encrypts and decrypts.
 */
export function sm4Ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  const cipher = createCipheriv('sm4-ctr', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** Node decodes base64url leniently; insisting on the canonical form keeps one token per ciphertext. */
function decodeCanonical(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/**
 * Authenticated encryption of personal data at rest (R-NEW-6). Node has no SM4-GCM, so this is
 * encrypt-then-MAC: SM4-CTR under a random IV, then HMAC-SM3 over version ∥ IV ∥ ciphertext (the
 * version and IV have fixed lengths, so the concatenation is unambiguous). Encryption,
 * authentication and the blind index each get their own key, derived from the master key with
 * HMAC-SM3 and a distinct label, so a leak or misuse of one does not expose the others.
 */
export function createFieldCipher(masterKeyHex: string): FieldCipher {
  if (!/^[0-9a-fA-F]+$/.test(masterKeyHex) || masterKeyHex.length < 32 || masterKeyHex.length % 2 !== 0) {
    // Never echo the key itself: this message can end up in logs.
    throw new FieldCipherError(
      'invalid_key',
      `field encryption master key must be an even number (at least 32) of hexadecimal characters — 128 bits or more; got ${masterKeyHex.length} characters`,
    );
  }
  const master = Buffer.from(masterKeyHex, 'hex');
  // The labels are part of the stored data's format: changing one makes existing tokens undecryptable.
  const derive = (label: string) => hmacSm3(master, `tongban/${label}`);
  const encKey = derive('enc').subarray(0, 16);
  const macKey = derive('mac');
  const indexKey = derive('blind-index');
  const tagOf = (iv: Buffer, ct: Buffer) => hmacSm3(macKey, Buffer.concat([Buffer.from(VERSION), iv, ct]));

  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const ct = sm4Ctr(encKey, iv, Buffer.from(plaintext, 'utf8'));
      return `${VERSION}.${iv.toString('base64url')}.${ct.toString('base64url')}.${tagOf(iv, ct).toString('base64url')}`;
    },

    decrypt(token) {
      const parts = TOKEN.exec(token);
      const iv = parts && decodeCanonical(parts[1]!);
      const ct = parts && decodeCanonical(parts[2]!);
      const tag = parts && decodeCanonical(parts[3]!);
      if (!iv || !ct || !tag || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
        throw new FieldCipherError('malformed', 'encrypted field is not a v1 token');
      }
      // Constant-time so an attacker who can submit tokens cannot learn the tag byte by byte.
      if (!timingSafeEqual(tag, tagOf(iv, ct))) {
        throw new FieldCipherError('tampered', 'encrypted field failed authentication');
      }
      return sm4Ctr(encKey, iv, ct).toString('utf8');
    },

    blindIndex(value) {
      // NFKC folds full-width digits and letters (common from Chinese input methods) into ASCII,
      // so '１１０１０５…Ｘ' finds the same row as '110105…X'.
      return hmacSm3(indexKey, value.normalize('NFKC').trim().toUpperCase()).toString('hex');
    },
  };
}
