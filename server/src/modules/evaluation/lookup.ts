import type { LookupAddition } from '../cases/lookup-additions.js';
import { onPublicLookup } from '../cases/lookup-additions.js';
import { isRateable } from './model.js';
import { levelOf } from './store.js';

/** The look-up says whether the case may be rated with its number and code, and how it was (R-KIO-3). */
const ratingOfCase: LookupAddition = async (db, c) => {
  // Only an ended case can have been rated: an open one costs the look-up no query.
  const rateable = isRateable(c.status);
  return { evaluation: { rateable, level: rateable ? ((await levelOf(db, c.id)) ?? null) : null } };
};

export function registerEvaluationHooks(): void {
  onPublicLookup(ratingOfCase);
}
