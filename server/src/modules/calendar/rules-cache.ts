/**
 * Per-process cache of each centre's case rules. Queue listings compute deadlines for dozens of
 * cases per request, and calendars change a few times a year, so rules are built once and kept.
 *
 * - An edit in this process clears everything (a centre's rules depend on its ancestors', so one
 *   edit can change many centres). Clearing runs after the edit commits; a load that started
 *   earlier is dropped with the rest, because entries are stored as promises when loading begins.
 * - Another process (a second server on the same PostgreSQL) does not hear of the edit; its entries
 *   expire after TTL_MS, so it applies the edit after at most 60 s.
 */
import type { AppContext } from '../../platform/app-context.js';

export const RULES_TTL_MS = 60_000;

type Entry<T> = { value: Promise<T>; expiresAt: number };

// Keyed by context: test files and tools may run several apps (several databases) in one process.
const caches = new WeakMap<AppContext, Map<string, Entry<unknown>>>();

function cacheOf(ctx: AppContext): Map<string, Entry<unknown>> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  return cache;
}

export function cachedRules<T>(ctx: AppContext, centreId: string, load: () => Promise<T>): Promise<T> {
  const cache = cacheOf(ctx);
  const now = Date.now();
  const hit = cache.get(centreId) as Entry<T> | undefined;
  if (hit && hit.expiresAt > now) return hit.value;
  const entry: Entry<T> = { value: load(), expiresAt: now + RULES_TTL_MS };
  cache.set(centreId, entry);
  // A failed load (unknown centre, database down) must not be served for a minute.
  entry.value.catch(() => {
    if (cache.get(centreId) === entry) cache.delete(centreId);
  });
  return entry.value;
}

export function invalidateRules(ctx: AppContext): void {
  caches.get(ctx)?.clear();
}
