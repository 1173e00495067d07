export type PasswordRule = 'min_length' | 'char_classes' | 'contains_username';

function classes(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
}

/** Staff: ≥ 8 characters, 3 of 4 character classes, not containing the user name (GB/T 22239 level 3). */
export function staffPasswordProblems(pw: string, username: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if ([...pw].length < 8) problems.push('min_length');
  if (classes(pw) < 3) problems.push('char_classes');
  if (username.length >= 3 && pw.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}

/** Applicants: ≥ 8 characters and 2 classes — citizens on phones, with lock-out as the main defence. */
export function applicantPasswordProblems(pw: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if ([...pw].length < 8) problems.push('min_length');
  if (classes(pw) < 2) problems.push('char_classes');
  return problems;
}
