/**
 * A case's clock (R-LAW-1..6, R-SUP-6, R-NEW-3): legal and promised deadlines side by side, the
 * pre-acceptance limits (pre-review, township review, the 5-day rule), supplement and tolerance
 * deadlines, the certificate's own limit, step deadlines and the warning card. Pure: the caller
 * passes the centre's calendar and "now".
 */
import {
  addWorkingDays,
  deadlineFor,
  addWorkingMinutes,
  remainingWorkingDays,
  warningState,
  workingMinutesBetween,
  type ClockPause,
  type TimeLimit,
  type WarningState,
  type WorkCalendar,
} from '../../platform/working-time/index.js';
import type { CaseStatus } from './model.js';

/** Art. 32: an incomplete application must be answered within 5 days or counts as accepted. */
export const DEEMED_ACCEPTANCE_DAYS = 5;
/** Art. 43: a lower level reviewing first has 20 days. */
export const TOWNSHIP_LIMIT: TimeLimit = { value: 20, unit: 'working_days' };
/** Art. 44: the certificate within 10 days of the grant. */
export const CERTIFICATE_LIMIT: TimeLimit = { value: 10, unit: 'working_days' };
/** Art. 42: one extension of at most 10 days. */
export const MAX_EXTENSION_DAYS = 10;

export type ClockRules = { calendar: WorkCalendar; preReviewLimit: TimeLimit; yellowRatio: number };

export type ClockInput = {
  status: CaseStatus;
  channel: 'online' | 'window' | 'agent';
  receivedAt: Date;
  acceptedAt: Date | null;
  legalLimit: TimeLimit;
  promisedLimit: TimeLimit;
  pauses: readonly ClockPause[];
  extension: { days: number; approved: boolean } | null;
  supplementDue: Date | null;
  toleranceDue: Date | null;
  toleranceOpen: boolean;
  decidedAt: Date | null;
  granted: boolean;
  intakeCentre: boolean;
};

export type ClockView = {
  legalDeadline: Date | null;
  promisedDeadline: Date | null;
  remainingWorkingDays: number | null;
  warning: WarningState;
  paused: boolean;
  preReviewDue: Date | null;
  preReviewOverdue: boolean;
  /** The receipt has gone unanswered past 5 working days: acceptance dates from receipt. */
  deemedAcceptanceDue: boolean;
  townshipDeadline: Date | null;
  certificateDue: Date | null;
  supplementOverdue: boolean;
  toleranceOverdue: boolean;
  /** The one deadline that governs now (queue order), or null. */
  dueAt: Date | null;
  /**
   * From when the card is yellow, given the facts as they stand (a move re-derives it): the queue
   * filters 临近超时 on it in SQL. Null when no card can show (no deadline, clock stopped, supplement).
   */
  warnAt: Date | null;
};

const extensionsOf = (input: ClockInput): TimeLimit[] =>
  input.extension?.approved ? [{ value: input.extension.days, unit: 'working_days' }] : [];

/** The effective limit for warnings: the limit plus an approved extension, in the limit's unit. */
function effectiveLimit(limit: TimeLimit, input: Pick<ClockInput, 'extension'>): TimeLimit {
  return input.extension?.approved && limit.unit === 'working_days'
    ? { value: limit.value + input.extension.days, unit: limit.unit }
    : limit;
}

/** Only extensions of the same family fit a limit (a natural-day limit takes no working-day extension). */
function safeDeadline(cal: WorkCalendar, start: Date, limit: TimeLimit, input: ClockInput): Date | null {
  const ext = limit.unit === 'natural_days' ? [] : extensionsOf(input);
  return deadlineFor(cal, start, limit, input.pauses, ext);
}

export function caseClock(rules: ClockRules, input: ClockInput, now: Date): ClockView {
  const cal = rules.calendar;
  const paused = input.pauses.some((p) => p.to === null);
  const preReviewDue =
    input.status === 'submitted' && input.channel !== 'window'
      ? deadlineFor(cal, input.receivedAt, rules.preReviewLimit)
      : null;
  const deemedAcceptanceDue =
    input.status === 'submitted' &&
    now.getTime() > addWorkingDays(cal, input.receivedAt, DEEMED_ACCEPTANCE_DAYS).getTime();
  const townshipDeadline =
    input.status === 'township_review' ? deadlineFor(cal, input.receivedAt, TOWNSHIP_LIMIT) : null;

  const running = input.acceptedAt !== null && !['rejected', 'withdrawn', 'revoked'].includes(input.status);
  const legalDeadline =
    running && input.acceptedAt ? safeDeadline(cal, input.acceptedAt, input.legalLimit, input) : null;
  const promisedDeadline =
    running && input.acceptedAt ? safeDeadline(cal, input.acceptedAt, input.promisedLimit, input) : null;
  const certificateDue =
    input.granted && input.decidedAt ? addWorkingDays(cal, input.decidedAt, CERTIFICATE_LIMIT.value) : null;

  // Which deadline governs now, for the warning card and the queue's order.
  let dueAt: Date | null = null;
  if (input.status === 'submitted')
    dueAt = preReviewDue ?? addWorkingDays(cal, input.receivedAt, DEEMED_ACCEPTANCE_DAYS);
  else if (input.status === 'township_review') dueAt = townshipDeadline;
  else if (input.status === 'in_review' || input.status === 'special_procedure') dueAt = promisedDeadline;
  else if (input.status === 'granted') dueAt = certificateDue;
  // The applicant's move: the case is on nobody's clock but the applicant's.
  else if (input.status === 'supplement') dueAt = input.supplementDue;
  const carded = dueAt && input.status !== 'supplement' ? dueAt : null;
  const limit = governingLimit(rules, input);
  const warning = carded ? warningState(cal, now, carded, limit, { ratio: rules.yellowRatio }) : 'none';

  return {
    legalDeadline,
    promisedDeadline,
    remainingWorkingDays: carded ? remainingWorkingDays(cal, now, carded) : null,
    warning,
    paused,
    preReviewDue,
    preReviewOverdue: preReviewDue !== null && now.getTime() > preReviewDue.getTime(),
    deemedAcceptanceDue,
    townshipDeadline,
    certificateDue,
    supplementOverdue: input.status === 'supplement' && !!input.supplementDue && now > input.supplementDue,
    toleranceOverdue: input.toleranceOpen && !!input.toleranceDue && now > input.toleranceDue,
    dueAt,
    warnAt: carded ? yellowFrom(rules, now, carded, limit) : null,
  };
}

/**
 * The limit the governing deadline's card is measured against (with an approved extension), by
 * status; the queue's backfill of warn_at (migration 0016) reads it from the stored due_at too.
 */
export function governingLimit(
  rules: ClockRules,
  input: Pick<ClockInput, 'status' | 'channel' | 'promisedLimit' | 'extension'>,
): TimeLimit {
  switch (input.status) {
    case 'submitted':
      // Online and agent applications are pre-reviewed; a walk-in is answered within the 5 days.
      return input.channel !== 'window'
        ? rules.preReviewLimit
        : { value: DEEMED_ACCEPTANCE_DAYS, unit: 'working_days' };
    case 'township_review':
      return TOWNSHIP_LIMIT;
    case 'in_review':
    case 'special_procedure':
      return effectiveLimit(input.promisedLimit, input);
    case 'granted':
      return CERTIFICATE_LIMIT;
    default:
      return input.promisedLimit;
  }
}

const DAY_MS = 86_400_000;

/**
 * The first instant at which `warningState` turns yellow for `deadline` (its inverse, so the SQL
 * filter and the card agree): the remaining time falls to the threshold — the ratio of the limit,
 * at least one day for day limits — measured as working time on the centre's calendar (elapsed
 * time for natural days). `now` itself when the card is already yellow or red.
 */
export function yellowFrom(rules: ClockRules, now: Date, deadline: Date, limit: TimeLimit): Date {
  const cal = rules.calendar;
  const natural = limit.unit === 'natural_days';
  const minutesOf = (value: number) =>
    limit.unit === 'working_days'
      ? value * cal.standardDayMinutes
      : limit.unit === 'working_hours'
        ? value * 60
        : value;
  const thresholdMs = natural
    ? Math.max(rules.yellowRatio * limit.value * DAY_MS, DAY_MS)
    : Math.max(rules.yellowRatio * minutesOf(limit.value), limit.unit === 'working_days' ? minutesOf(1) : 0) * 60_000;
  if (natural) return new Date(Math.max(now.getTime(), deadline.getTime() - Math.floor(thresholdMs)));
  const remainingMs = Math.round(workingMinutesBetween(cal, now, deadline) * 60_000);
  if (remainingMs <= thresholdMs) return now;
  // Forward from now: the earliest instant after which exactly the threshold is left (a period's
  // close rather than the next opening, so the evening before counts as yellow too).
  const at = addWorkingMinutes(cal, now, Math.ceil(remainingMs - thresholdMs) / 60_000);
  // Minutes are floats: a millisecond lost to rounding must not make the filter run ahead of the card.
  const card = warningState(cal, at, deadline, limit, { ratio: rules.yellowRatio });
  return card === 'none' ? new Date(at.getTime() + 1) : at;
}

/** A step's own deadline and card: a step over its limit warns even while the case is on time. */
export function stepClock(
  rules: ClockRules,
  step: { startedAt: Date | null; completedAt: Date | null; limit: TimeLimit },
  pauses: readonly ClockPause[],
  now: Date,
): { deadline: Date | null; warning: WarningState } {
  if (!step.startedAt) return { deadline: null, warning: 'none' };
  const deadline = deadlineFor(rules.calendar, step.startedAt, step.limit, pauses);
  if (step.completedAt) return { deadline, warning: 'none' };
  return { deadline, warning: warningState(rules.calendar, now, deadline, step.limit, { ratio: rules.yellowRatio }) };
}
