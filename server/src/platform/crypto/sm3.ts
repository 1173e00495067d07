import { createHash, createHmac } from 'node:crypto';

/**
 * SM3 (GB/T 32905-2016) through Node's OpenSSL, which implements it natively: faster than a
 * JavaScript port and one less dependency on the hot paths (session tokens, audit chain).
 * Strings are hashed as UTF-8.
 */
export function sm3Hex(data: string | Uint8Array): string {
  return createHash('sm3').update(data).digest('hex');
}

/**
 * HMAC-SM3 (RFC 2104 / GB/T 15852.2 construction over SM3) as lowercase hex.
 * A string key is used as its UTF-8 bytes, not hex-decoded — pass a Buffer for binary keys.
 */
export function hmacSm3Hex(key: string | Uint8Array, data: string | Uint8Array): string {
  return hmacSm3(key, data).toString('hex');
}

/** Raw 32-byte HMAC-SM3, for deriving binary sub-keys (the field cipher's SM4 and MAC keys). */
export function hmacSm3(key: string | Uint8Array, data: string | Uint8Array): Buffer {
  return createHmac('sm3', key).update(data).digest();
}
