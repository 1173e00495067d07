import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type BackupManifest, BackupIntegrityError, readManifest, sha256OfFile, storePath } from './manifest.js';

export type VerifyOptions = {
  /** Also decompress every table file and check each line is a row of the right width. */
  deep?: boolean;
};

async function checkRows(file: string, rows: number, width: number): Promise<string | null> {
  let count = 0;
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      count++;
      const parsed: unknown = JSON.parse(line);
      if (!Array.isArray(parsed) || parsed.length !== width) return `row ${count} has the wrong shape`;
    }
  } catch (err) {
    return `unreadable: ${err instanceof Error ? err.message : String(err)}`;
  }
  return count === rows ? null : `has ${count} rows, manifest says ${rows}`;
}

/**
 * Checks a backup folder against its manifest: the manifest's own checksum, then the SHA-256 and
 * size of every table file and stored file. Throws BackupIntegrityError listing every problem.
 */
export async function verifyBackup(folder: string, opts: VerifyOptions = {}): Promise<BackupManifest> {
  const manifest = await readManifest(folder);
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const file = path.join(folder, t.file);
    const actual = await sha256OfFile(file).catch(() => null);
    if (!actual) {
      problems.push(`文件缺失 missing: ${t.file}`);
    } else if (actual.sha256 !== t.sha256 || actual.size !== t.bytes) {
      problems.push(`校验和不符 checksum mismatch: ${t.file}`);
    } else if (opts.deep) {
      const issue = await checkRows(file, t.rows, t.columns.length);
      if (issue) problems.push(`表文件损坏 damaged table file ${t.file}: ${issue}`);
    }
  }
  for (const f of manifest.files) {
    const rel = path.join('files', storePath(f.sha256));
    const actual = await sha256OfFile(path.join(folder, rel)).catch(() => null);
    if (!actual) problems.push(`文件缺失 missing: ${rel}`);
    else if (actual.sha256 !== f.sha256 || actual.size !== f.size)
      problems.push(`校验和不符 checksum mismatch: ${rel}`);
  }
  if (problems.length > 0) throw new BackupIntegrityError(folder, problems);
  return manifest;
}
