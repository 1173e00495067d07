/**
 * Test support: an independent SM2 verifier written from GB/T 32918.1/.2 with BigInt arithmetic
 * and Node's SM3 — no code shared with sm-crypto-v2 (or noble-curves under it) — so that the
 * production library's signatures are checked by a second implementation. Slow and not
 * constant-time: for tests only.
 */
import { createHash } from 'node:crypto';

// sm2p256v1 (GB/T 32918.5).
const p = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const a = 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn;
const b = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const n = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const G = {
  x: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  y: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};
type Point = { x: bigint; y: bigint } | null;

const mod = (v: bigint, m: bigint) => ((v % m) + m) % m;
function inv(v: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(v, m), m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}
function add(P: Point, Q: Point): Point {
  if (!P) return Q;
  if (!Q) return P;
  if (P.x === Q.x && mod(P.y + Q.y, p) === 0n) return null;
  const l =
    P.x === Q.x && P.y === Q.y
      ? mod((3n * P.x * P.x + a) * inv(2n * P.y, p), p)
      : mod((Q.y - P.y) * inv(Q.x - P.x, p), p);
  const x = mod(l * l - P.x - Q.x, p);
  return { x, y: mod(l * (P.x - x) - P.y, p) };
}
function mul(k: bigint, P: Point): Point {
  let R: Point = null;
  let A = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) R = add(R, A);
    A = add(A, A);
  }
  return R;
}
const be = (v: bigint) => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const sm3 = (data: Buffer) => createHash('sm3').update(data).digest();

/** Verifies `signatureHex` (r ∥ s) over `message` under `publicKeyHex` (04 ∥ x ∥ y), per GB/T 32918.2 §7. */
export function referenceSm2Verify(
  publicKeyHex: string,
  message: Buffer,
  signatureHex: string,
  userId = '1234567812345678',
) {
  const P = { x: BigInt(`0x${publicKeyHex.slice(2, 66)}`), y: BigInt(`0x${publicKeyHex.slice(66, 130)}`) };
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  if (r < 1n || r >= n || s < 1n || s >= n) return false;
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  const z = sm3(Buffer.concat([entl, id, be(a), be(b), be(G.x), be(G.y), be(P.x), be(P.y)]));
  const e = BigInt(`0x${sm3(Buffer.concat([z, message])).toString('hex')}`);
  const t = mod(r + s, n);
  if (t === 0n) return false;
  const X = add(mul(s, G), mul(t, P));
  return !!X && mod(e + X.x, n) === r;
}
