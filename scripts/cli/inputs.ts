/**
 * Turns a path into the pages to process, in a stable order (issue #7): a single file
 * (.html, .htm, .html.gz, .txt) or a corpus folder in any of the layouts
 *   <dir>/<id>/source.html               (+ expected.html | expected.txt, expected-metadata.json)
 *   <dir>/<id>.html | .htm | .html.gz | .txt   (+ optional <dir>/labels.json)
 *   <dir>/html/<id>.html.gz + <dir>/ground-truth/<id>.json   (WCXB)
 * `id` is the folder or file name without its extensions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './errors.ts';

export interface PageInput {
  id: string;
  /** The page file. */
  path: string;
  kind: 'html' | 'txt';
  /** The page's own URL when the corpus records it (WCXB), else the file's URL. */
  url: string;
  /** Reference text for extraction scores; `header` when it holds the title and byline too
   *  (the project's reference set), so the extraction's header is scored with its body. */
  reference?: { kind: 'text' | 'html'; path: string; header?: boolean };
  /** WCXB ground truth file (reference text, with[] / without[] snippets, page type). */
  groundTruth?: string;
  /** Whether the page is an article, when a label says so. */
  label?: { article: boolean; source: 'wcxb' | 'readerable' | 'labels'; type?: string };
}

const PAGE_FILE = /\.(html?|html?\.gz|txt)$/i;
export const idOf = (name: string): string => name.replace(/\.(html?|txt)(\.gz)?$/i, '');
const byId = (a: PageInput, b: PageInput) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function fileInput(path: string, own?: OwnLabel): PageInput {
  const kind = /\.txt$/i.test(path) ? 'txt' : 'html';
  const input: PageInput = { id: idOf(basename(path)), path, kind, url: pathToFileURL(path).href };
  if (own) {
    input.label = { article: own.article, source: 'labels', ...(own.type ? { type: own.type } : {}) };
    if (own.url && /^https?:/.test(own.url)) input.url = own.url;
  }
  return input;
}

/** The project's own labels: `labels.json` = { "<id>": { "article", "type"?, "url"? } };
 *  `url` is the address the page stands for, so address signals apply to it too. */
interface OwnLabel { article: boolean; type?: string; url?: string }

function readLabels(dir: string): Record<string, OwnLabel> {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UserError(`${file} is not valid JSON`);
  }
}

function wcxbInputs(dir: string): PageInput[] {
  const out: PageInput[] = [];
  for (const name of readdirSync(join(dir, 'html'))) {
    if (!PAGE_FILE.test(name)) continue;
    const id = idOf(name);
    const path = join(dir, 'html', name);
    const groundTruth = join(dir, 'ground-truth', `${id}.json`);
    const input: PageInput = { id, path, kind: 'html', url: pathToFileURL(path).href };
    if (existsSync(groundTruth)) {
      try {
        const gt = JSON.parse(readFileSync(groundTruth, 'utf8'));
        if (typeof gt.url === 'string' && /^https?:/.test(gt.url)) input.url = gt.url;
        const type = gt._internal?.page_type?.primary;
        if (typeof type === 'string') input.label = { article: type === 'article', source: 'wcxb', type };
        input.groundTruth = groundTruth;
      } catch { /* a broken ground-truth file leaves the page unlabelled; eval reports it */ }
    }
    out.push(input);
  }
  return out;
}

function folderInputs(dir: string): PageInput[] {
  const labels = readLabels(dir);
  const out: PageInput[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const source = join(path, 'source.html');
      if (!existsSync(source)) continue;
      const input: PageInput = { ...fileInput(source, labels[entry.name]), id: entry.name };
      for (const [file, kind] of [['expected.txt', 'text'], ['expected.html', 'html']] as const) {
        if (!input.reference && existsSync(join(path, file))) input.reference = { kind, path: join(path, file) };
      }
      const meta = join(path, 'expected-metadata.json');
      if (existsSync(meta)) {
        try {
          const readerable = JSON.parse(readFileSync(meta, 'utf8')).readerable;
          if (typeof readerable === 'boolean') input.label = { article: readerable, source: 'readerable' };
        } catch { /* unlabelled */ }
      }
      if (labels[entry.name]) input.label = fileInput(source, labels[entry.name]).label;
      out.push(input);
    } else if (PAGE_FILE.test(entry.name)) {
      out.push(fileInput(path, labels[idOf(entry.name)]));
    }
  }
  return out;
}

export function isWcxb(dir: string): boolean {
  return existsSync(join(dir, 'html')) && existsSync(join(dir, 'ground-truth'));
}

/** Every page under `target`, sorted by id; a missing path or an empty corpus is a user error. */
export function listInputs(target: string): PageInput[] {
  const path = resolve(target);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`no such file or folder: ${target}`);
  }
  if (stat.isFile()) {
    if (!PAGE_FILE.test(path)) throw new UserError(`${target}: expected a .html, .htm, .html.gz or .txt file`);
    return [fileInput(path)];
  }
  const pages = (isWcxb(path) ? wcxbInputs(path) : folderInputs(path)).sort(byId);
  if (!pages.length) throw new UserError(`no pages found in ${target}`);
  return pages;
}
