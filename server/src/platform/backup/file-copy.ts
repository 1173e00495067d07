import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FileEntry, sha256OfFile, storePath } from './manifest.js';

const SHA256_NAME = /^[0-9a-f]{64}$/;

/**
 * The content-addressed files present in a store laid out as aa/bb/<sha256> (FileStore's
 * layout). Temporary files of an upload in progress (`<sha>.<rand>.tmp`) are not files yet.
 */
export async function listStoreFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  let level1: string[];
  try {
    level1 = await fs.readdir(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  for (const a of level1.filter((n) => /^[0-9a-f]{2}$/.test(n))) {
    for (const b of (await fs.readdir(path.join(root, a))).filter((n) => /^[0-9a-f]{2}$/.test(n))) {
      for (const name of await fs.readdir(path.join(root, a, b))) {
        if (SHA256_NAME.test(name) && name.startsWith(a + b)) found.push(name);
      }
    }
  }
  return found.sort();
}

/**
 * Copies one content-addressed file, hashing the bytes as they stream, to a temporary name that
 * is renamed into place only when the hash matches the address. Returns the size, or an error
 * text when the source does not match its own name (it is then not copied).
 */
export async function copyVerified(
  sha256: string,
  fromRoot: string,
  toRoot: string,
): Promise<{ size: number } | { error: string }> {
  const source = path.join(fromRoot, storePath(sha256));
  const target = path.join(toRoot, storePath(sha256));
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), tap, createWriteStream(tmp, { flags: 'wx' }));
  } catch (err) {
    await fs.rm(tmp, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { error: `文件缺失 file missing: ${sha256}` };
    throw err;
  }
  const actual = hash.digest('hex');
  if (actual !== sha256) {
    await fs.rm(tmp, { force: true });
    return { error: `文件内容与地址不符 file content does not match its address: ${sha256} (is ${actual})` };
  }
  await fs.rename(tmp, target);
  return { size };
}

/**
 * Restores files from a backup into the file store. A file already present with the right
 * content is kept (content addressing makes that safe); every file is re-hashed where it lands.
 */
export async function restoreFiles(entries: readonly FileEntry[], fromRoot: string, toRoot: string): Promise<number> {
  let copied = 0;
  for (const entry of entries) {
    const target = path.join(toRoot, storePath(entry.sha256));
    const existing = await sha256OfFile(target).catch(() => null);
    if (existing?.sha256 !== entry.sha256) {
      const result = await copyVerified(entry.sha256, fromRoot, toRoot);
      if ('error' in result) throw new Error(`恢复文件失败 restoring a file failed: ${result.error}`);
      copied++;
    }
    const landed = await sha256OfFile(target);
    if (landed.sha256 !== entry.sha256 || landed.size !== entry.size) {
      throw new Error(`恢复后文件校验失败 restored file does not verify: ${entry.sha256}`);
    }
  }
  return copied;
}
