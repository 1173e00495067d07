import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use. PDF, font, QR and mail libraries together hold tens of
 * MiB once loaded; most server processes go hours without rendering a document or sending mail,
 * so they stay out of an idle server's memory (the idle-RSS figure in docs/benchmarks.md).
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
