/**
 * The project's reference set (issue #14, item 2): pages that stay in the shared corpora,
 * with a hand-checked reference text of ours for each (title, byline, body, captions).
 * `index.json` names each page by corpus and path; `<id>.txt` is its reference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './errors.ts';
import type { PageInput } from './inputs.ts';

export interface ReferenceEntry {
  id: string;
  /** Folder under the corpus root: `wcxb-dev` or `readability-test-pages`. */
  corpus: string;
  /** The page file, relative to the corpus folder. */
  page: string;
  /** Where the page came from (its address, or the corpus's own name for it). */
  source: string;
  /** What was changed from the corpus's own reference to make ours. */
  notes: string;
}

export const CORPORA = ['wcxb-dev', 'readability-test-pages'] as const;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Every problem with an index, one line each; empty when it is well-formed. */
export function indexProblems(entries: unknown, dir: string): string[] {
  if (!Array.isArray(entries)) return ['index.json is not an array'];
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((e: Partial<ReferenceEntry>, i) => {
    const at = `entry ${i}${typeof e?.id === 'string' ? ` (${e.id})` : ''}`;
    for (const key of ['id', 'corpus', 'page', 'source', 'notes'] as const) {
      if (typeof e?.[key] !== 'string' || !e[key]!.trim()) problems.push(`${at}: no ${key}`);
    }
    if (typeof e?.id !== 'string') return;
    if (!ID.test(e.id)) problems.push(`${at}: id is not lower-case letters, digits and dashes`);
    if (seen.has(e.id)) problems.push(`${at}: id used twice`);
    seen.add(e.id);
    if (typeof e.corpus === 'string' && !(CORPORA as readonly string[]).includes(e.corpus)) problems.push(`${at}: unknown corpus ${e.corpus}`);
    if (typeof e.page === 'string' && (e.page.startsWith('/') || e.page.split('/').includes('..'))) problems.push(`${at}: page must stay inside its corpus`);
    const ref = join(dir, `${e.id}.txt`);
    if (!existsSync(ref)) problems.push(`${at}: no ${e.id}.txt`);
    else if (!readFileSync(ref, 'utf8').trim()) problems.push(`${at}: ${e.id}.txt is empty`);
  });
  return problems;
}

export function readIndex(dir: string): ReferenceEntry[] {
  const file = join(dir, 'index.json');
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const problems = indexProblems(entries, dir);
  if (problems.length) throw new UserError(`${file}: ${problems.join('; ')}`);
  return entries as ReferenceEntry[];
}

/** The address eval gives a page: the one WCXB recorded, as the corpus-wide eval does; else the file's. */
function pageUrl(entry: ReferenceEntry, path: string, corpusRoot: string): string {
  if (entry.corpus === 'wcxb-dev') {
    const id = entry.page.replace(/^html\//, '').replace(/\.html(\.gz)?$/, '');
    try {
      const url = JSON.parse(readFileSync(join(corpusRoot, entry.corpus, 'ground-truth', `${id}.json`), 'utf8')).url;
      if (typeof url === 'string' && /^https?:/.test(url)) return url;
    } catch { /* the file's own address will do */ }
  }
  return pathToFileURL(path).href;
}

/** The set's pages as eval inputs; a page missing from the corpus root is a user error. */
export function referenceInputs(dir: string, corpusRoot: string): PageInput[] {
  const entries = readIndex(dir);
  const missing = entries.filter((e) => !existsSync(join(corpusRoot, e.corpus, e.page)));
  if (missing.length) throw new UserError(`${missing.length} pages of the reference set are not under ${corpusRoot} (first: ${missing[0]!.corpus}/${missing[0]!.page}); give --corpus-root`);
  return entries.map((e) => {
    const path = join(corpusRoot, e.corpus, e.page);
    return { id: e.id, path, kind: 'html', url: pageUrl(e, path, corpusRoot), reference: { kind: 'text', path: join(dir, `${e.id}.txt`), header: true } };
  });
}

/**
 * The text a reader sees for an extraction whose reference holds the header too: the
 * title and byline on lines of their own above the body, as the reading view's header
 * shows them (a missing one is left out). A body that repeats them is not forgiven: the
 * reader sees them twice, and the score counts it.
 */
export function withHeader(title: string | null | undefined, byline: string | null | undefined, body: string): string {
  return [title, byline].map((s) => s?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean).concat(body ? [body] : []).join('\n');
}
