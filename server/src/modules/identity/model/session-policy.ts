/**
 * Session and lock-out rules (GB/T 22239 level 3; see docs/security.md for the deliberate
 * deviations from ASVS).
 */
export const sessionPolicy = {
  staffIdleSeconds: 15 * 60,
  personIdleSeconds: 30 * 60,
  absoluteSeconds: 12 * 60 * 60,
  maxFailures: 5,
  lockMinutes: 15,
  passwordMaxAgeDays: 90,
  /** last_seen_at is written at most this often, so reads do not become writes. */
  touchEverySeconds: 30,
} as const;

export const SESSION_COOKIE = '__Host-tongban_sid';

export type SessionState = 'active' | 'revoked' | 'expired' | 'idle';

export function sessionState(
  s: { revoked_at: Date | null; expires_at: Date; last_seen_at: Date; idle_timeout_seconds: number },
  now: Date,
): SessionState {
  if (s.revoked_at) return 'revoked';
  if (s.expires_at.getTime() <= now.getTime()) return 'expired';
  if (now.getTime() - s.last_seen_at.getTime() > s.idle_timeout_seconds * 1000) return 'idle';
  return 'active';
}

export function passwordTooOld(changedAt: Date, now: Date): boolean {
  return now.getTime() - changedAt.getTime() > sessionPolicy.passwordMaxAgeDays * 86_400_000;
}
