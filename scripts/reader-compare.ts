/**
 * Quick side-by-side of clean-mode extraction against Readability alone (issue #3, part 6),
 * until `npm run eval` covers it: bag-of-words F1 against each page's reference text
 * (WCXB's own metric: lowercased word tokens, averaged per page) and, on WCXB, how many
 * labelled boilerplate snippets (without[]) leak into the text and how many must-keep
 * snippets (with[]) survive.
 *   npx tsx scripts/reader-compare.ts <corpus> [--type article] [--limit N] [--worst N] [--dump pages.jsonl]
 * <corpus>: a WCXB folder (html/ + ground-truth/) or a folder of <id>/source.html with
 * expected.html or expected.txt (Readability's test pages, the project's fixtures).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadHtml, readPageText } from './cli/load.ts';
import { extractArticle } from '../src/reader/extract.ts';
import { blockText } from '../src/reader/text.ts';

interface Page { id: string; html: string; url: string; reference: string; type: string; without: string[]; with: string[] }

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const corpus = args[0] ?? '';
if (!corpus) throw new Error('usage: reader-compare.ts <corpus> [--type T] [--limit N] [--worst N]');

function htmlText(html: string): string {
  const page = loadHtml(`<body>${html}</body>`, 'https://reference.invalid/');
  try { return blockText(page.document.body); } finally { page.close(); }
}

function* pages(dir: string): Generator<Page> {
  if (existsSync(join(dir, 'ground-truth'))) {
    for (const name of readdirSync(join(dir, 'html')).sort()) {
      const id = name.replace(/\.html?(\.gz)?$/, '');
      const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
      yield { id, html: readPageText(join(dir, 'html', name)), url: gt.url, reference: gt.ground_truth.main_content ?? '',
        type: gt._internal?.page_type?.primary ?? '?', without: gt.ground_truth.without ?? [], with: gt.ground_truth.with ?? [] };
    }
    return;
  }
  for (const id of readdirSync(dir).sort()) {
    const source = join(dir, id, 'source.html');
    if (!existsSync(source)) continue;
    const txt = join(dir, id, 'expected.txt');
    const html = join(dir, id, 'expected.html');
    const reference = existsSync(txt) ? readFileSync(txt, 'utf8') : existsSync(html) ? htmlText(readFileSync(html, 'utf8')) : null;
    if (reference === null) continue;
    yield { id, html: readFileSync(source, 'utf8'), url: `https://corpus.invalid/${id}/`, reference, type: 'page', without: [], with: [] };
  }
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
function f1(candidate: string, reference: string): { p: number; r: number; f: number } {
  const ref = new Map<string, number>();
  for (const t of tokens(reference)) ref.set(t, (ref.get(t) ?? 0) + 1);
  const cand = tokens(candidate);
  const refCount = [...ref.values()].reduce((a, b) => a + b, 0);
  if (!cand.length || !refCount) return { p: 0, r: 0, f: cand.length === refCount ? 1 : 0 };
  let common = 0;
  for (const t of cand) { const n = ref.get(t) ?? 0; if (n > 0) { common++; ref.set(t, n - 1); } }
  const p = common / cand.length, r = common / refCount;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const present = (snippet: string, text: string) => !!norm(snippet) && text.includes(norm(snippet));

type Side = { f: number; p: number; r: number; leaks: number; kept: number; ms: number };
const blank = (): Side => ({ f: 0, p: 0, r: 0, leaks: 0, kept: 0, ms: 0 });
const total = { n: 0, errors: 0, without: 0, with: 0, readability: blank(), gloss: blank(), better: 0, worse: 0 };
const deltas: { id: string; d: number }[] = [];
const limit = Number(opt('limit') ?? Infinity);
const dump = opt('dump');
if (dump) writeFileSync(dump, '');

// jsdom keeps every document it makes through WeakRefs, and a WeakRef's target lives until
// the current job ends: without a turn of the event loop between pages, nothing is freed.
const nextTurn = () => new Promise((ok) => setImmediate(ok));

function measure(page: Page): void {
  let aloneText = '', glossText = '', t0 = 0, t1 = 0, t2 = 0;
  let loaded: ReturnType<typeof loadHtml> | null = null;
  try {
    loaded = loadHtml(page.html, page.url);
    t0 = performance.now();
    const alone = new Readability<Element>(loaded.document.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse();
    aloneText = alone?.content ? blockText(alone.content) : '';
    t1 = performance.now();
    const result = extractArticle(loaded.document, new URL(page.url));
    t2 = performance.now();
    glossText = result.ok ? result.text : '';
  } catch (e) {
    total.errors++;
    console.error(`${page.id}: ${(e as Error).message.slice(0, 120)}`);
    return;
  } finally {
    loaded?.close();
  }
  total.n++;
  if (total.n % 50 === 0) console.error(`… ${total.n} pages (${page.id})`);
  const a = f1(aloneText, page.reference), g = f1(glossText, page.reference);
  const leaked = { readability: [] as string[], gloss: [] as string[] };
  for (const [key, side, s, text, ms] of [['readability', total.readability, a, norm(aloneText), t1 - t0], ['gloss', total.gloss, g, norm(glossText), t2 - t1]] as const) {
    side.f += s.f; side.p += s.p; side.r += s.r; side.ms += ms;
    leaked[key] = page.without.filter((w) => present(w, text));
    side.leaks += leaked[key].length;
    side.kept += page.with.filter((w) => present(w, text)).length;
  }
  total.without += page.without.length;
  total.with += page.with.length;
  if (g.f > a.f + 1e-9) total.better++;
  if (g.f < a.f - 1e-9) total.worse++;
  deltas.push({ id: page.id, d: g.f - a.f });
  if (dump) appendFileSync(dump, JSON.stringify({ id: page.id, type: page.type, readability: a.f, gloss: g.f, leaked }) + '\n');
}

function report(): void {
  const n = total.n || 1;
  const row = (name: string, s: Side) => `${name.padEnd(12)} F1 ${(s.f / n).toFixed(4)}  P ${(s.p / n).toFixed(4)}  R ${(s.r / n).toFixed(4)}`
    + (total.without ? `  leaked ${s.leaks}/${total.without}  kept ${s.kept}/${total.with}` : '') + `  ${(s.ms / n).toFixed(1)} ms/page`;
  console.log(`${corpus}${opt('type') ? ` (type ${opt('type')})` : ''}: ${total.n} pages, ${total.errors} unreadable`);
  console.log(row('Readability', total.readability));
  console.log(row('Gloss', total.gloss));
  console.log(`Gloss better on ${total.better} pages, worse on ${total.worse}`);
  const worst = Number(opt('worst') ?? 0);
  for (const d of deltas.sort((x, y) => x.d - y.d).slice(0, worst)) console.log(`  worse ${d.id} ${d.d.toFixed(3)}`);
}

async function main(): Promise<void> {
  for (const page of pages(corpus)) {
    if (opt('type') && page.type !== opt('type')) continue;
    if (total.n >= limit) break;
    await nextTurn();
    measure(page);
  }
  report();
}

void main();
