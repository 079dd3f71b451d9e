/**
 * Is this page an article? (issue #3, part 1.) Cheap and invisible: one read-only pass at
 * idle time, no DOM change. Readability's isProbablyReaderable is one signal among the
 * page's own metadata, its address and the shape of its text; see score.ts for weights.
 */
import { findContainer } from './container';
import { declaredVerdict } from './declared';
import { HEAD_ONLY, readHead, readMetadata, type HeadFacts } from './metadata';
import { ARTICLE_TYPES, READERABLE_WEIGHT, THRESHOLD, weigh, type Evidence } from './score';
import { readerable, readSignals, readSignalsSliced, type WalkedSignals } from './signals';
import { urlShape } from './url-shape';
import type { ReadLimits } from './bounded-read';
import { verdictOf, type Verdict } from './verdict';

export { verdictOf, type Verdict } from './verdict';

/**
 * Readability's check is asked only where its answer could change the verdict (issue #17,
 * item 6). It reads every paragraph's style, class and text until its score passes, so on a
 * page that is not an article it reads them all, and there the rest of the evidence usually
 * decides already: when even its weight would not lift the page over the threshold, the
 * verdict and the reasons (such a page lists only evidence against) are what they would have
 * been; only the score leaves that point out. Where the page is an article either way it is
 * still asked, for its reason.
 */
function weighWalked(doc: Document, { signals, mayAskReaderable }: WalkedSignals): Evidence[] {
  const evidence = weigh(signals);
  if (!mayAskReaderable || evidence.reduce((sum, e) => sum + e.weight, 0) + READERABLE_WEIGHT <= THRESHOLD) return evidence;
  return readerable(doc) ? weigh({ ...signals, readerable: true }) : evidence;
}

function decide(doc: Document, walked: WalkedSignals): Verdict {
  const verdict = verdictOf(weighWalked(doc, walked));
  return verdict.article ? { ...verdict, container: findContainer(doc, walked.anchors) } : verdict;
}

/**
 * Cheap signals first (issue #17): a site's home page that does not call itself an article
 * in its head is decided from its address and head alone, without reading the body (on
 * WCXB-dev, 63 of 644 pages that are not articles, and 2 of 711 articles, both declaring
 * nothing). Null when the body must be read.
 */
export function headVerdict(doc: Document, url: URL, head?: HeadFacts): Verdict | null {
  // A page's script can remove the document's root element: nothing to read, no article.
  if (!doc.documentElement) return verdictOf([{ weight: -1, reason: 'little text' }]);
  const shape = urlShape(url);
  if (!shape.root) return null;
  const meta = readMetadata(doc, HEAD_ONLY, head);
  if (meta.ogType === 'article' || meta.schemaTypes.some((t) => ARTICLE_TYPES.test(t))) return null;
  return verdictOf([{ weight: -1, reason: 'site home page' }]);
}


/** The verdict from the page read, whatever the head declares (tests, eval comparisons);
 *  `limits` choose between the whole walk and the bounded read (bounded-read.ts). */
export function walkedVerdict(doc: Document, url: URL, head?: HeadFacts, limits?: ReadLimits): Verdict {
  return decide(doc, readSignals(doc, url, head, limits));
}

/** The head is read once and handed to each step (each used to read it, JSON-LD and all). */
export function detectArticle(doc: Document, url: URL): Verdict {
  const head = readHead(doc);
  return headVerdict(doc, url, head) ?? declaredVerdict(doc, url, head) ?? walkedVerdict(doc, url, head);
}

/** The same verdict, with the page read in idle slices (the content script). */
export async function detectArticleSliced(doc: Document, url: URL,
  run: (step: (timeUp: () => boolean) => boolean) => Promise<void>): Promise<Verdict> {
  const head = readHead(doc);
  return headVerdict(doc, url, head) ?? declaredVerdict(doc, url, head) ?? decide(doc, await readSignalsSliced(doc, url, run, head));
}
