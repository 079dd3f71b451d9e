/**
 * Is this page an article? (issue #3, part 1.) Cheap and invisible: one read-only pass at
 * idle time, no DOM change. Readability's isProbablyReaderable is one signal among the
 * page's own metadata, its address and the shape of its text; see score.ts for weights.
 */
import { findContainer } from './container';
import { ARTICLE_TYPES, THRESHOLD, weigh, type Evidence } from './score';
import { readMetadata } from './metadata';
import { urlShape } from './url-shape';
import { readSignals, readSignalsSliced, type BodyAnchors, type Signals } from './signals';

export interface Verdict {
  article: boolean;
  /** The evidence minus the threshold: above zero means article; further from zero, more certain. */
  score: number;
  /** Short reasons a reader understands, strongest first, those that carried the verdict. */
  reasons: string[];
  /** The element holding the article body, where names are marked. */
  container?: Element;
}

/** Enough reasons for the popup to explain the verdict without a wall of text. */
const MAX_REASONS = 4;

export function verdictOf(evidence: readonly Evidence[]): Omit<Verdict, 'container'> {
  const score = Math.round((evidence.reduce((sum, e) => sum + e.weight, 0) - THRESHOLD) * 10) / 10;
  const article = score > 0;
  const reasons = evidence
    .filter((e) => (article ? e.weight > 0 : e.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map((e) => e.reason);
  return { article, score, reasons };
}

function decide(doc: Document, { signals, anchors }: { signals: Signals; anchors: BodyAnchors }): Verdict {
  const verdict = verdictOf(weigh(signals));
  return verdict.article ? { ...verdict, container: findContainer(doc, anchors) } : verdict;
}

/**
 * Cheap signals first (issue #17): a site's home page that does not call itself an article
 * in its head is decided from its address and head alone, without reading the body (on
 * WCXB-dev, 63 of 644 pages that are not articles, and 2 of 711 articles, both declaring
 * nothing). Null when the body must be read.
 */
export function headVerdict(doc: Document, url: URL): Verdict | null {
  // A page's script can remove the document's root element: nothing to read, no article.
  if (!doc.documentElement) return verdictOf([{ weight: -1, reason: 'little text' }]);
  const shape = urlShape(url);
  if (!shape.root) return null;
  const meta = readMetadata(doc, HEAD_ONLY);
  if (meta.ogType === 'article' || meta.schemaTypes.some((t) => ARTICLE_TYPES.test(t))) return null;
  return verdictOf([{ weight: -1, reason: 'site home page' }]);
}

const HEAD_ONLY = { jsonLd: [], itemTypes: [], itemDate: false, itemAuthor: false, relAuthor: false };

export function detectArticle(doc: Document, url: URL): Verdict {
  return headVerdict(doc, url) ?? decide(doc, readSignals(doc, url));
}

/** The same verdict, with the page read in idle slices (the content script). */
export async function detectArticleSliced(doc: Document, url: URL,
  run: (step: (timeUp: () => boolean) => boolean) => Promise<void>): Promise<Verdict> {
  return headVerdict(doc, url) ?? decide(doc, await readSignalsSliced(doc, url, run));
}
