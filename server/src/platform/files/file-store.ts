import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { DomainError } from '../errors.js';

export type StoredFile = { sha256: string; sizeBytes: number; mediaType: string };

export type FileRules = { maxBytes: number; allowedTypes: readonly string[] };

/** Blank forms and filled-in samples an item publishes for download (R-LAW-9). */
export const formFileRules: FileRules = {
  maxBytes: 5 * 1024 * 1024,
  allowedTypes: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/x-cfb',
  ],
};

/** Scanned forms and photos: what an agent or applicant may upload by default. */
export const documentRules: FileRules = {
  maxBytes: 10 * 1024 * 1024,
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

/**
 * Writes under a temporary name, flushed to disk, then renames it into place and flushes the
 * directory: a crash never leaves a partial file at the content address, and once the row that
 * names the file commits (PostgreSQL flushes its commit) the bytes are on disk too, not only in the
 * page cache, so a power cut cannot leave a case pointing at a lost material.
 */
async function writeDurably(target: string, bytes: Buffer): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await fs.open(tmp, 'wx');
  try {
    await file.writeFile(bytes);
    await file.datasync();
  } finally {
    await file.close();
  }
  await fs.rename(tmp, target);
  // Windows cannot open a directory to flush it (and makes a rename durable by itself).
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Content-addressed file storage on the local disk (an S3-compatible store in production would
 * implement the same interface). The type is decided by the bytes, never by the name or the
 * client's header; identical content is stored once.
 */
export class FileStore {
  constructor(private readonly root: string) {}

  private pathFor(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Writes the bytes first (before the transaction commits) and records the file in `db`. */
  async put(db: Kysely<Database>, bytes: Buffer, rules: FileRules): Promise<StoredFile> {
    const stored = await this.write(bytes, rules);
    await this.record(db, stored);
    return stored;
  }

  /**
   * Checks the bytes (size, type by content) and writes them at their content address. Callers on
   * a busy path write before they open their transaction, so no pooled connection waits on the
   * disk. Bytes whose transaction then fails stay unreferenced on disk, as they did when written
   * inside it: a disk write never was part of the transaction.
   */
  async write(bytes: Buffer, rules: FileRules): Promise<StoredFile> {
    if (bytes.length === 0) throw new DomainError('file.missing');
    if (bytes.length > rules.maxBytes) throw new DomainError('file.too_large', { maxBytes: rules.maxBytes });
    const detected = await fileTypeFromBuffer(bytes);
    const mediaType = detected?.mime ?? 'application/octet-stream';
    if (!rules.allowedTypes.includes(mediaType)) {
      throw new DomainError('file.type_not_allowed', { detected: mediaType, allowed: rules.allowedTypes });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathFor(sha256);
    try {
      await fs.access(target);
    } catch {
      await writeDurably(target, bytes);
    }
    return { sha256, sizeBytes: bytes.length, mediaType };
  }

  /** Records written bytes in `db` (identical content is recorded once). */
  async record(db: Kysely<Database>, stored: StoredFile): Promise<void> {
    await db
      .insertInto('stored_file')
      .values({ sha256: stored.sha256, size_bytes: stored.sizeBytes, media_type: stored.mediaType })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  async mediaType(db: Kysely<Database>, sha256: string): Promise<string> {
    const row = await db.selectFrom('stored_file').select('media_type').where('sha256', '=', sha256).executeTakeFirst();
    return row?.media_type ?? 'application/octet-stream';
  }

  /** Deletes stored bytes that nothing refers to any more (the caller has checked). */
  async remove(sha256: string): Promise<void> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return;
    await fs.rm(this.pathFor(sha256), { force: true });
  }

  async read(sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DomainError('resource.not_found');
    try {
      return await fs.readFile(this.pathFor(sha256));
    } catch {
      throw new DomainError('resource.not_found');
    }
  }
}
