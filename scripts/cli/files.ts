// Reading page files: plain or gzipped, as exact UTF-8 text.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UserError } from './errors.ts';

/** Reads a file as UTF-8 text exactly (gunzipping `.gz`); an empty file is a user error. */
export function readPageText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new UserError(`cannot read ${path}: not a valid gzip file`);
    }
  }
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new UserError(`${path} is empty`);
  return text;
}

