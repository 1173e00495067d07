import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Statements one connection keeps prepared. Kysely writes `IN ($1, $2, …)` with as many
 * placeholders as values, so some texts vary without bound; past the cap a new text runs
 * unnamed (planned each time, as before) and the backend's memory stays bounded.
 */
export const MAX_PREPARED_PER_CONNECTION = 400;

const names = new Map<string, string>();

/** A stable name for a statement's text (the same on every connection). */
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tb_${createHash('sha1').update(text).digest('base64url')}`;
    // The texts are the application's own, so this map is as bounded as its queries are; the
    // guard only keeps a pathological caller from growing it.
    if (names.size < 20_000) names.set(text, name);
  }
  return name;
}

/**
 * A pg client that prepares each parameterised statement once per connection and then only binds
 * and executes it. Planning a statement against license_case (many partial indexes) cost more
 * than running it: on the payment-callback benchmark PostgreSQL spent about as long planning as
 * executing. PostgreSQL revalidates a prepared plan after DDL, and with plan_cache_mode = auto it
 * keeps choosing custom plans where a generic one would be worse (partial indexes whose predicate
 * needs the parameters' values).
 *
 * Only statements with parameters are named: a named statement needs the extended protocol,
 * which refuses several statements in one text (migrations, scripts), and a text without
 * parameters keeps the simple protocol it had.
 */
export class PreparingClient extends pg.Client {
  readonly #prepared = new Set<string>();

  // The base method is overloaded (text, config object, Query/cursor objects, callbacks);
  // everything but (text, values[]) is passed through untouched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg's own untyped dispatch
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      const name = nameOf(config);
      if (this.#prepared.has(name) || this.#prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.#prepared.add(name);
        return super.query({ name, text: config, values }, callback);
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    return super.query(config, values, callback);
  }

  /** How many statements this connection has named (for tests). */
  get preparedCount(): number {
    return this.#prepared.size;
  }
}
