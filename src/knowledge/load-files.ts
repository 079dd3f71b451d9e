// Node-only: reads the knowledge-base source files (build step, CLI and checks).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJsonl } from './compile.ts';
import type { KbRecord } from './types.ts';

/** Vitest's jsdom environment reports import.meta.url relative to the project root, so
 *  that path may not exist; then the repo root (every script's working folder) is used. */
const BESIDE = new URL('./data/', import.meta.url).pathname;
export const KB_DIR = existsSync(BESIDE) ? BESIDE : join(process.cwd(), 'src/knowledge/data');

export function kbFiles(dir = KB_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...kbFiles(path));
    else if (entry.name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

export interface SourcedRecord { record: KbRecord; file: string; line: number }

export function loadSourced(dir = KB_DIR): SourcedRecord[] {
  const out: SourcedRecord[] = [];
  for (const file of kbFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    let line = 0;
    for (const raw of text.split('\n')) {
      line++;
      if (!raw.trim()) continue;
      const [record] = parseJsonl(raw, `${relative(process.cwd(), file)}:${line}`);
      if (record) out.push({ record, file: relative(process.cwd(), file), line });
    }
  }
  return out;
}

/** All records, sorted by id so builds are reproducible whatever the file layout. */
export function loadRecords(dir = KB_DIR): KbRecord[] {
  return loadSourced(dir).map((s) => s.record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
