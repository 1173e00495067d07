import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * The on-disk shape of one backup folder:
 *
 *   tongban-backup-YYYYMMDD-HHMMSS/
 *     manifest.json          what is inside, with the SHA-256 of every other file
 *     manifest.sha256        SHA-256 of manifest.json (so a damaged manifest is detected too)
 *     tables/<table>.ndjson.gz   one JSON array per row: each column's text form, bytea as base64
 *     files/aa/bb/<sha256>   the content-addressed file store, same layout as DATA_DIR/files
 */
export const BACKUP_FORMAT = 'tongban-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_PREFIX = 'tongban-backup-';
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_HASH_FILE = 'manifest.sha256';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const columnSchema = z.object({
  name: z.string().min(1),
  /** format_type() of the column, for checking the target has the same shape. */
  type: z.string().min(1),
  /** bytea is written as base64 rather than its hex text form. */
  encoding: z.enum(['text', 'base64']),
});

const tableSchema = z.object({
  name: z.string().min(1),
  file: z.string().regex(/^tables\/[A-Za-z0-9_-]+\.ndjson\.gz$/),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: sha256Hex,
  columns: z.array(columnSchema),
});

const sequenceSchema = z.object({
  name: z.string().min(1),
  /** Kept as text: a bigint may exceed 2^53. */
  lastValue: z.string().regex(/^-?[0-9]+$/),
  isCalled: z.boolean(),
});

/** Stored under files/<storePath(sha256)>; the path is derived, never read from the manifest. */
const fileSchema = z.object({ sha256: sha256Hex, size: z.number().int().nonnegative() });

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  migration: z.string().min(1),
  databaseMode: z.enum(['embedded', 'server']).optional(),
  serverVersion: z.string(),
  tables: z.array(tableSchema),
  sequences: z.array(sequenceSchema),
  files: z.array(fileSchema),
  warnings: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableEntry = z.infer<typeof tableSchema>;
export type ColumnEntry = z.infer<typeof columnSchema>;
export type FileEntry = z.infer<typeof fileSchema>;

/** A backup is damaged or not a backup: restore refuses before touching anything. */
export class BackupIntegrityError extends Error {
  override name = 'BackupIntegrityError';
  constructor(
    readonly folder: string,
    readonly problems: readonly string[],
  ) {
    super(
      `备份校验失败 backup verification failed (${folder}): ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? ` (+${problems.length - 5} more)` : ''),
    );
  }
}

/** Restore was asked to do something that would lose data or cannot work. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `tongban-backup-YYYYMMDD-HHMMSS` in the machine's local time, as operators read it. */
export function backupFolderName(at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${BACKUP_PREFIX}${date}-${time}`;
}

/** Table names become file names; anything beyond [a-z0-9_] is hex-encoded so no name escapes. */
export function tableFileName(table: string): string {
  const safe = /^[a-z0-9_]+$/.test(table) ? table : `x-${Buffer.from(table, 'utf8').toString('hex')}`;
  return `tables/${safe}.ndjson.gz`;
}

/** Where a content-addressed file lives, relative to the file store root (as FileStore does). */
export function storePath(sha256: string): string {
  return path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function sha256OfBuffer(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function sha256OfFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    const b = chunk as Buffer;
    size += b.length;
    hash.update(b);
  }
  return { sha256: hash.digest('hex'), size };
}

/** Flushes a file or directory to stable storage (a directory fsync makes renames durable). */
export async function fsyncPath(p: string): Promise<void> {
  const fh = await fs.open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** fsyncs every file and directory under `root`, deepest first, then `root` itself. */
export async function fsyncTree(root: string): Promise<void> {
  const entries = await fs.readdir(root, { withFileTypes: true });
  for (const e of entries) {
    const p = path.join(root, e.name);
    if (e.isDirectory()) await fsyncTree(p);
    else if (e.isFile()) await fsyncPath(p);
  }
  await fsyncPath(root);
}

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await fs.writeFile(path.join(folder, MANIFEST_FILE), text, { flag: 'wx' });
  await fs.writeFile(path.join(folder, MANIFEST_HASH_FILE), `${sha256OfBuffer(text)}  ${MANIFEST_FILE}\n`, {
    flag: 'wx',
  });
}

/** Reads and checks the manifest itself; the files it lists are checked by verifyBackup. */
export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  let expected: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
    expected = (await fs.readFile(path.join(folder, MANIFEST_HASH_FILE), 'utf8')).trim().split(/\s+/)[0] ?? '';
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BackupIntegrityError(folder, [
      `不是备份目录或清单缺失 not a backup folder or manifest missing: ${reason}`,
    ]);
  }
  if (sha256OfBuffer(text) !== expected) {
    throw new BackupIntegrityError(folder, [`清单校验和不符 checksum mismatch: ${MANIFEST_FILE}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupIntegrityError(folder, [`清单不是有效 JSON manifest is not valid JSON`]);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupIntegrityError(folder, [
      `清单格式不支持 unsupported manifest: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
    ]);
  }
  return parsed.data;
}
