import type { CaseParty } from '../cases/model.js';

/** Limits of one message (R-APP-4): text as typed, and files from the usual upload rules (≤ 10 MB each). */
export const MESSAGE_LIMITS = { maxChars: 2_000, maxAttachments: 5, pageSize: 100 } as const;

export type Side = 'applicant' | 'office';

/** The applicant and their agent speak for the applicant; everyone else who is a party is the office. */
export function sideOf(parties: readonly CaseParty[]): Side | null {
  if (parties.includes('applicant') || parties.includes('agent')) return 'applicant';
  return parties.length > 0 ? 'office' : null;
}

/** The party a message is signed with, the most specific first. */
export function authorParty(parties: readonly CaseParty[]): CaseParty | null {
  const order: CaseParty[] = ['applicant', 'agent', 'window_clerk', 'department_head', 'approver', 'intake_officer'];
  return order.find((p) => parties.includes(p)) ?? null;
}

/**
 * Text is kept as typed, never interpreted: no markup is stripped or escaped here (the API returns
 * plain strings and the web app renders them as text). Only control characters other than line
 * breaks and tabs are removed, and line breaks are normalised.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}

// --- delivery ---------------------------------------------------------------------------------

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/**
 * Exponential backoff after the `attempts`-th failure: base · 2^(attempts−1), capped, with ±20 %
 * jitter so that many messages failing together do not retry together. `random` is in [0, 1).
 */
export function backoffMs(policy: RetryPolicy, attempts: number, random: number): number {
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random));
}

/** What happens after a failed attempt: try again later, or give up (dead letter). */
export function afterFailure(
  policy: RetryPolicy,
  attempts: number,
  permanent: boolean,
  random: number,
): { status: 'retry'; delayMs: number } | { status: 'dead' } {
  if (permanent || attempts >= policy.maxAttempts) return { status: 'dead' };
  return { status: 'retry', delayMs: backoffMs(policy, attempts, random) };
}

/**
 * A round costs the same handful of statements whether it plans one event or two hundred, so under
 * a steady trickle (every submission and payment writes one) back-to-back rounds would pay that
 * cost per event. After a round that found work but not a full batch, the worker waits a moment to
 * let events gather; a full batch means a backlog, so it goes on at once.
 */
export function roundPause(
  taken: { planned: number; sent: number },
  batchSize: number,
  idleMs: number,
  gatherMs: number,
): number {
  if (taken.planned === 0 && taken.sent === 0) return idleMs;
  return taken.planned >= batchSize || taken.sent >= batchSize ? 0 : gatherMs;
}

/** A masked e-mail address for lists: the first character of the local part and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

export const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})+$/;
