/**
 * One page of `npm run eval`: Gloss beside its baselines on the same parsed document.
 * Order matters because plain Readability mutates the document it parses: detection and
 * isProbablyReaderable only read, Gloss's extraction works on its own clone, and plain
 * Readability runs last on the loaded document itself.
 */
import { readFileSync } from 'node:fs';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from '../../src/detect/detect.ts';
import { extractArticle } from '../../src/reader/extract.ts';
import { blockText } from '../../src/reader/text.ts';
import { loadHtml, readPageText } from './load.ts';
import { scoreDoc, snippetFinder } from './shingles.ts';
import { withHeader } from './reference-set.ts';
import type { PageInput } from './inputs.ts';
import type { Row } from './row.ts';

export interface Reference { text: string; with: string[]; without: string[] }

/** Text of an HTML fragment, one block per line: the conversion Gloss's own text uses. */
function htmlText(doc: Document, html: string): string {
  const holder = doc.implementation.createHTMLDocument('');
  holder.body.innerHTML = html;
  return blockText(holder.body);
}

function readReference(input: PageInput, doc: Document): Reference | null {
  if (input.groundTruth) {
    const gt = JSON.parse(readFileSync(input.groundTruth, 'utf8')).ground_truth ?? {};
    if (typeof gt.main_content !== 'string') return null;
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    return { text: gt.main_content, with: list(gt.with), without: list(gt.without) };
  }
  if (!input.reference) return null;
  const raw = readPageText(input.reference.path);
  return { text: input.reference.kind === 'text' ? raw : htmlText(doc, raw), with: [], without: [] };
}

function snippets(text: string, ref: Reference) {
  const has = snippetFinder(text);
  return { kept: ref.with.filter(has).length, leaked: ref.without.filter(has).length };
}

export function evaluatePage(input: PageInput): Row {
  if (input.kind !== 'html') return { id: input.id, error: 'plain text: nothing to evaluate' };
  const started = performance.now();
  const page = loadHtml(readPageText(input.path), input.url);
  try {
    const doc = page.document;
    const url = new URL(input.url);
    const t0 = performance.now();
    const verdict = detectArticle(doc, url);
    const detectMs = performance.now() - t0;
    // The baseline as it stands: under jsdom it throws on a few pages' inline styles.
    let readerable = false;
    try {
      readerable = isProbablyReaderable(doc);
    } catch { /* counted as "not readerable" */ }
    const reference = readReference(input, doc);

    const row: Row = {
      id: input.id,
      ...(input.label ? { label: input.label } : {}),
      detect: { gloss: verdict.article, score: verdict.score, reasons: verdict.reasons, readerable, ms: Math.round(detectMs * 10) / 10 },
    };
    /** Whole-page time under jsdom, for finding the pages that dominate a run. */
    const finish = () => Object.assign(row, { ms: Math.round(performance.now() - started) });
    if (!reference) return finish();

    // A reference with a header is scored against what each reader's header shows above
    // the body (Gloss's view and Firefox's Reader View both show title and byline).
    const header = input.reference?.header === true;
    const gloss = extractArticle(doc, url, verdict.container);
    const glossText = !gloss.ok ? '' : header ? withHeader(gloss.title, gloss.byline, gloss.text) : gloss.text;
    let plainText = '';
    try {
      const parsed = new Readability(doc).parse();
      const body = parsed?.content ? htmlText(doc, parsed.content) : '';
      plainText = header && body ? withHeader(parsed?.title, parsed?.byline, body) : body;
    } catch { /* Readability failing is its result: no text */ }

    row.text = { gloss: scoreDoc(glossText, reference.text), readability: scoreDoc(plainText, reference.text) };
    if (reference.with.length || reference.without.length) {
      row.snippets = {
        with: reference.with.length,
        without: reference.without.length,
        gloss: snippets(glossText, reference),
        readability: snippets(plainText, reference),
      };
    }
    return finish();
  } finally {
    page.close();
  }
}
