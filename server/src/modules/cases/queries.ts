import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { DomainError } from '../../platform/errors.js';
import { guide } from '../catalogue/service.js';
import { requirePerson } from '../identity/applicant-service.js';
import { listScope, partiesFor } from './access.js';
import { lookupAdditions } from './lookup-additions.js';
import { heldInList } from './action-holds.js';
import { assembleDetail } from './detail.js';
import { pausesOfCases } from './list-store.js';
import { currentStage, PUBLIC_HISTORY_LIMIT, publicHistory, publicMoves } from './public-view.js';
import { rulesFor } from './rules-source.js';
import * as store from './store.js';
import { queryCodeHash } from './submission.js';
import { caseSummaryView, clockOf, iso, notificationTitle, pausesOf } from './views.js';

/** The case and who the actor is to it; the same 404 for "no such case" and "not yours". */
export async function readable(ctx: AppContext, actor: Actor | null, id: string) {
  if (!actor) throw new DomainError('auth.required');
  const db = ctx.database.db;
  const row = await store.findCase(db, id);
  if (!row) throw new DomainError('resource.not_found');
  const deciding = await store.centrePath(db, row.centre_id);
  const intake = row.intake_centre_id ? await store.centrePath(db, row.intake_centre_id) : null;
  const access = partiesFor(actor, row, { deciding: deciding.path, intake: intake?.path ?? null });
  if (!access.canRead) throw new DomainError('resource.not_found');
  return { row, deciding, intake, parties: access.parties };
}

export async function caseDetail(ctx: AppContext, actor: Actor | null, id: string) {
  const { row, intake, parties } = await readable(ctx, actor, id);
  const db = ctx.database.db;
  return assembleDetail(ctx, {
    row,
    steps: await store.listSteps(db, id),
    events: await store.listEvents(db, id),
    materials: await store.listMaterials(db, id),
    pauses: await store.listPauses(db, id),
    guide: await guide(ctx, { versionId: row.item_version_id }),
    intake,
    parties,
    rules: await rulesFor(ctx, row.centre_id),
  });
}

export type ListQuery = {
  view: 'todo' | 'all' | 'done';
  status?: string | undefined;
  warning?: 'none' | 'yellow' | 'red' | undefined;
  q?: string | undefined;
  sort: 'deadline' | 'submitted';
  page: number;
  pageSize: number;
};

/**
 * The workbench queue (R-APP-6) and 我的办件: cases in the actor's scope, by deadline. The cards
 * (red and yellow) are filtered in SQL on due_at and warn_at, so pages and `total` are exact.
 */
export async function listCases(ctx: AppContext, actor: Actor | null, query: ListQuery) {
  const { scope, waitingRole } = listScope(actor);
  const db = ctx.database.db;
  const { total, rows } = await store.listCases(db, scope, {
    view: query.view,
    waitingRole,
    status: query.status,
    q: query.q,
    warning: query.warning,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const active = await store.activeStepNames(
    db,
    rows.map((r) => r.id),
  );
  const pauses = await pausesOfCases(db, rows);
  const held = await heldInList(db, rows);
  const now = new Date();
  const items = [];
  for (const r of rows) {
    const rules = await rulesFor(ctx, r.centre_id);
    const steps = active.filter((s) => s.case_id === r.id);
    const stopped = pausesOf(pauses.filter((p) => p.case_id === r.id));
    items.push({
      ...caseSummaryView(r, rules, steps, stopped, actor?.kind === 'staff', now),
      held: held.get(r.id) ?? [],
    });
  }
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** In-app messages for the applicant: the outbox events addressed to them. */
export async function myNotifications(ctx: AppContext, actor: Actor | null, lang: 'zh' | 'en') {
  const person = requirePerson(actor);
  const rows = await store.outboxForPerson(ctx.database.db, person.personId, 50);
  return {
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id ?? '',
      caseNo: r.case_no,
      event: r.topic,
      title: notificationTitle(r.topic, lang),
      at: r.created_at.toISOString(),
    })),
  };
}

/**
 * The case a number and query code name, for what anyone holding both may do without logging in
 * (the look-up, the kiosk's vote). The same refusal for an unknown number as for a wrong code.
 */
export async function caseByCode(ctx: AppContext, caseNo: string, queryCode: string) {
  const row = await store.findCaseByNo(ctx.database.db, caseNo);
  return requireCode(ctx, caseNo, queryCode, row);
}

/** The row if the code is its case's, else the one refusal for a wrong code and an unknown number. */
function requireCode<R extends { query_code_hash: string }>(
  ctx: AppContext,
  caseNo: string,
  queryCode: string,
  row: R | undefined,
): R {
  // Compared in constant time: the code's hash must not leak through how long a refusal takes.
  const expected = Buffer.from(queryCodeHash(ctx, caseNo, queryCode));
  const stored = Buffer.from(row?.query_code_hash ?? '');
  if (!row || stored.length !== expected.length || !timingSafeEqual(stored, expected))
    throw new DomainError('case.lookup_failed');
  return row;
}

const instant = (s: string | null) => (s === null ? null : new Date(s));

/**
 * The public look-up (portal and kiosk): no personal data, and the same answer for an unknown
 * case number as for a wrong query code. The case, its pauses, its active steps and its moves come
 * in one statement (the look-up is measured against a bare primary-key read).
 */
export async function publicStatus(ctx: AppContext, caseNo: string, queryCode: string) {
  const found = await store.findCaseForLookup(ctx.database.db, caseNo, publicMoves, PUBLIC_HISTORY_LIMIT);
  const row = requireCode(ctx, caseNo, queryCode, found);
  const g = await guide(ctx, { versionId: row.item_version_id });
  const rules = await rulesFor(ctx, row.centre_id);
  // Pauses only move deadlines that run, i.e. after acceptance.
  const pauses = row.accepted_at
    ? pausesOf(row.pauses.map((p) => ({ started_at: new Date(p.started_at), ended_at: instant(p.ended_at) })))
    : [];
  const clock = clockOf(rules, row, pauses, new Date());
  return {
    caseNo: row.case_no,
    itemName: g.definition.name,
    itemNameEn: g.definition.nameEn || null,
    departmentName: g.departmentName,
    departmentNameEn: g.departmentNameEn,
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    acceptedAt: iso(row.accepted_at),
    deadline: iso(clock.promisedDeadline),
    concludedAt: iso(row.concluded_at),
    currentStage: currentStage(row.status, row.active_steps),
    clockStopped: clock.paused,
    history: publicHistory(row.moves.map((m) => ({ ...m, at: new Date(m.at) }))),
    ...(await lookupAdditions(ctx.database.db, row)),
  };
}

/** A material's file, for the case's parties and supervisors in reach only. */
export async function materialFile(ctx: AppContext, actor: Actor | null, caseId: string, materialId: string) {
  await readable(ctx, actor, caseId);
  const m = await store.findMaterial(ctx.database.db, caseId, materialId);
  if (!m) throw new DomainError('resource.not_found');
  return { bytes: await ctx.files.read(m.sha256.trim()), mediaType: m.media_type, fileName: m.file_name };
}

/** The items the acting window clerk may register walk-in applications for. */
export async function intakeItemsFor(ctx: AppContext, actor: Actor | null) {
  const clerk = requireActingStaff(actor);
  if (clerk.acting.role !== 'window_clerk' || !clerk.acting.windowId) throw new DomainError('auth.forbidden');
  const rows = await store.intakeItems(ctx.database.db, clerk.acting.windowId, clerk.acting.centrePath);
  return {
    items: rows.map((r) => ({
      id: r.item_id,
      name: r.name,
      centreName: r.centre_name,
      departmentName: r.department_name,
      windowName: r.window_name,
      publishedVersionId: r.version_id,
    })),
  };
}
