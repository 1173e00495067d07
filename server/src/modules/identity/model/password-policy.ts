/**
 * Password rules. Staff follow GB/T 22239-2019 level 3 (complexity and periodic change), a
 * deliberate deviation from ASVS explained in docs/security.md; applicants get a lighter rule.
 */
export type PasswordRule = 'min_length' | 'char_classes' | 'contains_username';

export const MIN_PASSWORD_LENGTH = 8;
export const STAFF_MIN_CLASSES = 3;
export const APPLICANT_MIN_CLASSES = 2;
export const PASSWORD_MAX_AGE_DAYS = 90;

// Anything not an ASCII letter or digit counts as a symbol, including spaces and Chinese characters:
// they widen the search space just the same.
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

/** How many of lower case, upper case, digit and symbol the password uses (0–4). */
export function characterClasses(pw: string): number {
  return CLASSES.filter((r) => r.test(pw)).length;
}

// Code points, not UTF-16 units: '密码' is two characters to the person typing it.
const length = (pw: string) => [...pw].length;

/**
 * Staff: ≥ 8 characters, 3 of 4 classes, not containing the user name (case-insensitive).
 * Returns every rule broken, in this order, so the form can show them all at once; empty = acceptable.
 * User names shorter than 3 characters are not checked: they would forbid too many passwords.
 */
export function staffPasswordProblems(pw: string, username: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if (length(pw) < MIN_PASSWORD_LENGTH) problems.push('min_length');
  if (characterClasses(pw) < STAFF_MIN_CLASSES) problems.push('char_classes');
  const name = username.normalize('NFKC').trim().toLowerCase();
  if (length(name) >= 3 && pw.normalize('NFKC').toLowerCase().includes(name)) problems.push('contains_username');
  return problems;
}

/** Applicants: ≥ 8 characters and 2 classes — citizens on phones, with lock-out as the main defence. */
export function applicantPasswordProblems(pw: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if (length(pw) < MIN_PASSWORD_LENGTH) problems.push('min_length');
  if (characterClasses(pw) < APPLICANT_MIN_CLASSES) problems.push('char_classes');
  return problems;
}

/**
 * True once more than `days` whole days have passed since the change (so on day 90 it is still
 * valid). An unreadable date counts as expired: failing safe forces a change rather than waiving it.
 */
export function passwordExpired(changedAt: Date, now: Date, days: number = PASSWORD_MAX_AGE_DAYS): boolean {
  const age = now.getTime() - changedAt.getTime();
  if (Number.isNaN(age)) return true;
  return age > days * 86_400_000;
}
