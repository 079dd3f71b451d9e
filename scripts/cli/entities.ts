/**
 * `npm run eval -- --entities <labels dir> [--corpus-root <dir>] [--json]` (issue #13):
 * Gloss's linking beside a plain dictionary baseline on hand-labelled pages. Each label
 * file names its corpus and page; the text is read from the corpus (never stored here) and
 * checked against the label file's length and hash before it is scored.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMentions, type Mention } from '../../src/matcher/match.ts';
import { firstMentions } from '../../src/matcher/mention.ts';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import { baselineMentions } from './entity-baseline.ts';
import { scorePage, total, type Label, type PageScore, type Prediction, type Totals } from './entity-score.ts';
import { loadKb, type Kb } from './kb.ts';
import { UserError } from './load.ts';

interface LabelFile { corpus: string; page: string; desk?: string; textLength: number; textSha256: string; mentions: Label[] }

export interface EntityEval {
  pages: number;
  mentions: number;
  gloss: Totals;
  baseline: Totals;
  /** Per page, for --json: id, desk and both scores. */
  rows: { page: string; desk?: string; gloss: PageScore; baseline: PageScore }[];
  skipped: string[];
  /** When the labels folder names the pages whose names records were written for
   *  (kb-tuned.json): Gloss's figures on those pages and on the others, apart. */
  split?: { tuned: Totals; heldOut: Totals; tunedPages: number; heldOutPages: number };
}

/** Pages whose labelled names were used to choose knowledge-base records (see kb-tuned.json). */
function tunedPages(labelsDir: string): Set<string> | null {
  const file = join(labelsDir, 'kb-tuned.json');
  if (!existsSync(file)) return null;
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { pages: string[] }).pages);
}

function pageText(corpusRoot: string, file: LabelFile): string {
  const truth = JSON.parse(readFileSync(join(corpusRoot, file.corpus, 'ground-truth', `${file.page}.json`), 'utf8')) as { ground_truth: { main_content: string } };
  const text = truth.ground_truth.main_content;
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  if (text.length !== file.textLength || sha !== file.textSha256) throw new Error(`the corpus text of page ${file.page} is not the one labelled`);
  return text;
}

export function evaluateEntities(labelsDir: string, corpusRoot: string, kb: Kb = loadKb()): EntityEval {
  const titles = new Map(kb.records.map((r) => [r.id, r.wikipedia] as const));
  const titleOf = (m: Mention) => titles.get(kb.index.entities[m.entity]?.[0] ?? '') ?? null;
  const files = readdirSync(labelsDir).filter((f) => /^[\w-]+-\d+\.json$/.test(f)).sort();
  if (!files.length) throw new UserError(`no label files (*.json) in ${labelsDir}`);
  const rows: EntityEval['rows'] = [];
  const skipped: string[] = [];
  let mentions = 0;
  for (const f of files) {
    const file = JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as LabelFile;
    let text: string;
    try {
      text = pageText(corpusRoot, file);
    } catch (e) {
      skipped.push(`${f}: ${(e as Error).message}`);
      continue;
    }
    // A line break is a block break on a page: no name spans two paragraphs.
    const blocks = text.replace(/\n/g, BLOCK_BREAK);
    // As pages show them: a term is marked at its first mention only (annotate/annotator.ts).
    const kindOf = (m: Mention) => kb.index.entities[m.entity]?.[2];
    const predict = (found: Mention[]): Prediction[] => firstMentions(found, (m) => kindOf(m) === 'term')
      .map((m) => ({ start: m.start, end: m.end, title: titleOf(m), surface: m.surface, kind: kindOf(m) }));
    rows.push({
      page: file.page, desk: file.desk,
      gloss: scorePage(file.mentions, predict(findMentions(blocks, kb.lookup))),
      baseline: scorePage(file.mentions, predict(baselineMentions(blocks, kb.lookup))),
    });
    mentions += file.mentions.length;
  }
  if (!rows.length) throw new UserError(`none of the labelled pages could be read from ${corpusRoot}:\n${skipped.join('\n')}`);
  const tuned = tunedPages(labelsDir);
  const split = tuned ? {
    tuned: total(rows.filter((r) => tuned.has(r.page)).map((r) => r.gloss)),
    heldOut: total(rows.filter((r) => !tuned.has(r.page)).map((r) => r.gloss)),
    tunedPages: rows.filter((r) => tuned.has(r.page)).length,
    heldOutPages: rows.filter((r) => !tuned.has(r.page)).length,
  } : undefined;
  return { pages: rows.length, mentions, gloss: total(rows.map((r) => r.gloss)), baseline: total(rows.map((r) => r.baseline)), rows, skipped, ...(split ? { split } : {}) };
}

const f3 = (n: number) => n.toFixed(3);

export function formatEntityEval(e: EntityEval): string {
  const line = (name: string, g: string, b: string) => `${name.padEnd(34)}${g.padStart(14)}${b.padStart(16)}`;
  const families = [...new Set([...Object.keys(e.gloss.byFamily), ...Object.keys(e.baseline.byFamily)])].sort();
  const per10 = (t: Totals) => `${t.trapHits} (${((t.trapHits * 10) / e.pages).toFixed(1)}/10)`;
  return [
    `Linking on ${e.pages} hand-labelled pages, ${e.mentions} labelled mentions (${e.gloss.gold} with an article to link)`,
    line('', 'Gloss', 'baseline'),
    line('precision', f3(e.gloss.precision), f3(e.baseline.precision)),
    line('  on the kinds the labels cover', f3(e.gloss.precisionLabelledKinds), f3(e.baseline.precisionLabelledKinds)),
    line('recall', f3(e.gloss.recall), f3(e.baseline.recall)),
    line('F1', f3(e.gloss.f1), f3(e.baseline.f1)),
    line('names marked', String(e.gloss.predicted), String(e.baseline.predicted)),
    line('trap hits (per 10 articles)', per10(e.gloss), per10(e.baseline)),
    line('terms explained (not names: unjudged)', String(e.gloss.terms), String(e.baseline.terms)),
    'errors by family:',
    ...families.map((k) => line(`  ${k}`, String(e.gloss.byFamily[k] ?? 0), String(e.baseline.byFamily[k] ?? 0))),
    'baseline: leftmost-longest dictionary matching over the same knowledge base, no context rules',
    ...(e.split ? [
      `Gloss on the ${e.split.tunedPages} pages whose names records were written for: precision ${f3(e.split.tuned.precision)}, recall ${f3(e.split.tuned.recall)}`,
      `Gloss on the other ${e.split.heldOutPages} pages (names not looked at): precision ${f3(e.split.heldOut.precision)}, recall ${f3(e.split.heldOut.recall)}`,
    ] : []),
    ...(e.skipped.length ? [`skipped ${e.skipped.length}: ${e.skipped.join('; ')}`] : []),
  ].join('\n');
}
