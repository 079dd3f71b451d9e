/**
 * Sums per-page eval rows into corpus figures and prints them side by side: Gloss beside
 * plain Readability for clean text, beside isProbablyReaderable for detection.
 */
import { corpusScore, type CorpusScore, type DocScore } from './shingles.ts';
import type { Row } from './tasks.ts';

interface Side { precision: number; recall: number }
interface Snips { kept: number; leaked: number }
export interface EvalRow extends Row {
  label?: { article: boolean; type?: string };
  detect?: { gloss: boolean; readerable: boolean; ms: number };
  text?: { gloss: DocScore; readability: DocScore };
  snippets?: { with: number; without: number; gloss: Snips; readability: Snips };
}

export interface DetectionScore { accuracy: number; articleRecall: number; nonArticleRejection: number }

export interface EvalSummary {
  corpus: string;
  pages: number;
  errors: { id: string; error: string }[];
  seconds: number;
  workers: number;
  extraction: null | {
    documents: number;
    gloss: CorpusScore;
    readability: CorpusScore;
    snippets: null | { with: number; without: number; gloss: { kept: number; leaked: number }; readability: { kept: number; leaked: number } };
  };
  detection: null | {
    labelled: number;
    articles: number;
    nonArticles: number;
    gloss: DetectionScore;
    readerable: DetectionScore;
    /** Share of each labelled page type that each side called an article. */
    byType: Record<string, { pages: number; gloss: number; readerable: number }>;
  };
  /** Detection time per page under jsdom (a browser is several times faster). */
  detectMs: null | { median: number; p95: number; max: number };
  /** The pages where Gloss's clean text scores lowest, when asked for (the reference set). */
  worst?: PageText[];
  /** Clean-text scores per group of pages, when asked for (the reference set's two corpora). */
  byGroup?: Record<string, { documents: number; gloss: CorpusScore; readability: CorpusScore }>;
}

export interface PageText { id: string; precision: number; recall: number; f1: number }

const f1Of = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The `n` pages with the lowest F1 for Gloss, lowest first (ties by id, for stable output). */
export function worstPages(rows: readonly EvalRow[], n: number): PageText[] {
  return rows.filter((r) => r.text).map((r) => {
    const { precision, recall } = r.text!.gloss;
    return { id: r.id, precision, recall, f1: f1Of(precision, recall) };
  }).sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, n);
}

const ratio = (n: number, d: number) => (d ? n / d : 0);

function detectionScore(rows: EvalRow[], said: (r: EvalRow) => boolean): DetectionScore {
  const arts = rows.filter((r) => r.label!.article);
  const non = rows.filter((r) => !r.label!.article);
  const right = rows.filter((r) => said(r) === r.label!.article).length;
  return {
    accuracy: ratio(right, rows.length),
    articleRecall: ratio(arts.filter(said).length, arts.length),
    nonArticleRejection: ratio(non.filter((r) => !said(r)).length, non.length),
  };
}

function byGroup(rows: readonly EvalRow[], groupOf: (id: string) => string): NonNullable<EvalSummary['byGroup']> {
  const groups = new Map<string, EvalRow[]>();
  for (const r of rows.filter((x) => x.text)) {
    const g = groupOf(r.id);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, rs]) => [g, {
    documents: rs.length,
    gloss: corpusScore(rs.map((r) => r.text!.gloss)),
    readability: corpusScore(rs.map((r) => r.text!.readability)),
  }]));
}

export interface SummaryOptions {
  /** List this many of Gloss's lowest pages. */
  worst?: number;
  /** Score the pages of each group apart as well (the group a page id belongs to). */
  groupOf?: (id: string) => string;
}

export function summarise(corpus: string, rows: EvalRow[], seconds: number, workers: number, options: SummaryOptions = {}): EvalSummary {
  const errors = rows.filter((r) => r.error).map((r) => ({ id: r.id, error: r.error! }));
  const scored = rows.filter((r) => r.text);
  const snipRows = rows.filter((r) => r.snippets);
  const sum = (f: (r: EvalRow) => number) => snipRows.reduce((s, r) => s + f(r), 0);
  const labelled = rows.filter((r) => r.label && r.detect);
  const byType: Record<string, { pages: number; gloss: number; readerable: number }> = {};
  for (const r of labelled) {
    const type = r.label!.type ?? (r.label!.article ? 'article' : 'not article');
    const t = (byType[type] ??= { pages: 0, gloss: 0, readerable: 0 });
    t.pages++;
    t.gloss += Number(r.detect!.gloss);
    t.readerable += Number(r.detect!.readerable);
  }
  for (const t of Object.values(byType)) { t.gloss = ratio(t.gloss, t.pages); t.readerable = ratio(t.readerable, t.pages); }
  const ms = rows.filter((r) => r.detect).map((r) => r.detect!.ms).sort((a, b) => a - b);
  return {
    corpus,
    pages: rows.length,
    errors,
    seconds,
    workers,
    extraction: scored.length ? {
      documents: scored.length,
      gloss: corpusScore(scored.map((r) => r.text!.gloss)),
      readability: corpusScore(scored.map((r) => r.text!.readability)),
      snippets: snipRows.length ? {
        with: sum((r) => r.snippets!.with),
        without: sum((r) => r.snippets!.without),
        gloss: { kept: sum((r) => r.snippets!.gloss.kept), leaked: sum((r) => r.snippets!.gloss.leaked) },
        readability: { kept: sum((r) => r.snippets!.readability.kept), leaked: sum((r) => r.snippets!.readability.leaked) },
      } : null,
    } : null,
    detection: labelled.length ? {
      labelled: labelled.length,
      articles: labelled.filter((r) => r.label!.article).length,
      nonArticles: labelled.filter((r) => !r.label!.article).length,
      gloss: detectionScore(labelled, (r) => r.detect!.gloss),
      readerable: detectionScore(labelled, (r) => r.detect!.readerable),
      byType,
    } : null,
    detectMs: ms.length ? { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.floor(ms.length * 0.95)]!, max: ms[ms.length - 1]! } : null,
    ...(options.worst ? { worst: worstPages(rows, options.worst) } : {}),
    ...(options.groupOf ? { byGroup: byGroup(rows, options.groupOf) } : {}),
  };
}

const f3 = (n: number) => n.toFixed(3);
const row = (label: string, a: string, b: string) => `  ${label.padEnd(28)}${a.padStart(20)}${b.padStart(24)}`;
const share = (n: number, d: number) => `${f3(ratio(n, d))} (${n}/${d})`;

export function formatSummary(s: EvalSummary): string {
  const out: string[] = [];
  out.push(`Gloss eval — ${s.corpus}: ${s.pages} pages, ${s.errors.length} errors, ${s.workers} workers, ${s.seconds.toFixed(0)} s`);
  if (s.extraction) {
    const e = s.extraction;
    out.push('', `Clean text, 4-gram shingles (${e.documents} pages with reference text; means over pages)`);
    out.push(row('', 'Gloss', 'Readability alone'));
    out.push(row('precision', f3(e.gloss.precision), f3(e.readability.precision)));
    out.push(row('recall', f3(e.gloss.recall), f3(e.readability.recall)));
    out.push(row('F1', f3(e.gloss.f1), f3(e.readability.f1)));
    if (e.snippets) {
      const n = e.snippets;
      out.push(row('with[] kept (higher better)', share(n.gloss.kept, n.with), share(n.readability.kept, n.with)));
      out.push(row('without[] leaked (lower)', share(n.gloss.leaked, n.without), share(n.readability.leaked, n.without)));
    }
    if (s.byGroup && Object.keys(s.byGroup).length > 1) {
      out.push('  F1 (precision / recall) by group of pages:');
      const fpr = (c: CorpusScore) => `${f3(c.f1)} (${f3(c.precision)}/${f3(c.recall)})`;
      // Aligned with the rows above however long a group's name is (their Gloss column ends at 50).
      for (const [g, c] of Object.entries(s.byGroup)) {
        const lead = `  ${g} (${c.documents})`;
        out.push(`${lead}${fpr(c.gloss).padStart(Math.max(20, 50 - lead.length))}${fpr(c.readability).padStart(24)}`);
      }
    }
  }
  if (s.detection) {
    const d = s.detection;
    out.push('', `Detection (${d.labelled} labelled pages: ${d.articles} articles, ${d.nonArticles} not)`);
    out.push(row('', 'Gloss', 'isProbablyReaderable'));
    out.push(row('accuracy', f3(d.gloss.accuracy), f3(d.readerable.accuracy)));
    out.push(row('article recall', f3(d.gloss.articleRecall), f3(d.readerable.articleRecall)));
    out.push(row('non-article rejection', f3(d.gloss.nonArticleRejection), f3(d.readerable.nonArticleRejection)));
    out.push('  said "article", by labelled type:');
    for (const [type, t] of Object.entries(d.byType).sort((a, b) => b[1].pages - a[1].pages))
      out.push(row(`    ${type} (${t.pages})`, f3(t.gloss), f3(t.readerable)));
  }
  if (s.worst?.length) {
    out.push('', `Gloss's ${s.worst.length} lowest pages (precision, recall, F1)`);
    for (const w of s.worst) out.push(`  ${w.id.padEnd(34)}${f3(w.precision).padStart(8)}${f3(w.recall).padStart(8)}${f3(w.f1).padStart(8)}`);
  }
  if (s.detectMs) out.push('', `Detection time per page under jsdom: median ${s.detectMs.median} ms, p95 ${s.detectMs.p95} ms, max ${s.detectMs.max} ms`);
  if (s.errors.length) {
    out.push('', `Pages with errors (${s.errors.length}):`);
    for (const e of s.errors.slice(0, 20)) out.push(`  ${e.id}: ${e.error}`);
    if (s.errors.length > 20) out.push(`  … and ${s.errors.length - 20} more (see --json)`);
  }
  return out.join('\n');
}
