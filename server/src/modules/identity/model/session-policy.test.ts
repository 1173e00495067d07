import { describe, expect, it } from 'vitest';
import { passwordTooOld, sessionState } from './session-policy.js';

const base = { revoked_at: null, idle_timeout_seconds: 900 };
const t0 = new Date('2026-03-02T01:00:00Z');

describe('session policy', () => {
  it('[R-OPS-2] staff sessions end after 15 idle minutes and 12 hours in all', () => {
    const s = { ...base, last_seen_at: t0, expires_at: new Date(t0.getTime() + 12 * 3600_000) };
    expect(sessionState(s, new Date(t0.getTime() + 14 * 60_000))).toBe('active');
    expect(sessionState(s, new Date(t0.getTime() + 16 * 60_000))).toBe('idle');
    expect(
      sessionState(
        { ...s, last_seen_at: new Date(t0.getTime() + 12 * 3600_000 - 1000) },
        new Date(t0.getTime() + 12 * 3600_000),
      ),
    ).toBe('expired');
    expect(sessionState({ ...s, revoked_at: t0 }, t0)).toBe('revoked');
  });

  it('[R-OPS-2] staff passwords expire after 90 days', () => {
    expect(passwordTooOld(t0, new Date(t0.getTime() + 89 * 86_400_000))).toBe(false);
    expect(passwordTooOld(t0, new Date(t0.getTime() + 91 * 86_400_000))).toBe(true);
  });
});
