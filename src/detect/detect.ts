/**
 * Is this page an article? (issue #3, part 1.) Cheap and invisible: one read-only pass at
 * idle time, no DOM change. Readability's isProbablyReaderable is one signal among the
 * page's own metadata, its address and the shape of its text; see score.ts for weights.
 */
import { findContainer } from './container';
import { declaredVerdict } from './declared';
import { HEAD_ONLY, readMetadata } from './metadata';
import { ARTICLE_TYPES, weigh } from './score';
import { readSignals, readSignalsSliced, type BodyAnchors, type Signals } from './signals';
import { urlShape } from './url-shape';
import { verdictOf, type Verdict } from './verdict';

export { verdictOf, type Verdict } from './verdict';

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


/** The verdict from the page walk, whatever the head declares (tests, eval comparisons). */
export function walkedVerdict(doc: Document, url: URL): Verdict {
  return decide(doc, readSignals(doc, url));
}

export function detectArticle(doc: Document, url: URL): Verdict {
  return headVerdict(doc, url) ?? declaredVerdict(doc, url) ?? walkedVerdict(doc, url);
}

/** The same verdict, with the page read in idle slices (the content script). */
export async function detectArticleSliced(doc: Document, url: URL,
  run: (step: (timeUp: () => boolean) => boolean) => Promise<void>): Promise<Verdict> {
  return headVerdict(doc, url) ?? declaredVerdict(doc, url) ?? decide(doc, await readSignalsSliced(doc, url, run));
}
