import { hash, parseOptions, verify } from '@node-rs/argon2';

/**
 * OWASP's minimum argon2id parameters: 19 MiB memory, 2 passes, 1 lane. `algorithm: 2` is
 * Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
 */
export const passwordHashParams = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Version 0x13, the current argon2 revision (the package's `Version.V0x13` const enum).
const ARGON2_VERSION_13 = 1;

/**
 * Hash of a random password that was thrown away, made with exactly `passwordHashParams` (a test
 * keeps them in step). Precomputed so that even the first login for an unknown account costs one
 * verify, not a hash plus a verify.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$ZnMkD2TfhVaatnmplywbzg$x5a7TRYDSWvH7rBsqEAPbSCvk4mj5HkiNp43E26xhNs';

/** PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashParams);
}

/** False for a wrong password and for a stored value that is not an argon2 hash at all. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * Verifies against the stored hash, or against the dummy hash when there is no account (or no
 * password yet), so every login costs one argon2 verify and timing does not reveal which accounts
 * exist. Always false without a stored hash.
 */
export async function verifyPasswordOrDummy(stored: string | null | undefined, password: string): Promise<boolean> {
  if (stored) return verifyPassword(stored, password);
  await verifyPassword(DUMMY_PASSWORD_HASH, password);
  return false;
}

/**
 * True when a stored hash was made with other (older) parameters or is unreadable: rehash the
 * password just verified and store the new hash, so raising the parameters upgrades users at login.
 */
export function passwordHashNeedsRehash(stored: string): boolean {
  try {
    const p = parseOptions(stored);
    // The package's enums are const enums we cannot import, hence the comparison as plain numbers.
    return (
      Number(p.algorithm) !== passwordHashParams.algorithm ||
      Number(p.version) !== ARGON2_VERSION_13 ||
      p.memoryCost !== passwordHashParams.memoryCost ||
      p.timeCost !== passwordHashParams.timeCost ||
      p.parallelism !== passwordHashParams.parallelism
    );
  } catch {
    return true;
  }
}
