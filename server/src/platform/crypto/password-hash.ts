import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum argon2id parameters: 19 MiB memory, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or against a dummy hash when there is no account, so a
 * login for an unknown user takes as long as one for a known user (no enumeration by timing).
 */
export async function verifyPasswordOrDummy(stored: string | null, password: string): Promise<boolean> {
  if (stored) return verifyPassword(stored, password);
  dummy ??= hashPassword('tongban-dummy-password');
  await verifyPassword(await dummy, password);
  return false;
}
