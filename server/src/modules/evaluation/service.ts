import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { DomainError } from '../../platform/errors.js';
import { officeScope } from '../cases/access.js';
import { announceToApplicant } from '../cases/announce.js';
import { caseByCode, readable } from '../cases/queries.js';
import { rulesFor } from '../cases/rules-source.js';
import * as cases from '../cases/store.js';
import type { CaseRow } from '../cases/store.js';
import {
  cleanRating,
  followUpAfter,
  followUpDue,
  isPoor,
  isRateable,
  type FollowUpMove,
  type Level,
  type Reason,
} from './model.js';
import * as store from './store.js';
import { evaluationView, listItemView, summaryView, type EvaluationView } from './views.js';

export type RateBody = { level: Level; comment?: string | undefined; reasons?: Reason[] | undefined };

/** A supervisor acting for the deciding centre or one above it: the one who closes a follow-up. */
function supervisesCase(actor: Actor | null, decidingPath: string): boolean {
  return actor?.kind === 'staff' && actor.acting?.role === 'supervisor' && centreInReach(actor.acting, decidingPath);
}

/** What the actor sees of the case's rating, and what they may do with it. */
export async function caseEvaluation(ctx: AppContext, actor: Actor | null, caseId: string) {
  const { row, deciding, parties } = await readable(ctx, actor, caseId);
  const ev = await store.findEvaluation(ctx.database.db, caseId);
  return {
    evaluation: ev ? evaluationView(ev, row.case_no, new Date()) : null,
    canRate: !ev && parties.includes('applicant') && isRateable(row.status),
    canAnswer: ev?.follow_up === 'open' && parties.some((p) => p === 'window_clerk' || p === 'department_head'),
    canReview: ev?.follow_up === 'answered' && supervisesCase(actor, deciding.path),
  };
}

/**
 * Stores the case's one rating. A poor one opens its follow-up, due in ten working days on the
 * deciding centre's calendar. In one transaction with its audit record; of two ratings at once,
 * the second gets 409 and changes nothing.
 */
async function storeRating(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  row: CaseRow,
  body: RateBody,
  channel: 'web' | 'kiosk',
): Promise<EvaluationView> {
  if (!isRateable(row.status)) throw new DomainError('evaluation.not_ended');
  const rating = cleanRating(body);
  if (rating === 'reason_required')
    throw new DomainError('evaluation.reason_required', [{ field: 'reasons', problem: 'required for a poor rating' }]);
  const now = new Date();
  const due = isPoor(rating.level) ? followUpDue((await rulesFor(ctx, row.centre_id)).calendar, now) : null;
  const stored = await ctx.database.db.transaction().execute(async (trx) => {
    const inserted = await store.insertEvaluation(trx, {
      case_id: row.id,
      centre_id: row.centre_id,
      department_id: row.department_id,
      window_id: row.window_id,
      level: rating.level,
      reasons: rating.reasons,
      comment: rating.comment,
      channel,
      rater_person_id: actor?.kind === 'person' ? actor.personId : null,
      follow_up: due ? 'open' : null,
      follow_up_due: due,
    });
    if (!inserted) throw new DomainError('evaluation.already_rated');
    await ctx.audit.record(trx, actor, meta, {
      action: 'evaluation.rate',
      entityType: 'case',
      entityId: row.id,
      after: { level: rating.level, channel, reasons: rating.reasons, commentChars: rating.comment.length },
    });
    return inserted;
  });
  return evaluationView(stored, row.case_no, now);
}

/** The applicant rates their own ended case on the website (R-NEW-1). */
export async function rateCase(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  body: RateBody,
) {
  const { row, parties } = await readable(ctx, actor, caseId);
  if (!parties.includes('applicant')) throw new DomainError('auth.forbidden');
  return storeRating(ctx, actor, meta, row, body, 'web');
}

/**
 * The hall kiosk's vote (R-KIO-3): whoever holds the case number and its query code — the
 * receipt's two lines — rates the case, as anyone holding them may look it up.
 */
export async function rateByCode(
  ctx: AppContext,
  meta: RequestMeta,
  body: RateBody & { caseNo: string; queryCode: string },
) {
  const found = await caseByCode(ctx, body.caseNo, body.queryCode);
  const row = await cases.findCase(ctx.database.db, found.id);
  if (!row) throw new DomainError('case.lookup_failed');
  const view = await storeRating(ctx, null, meta, row, body, 'kiosk');
  return { level: view.level, ratedAt: view.ratedAt };
}

export async function listEvaluations(
  ctx: AppContext,
  actor: Actor | null,
  q: { filter: store.ListFilter; page: number; pageSize: number },
) {
  const scope = officeScope(actor);
  const now = new Date();
  const { total, rows } = await store.listEvaluations(
    ctx.database.db,
    scope,
    q.filter,
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    now,
  );
  return { items: rows.map((r) => listItemView(r, now)), total, page: q.page, pageSize: q.pageSize };
}

export async function evaluationSummary(ctx: AppContext, actor: Actor | null) {
  return summaryView(await store.summaryByWindow(ctx.database.db, officeScope(actor), new Date()));
}

/**
 * One move of a poor rating's follow-up, at the version the officer saw: the window answers, a
 * supervisor closes it or sends it back. A stale version gets 409 and nothing changes.
 */
async function moveFollowUp(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  move: FollowUpMove,
  input: { text: string; version: number },
): Promise<EvaluationView> {
  const { row, deciding, parties } = await readable(ctx, actor, caseId);
  const staff = requireActingStaff(actor);
  const allowed =
    move === 'answer'
      ? parties.some((p) => p === 'window_clerk' || p === 'department_head')
      : supervisesCase(actor, deciding.path);
  if (!allowed) throw new DomainError('auth.forbidden');
  const db = ctx.database.db;
  const current = await store.findEvaluation(db, caseId);
  if (!current) throw new DomainError('resource.not_found');
  const next = followUpAfter(current.follow_up, move);
  if (!next) throw new DomainError('evaluation.follow_up_state', { status: current.follow_up });
  const now = new Date();
  const text = input.text.trim();
  const by = { staffId: staff.staffId, name: staff.name };
  const patch =
    move === 'answer'
      ? {
          follow_up: next,
          answer: text,
          answered_at: now,
          answered_by_staff_id: by.staffId,
          answered_by_name: by.name,
          // Late once is late for good: a later answer after a send-back does not clear it.
          answered_late: current.answered_late || (current.follow_up_due !== null && now > current.follow_up_due),
        }
      : move === 'close'
        ? {
            follow_up: next,
            review_note: text,
            closed_at: now,
            closed_by_staff_id: by.staffId,
            closed_by_name: by.name,
          }
        : { follow_up: next, review_note: text, returns: current.returns + 1 };
  const updated = await db.transaction().execute(async (trx) => {
    const moved = await store.updateAtVersion(trx, caseId, input.version, patch);
    if (!moved) throw new DomainError('resource.version_conflict', { currentVersion: current.version });
    await ctx.audit.record(trx, actor, meta, {
      action: `evaluation.${move}`,
      entityType: 'case',
      entityId: caseId,
      before: { followUp: current.follow_up, version: current.version },
      after: { followUp: next, chars: text.length },
    });
    // The applicant who complained hears that the window has answered (in-app, SMS, e-mail).
    if (move === 'answer')
      await announceToApplicant(trx, {
        caseId,
        applicantPersonId: row.applicant_person_id,
        topic: 'case.evaluation_answered',
        payload: { caseNo: row.case_no },
      });
    return moved;
  });
  return evaluationView(updated, row.case_no, now);
}

export const answerFollowUp = (
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  body: { answer: string; version: number },
) => moveFollowUp(ctx, actor, meta, caseId, 'answer', { text: body.answer, version: body.version });

export const reviewFollowUp = (
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  caseId: string,
  body: { accept: boolean; note: string; version: number },
) =>
  moveFollowUp(ctx, actor, meta, caseId, body.accept ? 'close' : 'send_back', {
    text: body.note,
    version: body.version,
  });
