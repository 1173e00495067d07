import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DomainError, ErrorCode } from '../../platform/errors.js';
import { transitionRules, type CaseAction, type CaseStatus } from './model.js';

/**
 * A move the state machine allows but another context holds back for now: the certificate while
 * the fees are unpaid, the lead case's decision while its joint case is open (R-APP-7). One rule,
 * asked twice: by the move, which is refused with the hold's error (inside its transaction, the
 * rows locked), and by the case view, which offers the move as waiting with the reason instead of
 * as a button that can only fail. Contexts register their holds when the app is composed, so
 * cases does not depend on them.
 */
export type ActionHold = {
  action: CaseAction;
  /** Why the move must wait on this case now, or null. `lock` inside the move's transaction. */
  check(db: Kysely<Database>, caseId: string, opts: { lock: boolean }): Promise<DomainError | null>;
  /** The same for a page of a list, in one read: the held cases among `caseIds`, and why. */
  among(db: Kysely<Database>, caseIds: string[]): Promise<Map<string, DomainError>>;
};

/** A move withheld from the view, with the catalogue code that says why (the web words it). */
export type HeldAction = { action: CaseAction; code: ErrorCode; details: unknown };

const holds: ActionHold[] = [];

// Holds are module constants: registering one again (another app in the same process) is a no-op.
export function onActionHold(hold: ActionHold): void {
  if (!holds.includes(hold)) holds.push(hold);
}

/** Refuses the move when a hold applies (run by the move, inside its transaction). */
export async function refuseIfHeld(trx: Kysely<Database>, caseId: string, action: CaseAction): Promise<void> {
  for (const hold of holds) {
    if (hold.action !== action) continue;
    const problem = await hold.check(trx, caseId, { lock: true });
    if (problem) throw problem;
  }
}

/**
 * Of the moves the state machine offers, those held back now and why. Only the offered moves are
 * asked about, so a case without such a move costs no query.
 */
export async function heldActions(
  db: Kysely<Database>,
  caseId: string,
  offered: readonly CaseAction[],
): Promise<HeldAction[]> {
  const held: HeldAction[] = [];
  for (const hold of holds) {
    if (!offered.includes(hold.action)) continue;
    const problem = await hold.check(db, caseId, { lock: false });
    if (problem) held.push({ action: hold.action, code: problem.code, details: problem.details ?? null });
  }
  return held;
}

/** A held move as a list shows it: which move, and the catalogue code that says why. */
export type ListedHold = { action: CaseAction; code: ErrorCode };

/**
 * For a page of a list (the queue, 我的办件): the moves held back on each case. A hold is asked
 * only about the cases in a status its move can be made from, so a page without such cases costs
 * no query.
 */
export async function heldInList(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ id: string; status: CaseStatus }>,
): Promise<Map<string, ListedHold[]>> {
  const out = new Map<string, ListedHold[]>();
  for (const hold of holds) {
    const from: readonly CaseStatus[] = transitionRules[hold.action].from;
    const ids = rows.filter((r) => from.includes(r.status)).map((r) => r.id);
    if (!ids.length) continue;
    for (const [id, problem] of await hold.among(db, ids))
      out.set(id, [...(out.get(id) ?? []), { action: hold.action, code: problem.code }]);
  }
  return out;
}
