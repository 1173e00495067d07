/**
 * 好差评 (R-NEW-1, national practice under 国办发〔2019〕51号): the rules, as pure data and
 * functions. One rating per case, five levels; a poor one (1 or 2) opens a follow-up that the
 * window answers and a supervisor closes or sends back. Nothing here reads the database or the clock.
 */
import type { FollowUpStatus } from '../../platform/db/schema.js';
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';
import type { CaseStatus } from '../cases/model.js';

/** 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
export const levels = [1, 2, 3, 4, 5] as const;
export type Level = (typeof levels)[number];

export const reasons = ['attitude', 'efficiency', 'guidance', 'materials', 'fees', 'other'] as const;
export type Reason = (typeof reasons)[number];

export const EVALUATION_LIMITS = { commentChars: 500, answerMin: 5, answerChars: 2000, noteChars: 500 } as const;

/**
 * Working days the window has to answer a poor rating. Local rules set 5–15; ten is the middle and
 * what 浙江 practice uses for 差评整改. The centre's calendar counts them.
 */
export const FOLLOW_UP_WORKING_DAYS = 10;

/** When the window's answer to a poor rating given at `ratedAt` is due: the close of the tenth working day after it. */
export const followUpDue = (cal: WorkCalendar, ratedAt: Date) => addWorkingDays(cal, ratedAt, FOLLOW_UP_WORKING_DAYS);

/** A service has been given once the case has ended with an answer: 办结, or 不予受理. */
const rateableStatuses: readonly CaseStatus[] = ['concluded', 'rejected'];

export const isRateable = (status: CaseStatus) => rateableStatuses.includes(status);

export const isPoor = (level: number) => level <= 2;

export type RatingInput = { level: Level; comment: string; reasons: Reason[] };

/**
 * The rating as it will be stored, or what is wrong with it. A poor rating must say why (a reason
 * or a comment), because the window has to answer it; reasons are kept only for poor ratings.
 */
export function cleanRating(input: {
  level: Level;
  comment?: string | undefined;
  reasons?: readonly Reason[] | undefined;
}): RatingInput | 'reason_required' {
  const comment = (input.comment ?? '').trim();
  const chosen = [...new Set(input.reasons ?? [])];
  if (!isPoor(input.level)) return { level: input.level, comment, reasons: [] };
  if (chosen.length === 0 && comment.length === 0) return 'reason_required';
  return { level: input.level, comment, reasons: chosen };
}

export type FollowUpMove = 'answer' | 'close' | 'send_back';

/** Where a follow-up goes on a move, or null when the move is not possible from where it is. */
export function followUpAfter(status: FollowUpStatus | null, move: FollowUpMove): FollowUpStatus | null {
  if (move === 'answer') return status === 'open' ? 'answered' : null;
  if (status !== 'answered') return null;
  return move === 'close' ? 'closed' : 'open';
}

/** Waiting for the window past its due time. An answered follow-up waits on the supervisor, not the window. */
export const isOverdue = (status: FollowUpStatus | null, due: Date | null, now: Date) =>
  status === 'open' && due !== null && now.getTime() > due.getTime();

/** Share of ratings at "基本满意" or better, or null when there are none. */
export function satisfaction(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const satisfied = counts.slice(2).reduce((a, b) => a + b, 0);
  return satisfied / total;
}
