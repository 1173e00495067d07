import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import type { Actor, RequestMeta } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { ClockRules } from './clock.js';

/** One move on a case, as recorded. */
export type Move = {
  caseId: string;
  applicantPersonId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note?: string | null | undefined;
  data?: Record<string, unknown>;
  /** The outbox topic when it differs from `case.<action>` (e.g. case.decide.grant). */
  topic?: string;
  /** The centre's clock rules, loaded before the transaction (never load them inside it). */
  rules: ClockRules;
  /**
   * Whether the case's item is a joint one (R-APP-7), when the mover already knows it (a new
   * case's submission has the guide in hand): hooks then need not read the item to find out.
   */
  jointItem?: boolean;
};

/**
 * Contexts that build on cases (notices now; fees later) act on a move inside its transaction —
 * a notice exists exactly when the move that issues it committed — without cases depending on
 * them: they register here when the app is composed.
 */
export type MoveHook = (
  trx: Kysely<Database>,
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
  move: Move & { eventId: string },
) => Promise<void>;

const hooks: MoveHook[] = [];

export function onCaseMove(hook: MoveHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

export async function runMoveHooks(...args: Parameters<MoveHook>): Promise<void> {
  for (const hook of hooks) await hook(...args);
}
