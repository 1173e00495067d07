import { sm2 } from 'sm-crypto-v2';

/**
 * SM2 digital signatures (GB/T 32918.2-2016) on the recommended curve sm2p256v1, through
 * sm-crypto-v2, with the message pre-processed as the standard requires: e = SM3(Z_A ∥ M), where
 * Z_A binds the signer's identity (user id) and public key.
 *
 * Formats (all lowercase hex):
 * - private key: 64 characters (32 bytes, big-endian d with 1 ≤ d ≤ n − 2);
 * - public key: uncompressed `04 ∥ x ∥ y` (130 characters); compressed `02|03 ∥ x` is accepted too;
 * - signature: raw `r ∥ s`, each left-padded to 32 bytes (128 characters). Raw rather than DER
 *   because it has one fixed length that a schema can check; a peer that needs the GB/T 35276
 *   ASN.1 form (SEQUENCE { r INTEGER, s INTEGER }) can be given a DER encoding of the same r and s.
 */

/** GB/T 35276's default distinguishing identifier, used when the parties have not agreed another. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

export type Sm2KeyPair = { privateKey: string; publicKey: string };
export type Sm2Options = { userId?: string };

// The order of the base point of sm2p256v1 (GB/T 32918.5).
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const HEX_64 = /^[0-9a-fA-F]{64}$/;
const SIGNATURE = /^[0-9a-fA-F]{128}$/;
const PUBLIC_KEY = /^(04[0-9a-fA-F]{128}|0[23][0-9a-fA-F]{64})$/;

const encoder = new TextEncoder();

// Strings are signed as UTF-8 bytes, decided here rather than left to the library.
function bytesOf(message: string | Uint8Array): Uint8Array {
  return typeof message === 'string' ? encoder.encode(message) : message;
}

function inRange(value: bigint, max: bigint): boolean {
  return value >= 1n && value <= max;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export function sm2PublicKeyFromPrivate(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(checkedPrivateKey(privateKeyHex));
}

function checkedPrivateKey(privateKeyHex: string): string {
  // d = n − 1 has no signature ((1 + d) is not invertible mod n), hence n − 2 as the upper bound.
  if (!HEX_64.test(privateKeyHex) || !inRange(BigInt(`0x${privateKeyHex}`), N - 2n)) {
    throw new RangeError('SM2 private key must be 64 hexadecimal characters with 1 ≤ d ≤ n − 2');
  }
  return privateKeyHex.toLowerCase();
}

/** Signs with a fresh random k each time (so two signatures of one message differ); returns raw r ∥ s hex. */
export function sm2Sign(privateKeyHex: string, message: string | Uint8Array, options: Sm2Options = {}): string {
  const privateKey = checkedPrivateKey(privateKeyHex);
  return sm2.doSignature(bytesOf(message), privateKey, {
    hash: true,
    publicKey: sm2.getPublicKeyFromPrivateKey(privateKey),
    userId: options.userId ?? SM2_DEFAULT_USER_ID,
  });
}

/**
 * True only for a valid signature; any malformed key or signature is simply false, never an
 * exception, so callers cannot turn bad input into a 500.
 */
export function sm2Verify(
  publicKeyHex: string,
  message: string | Uint8Array,
  signatureHex: string,
  options: Sm2Options = {},
): boolean {
  if (!PUBLIC_KEY.test(publicKeyHex) || !SIGNATURE.test(signatureHex)) return false;
  // GB/T 32918.2 verification steps B1–B2 (r, s ∈ [1, n − 1]). sm-crypto-v2 does not check them
  // itself; out-of-range values only happen to fail deep inside noble-curves, by throwing.
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  if (!inRange(r, N - 1n) || !inRange(s, N - 1n)) return false;
  try {
    const publicKey = publicKeyHex.toLowerCase();
    if (!sm2.verifyPublicKey(publicKey)) return false;
    return sm2.doVerifySignature(bytesOf(message), signatureHex.toLowerCase(), publicKey, {
      hash: true,
      userId: options.userId ?? SM2_DEFAULT_USER_ID,
    });
  } catch {
    // Points not on the curve make the library throw; for the caller that is just "not valid".
    return false;
  }
}
