/**
 * The element that holds the article body, where names get marked (issue #5). Prefers what
 * the page declares (itemprop=articleBody), then the element whose own paragraphs hold the
 * most text, widened to its <article> when that adds only the title, byline and figures;
 * wire copy of one-line paragraphs falls back to the parent of the most paragraphs.
 */
import type { BodyAnchors } from './signals';

/** A declared body shorter than this is a teaser or a stub, not the article. */
const MIN_DECLARED_CHARS = 200;
/** Widen to the enclosing <article> only if it is at most this much bigger, not a
 *  page-wide wrapper that also holds comments and related stories. */
const MAX_WIDEN_RATIO = 1.6;

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').length;

/** The parent of the most paragraph text, however short each paragraph is. */
function paragraphParent(doc: Document): Element | null {
  const chars = new Map<Element, number>();
  for (const p of doc.body?.getElementsByTagName('p') ?? []) {
    const parent = p.parentElement;
    if (parent) chars.set(parent, (chars.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, n] of chars) if (n > most) { best = el; most = n; }
  return best;
}

export function findContainer(doc: Document, anchors: BodyAnchors): Element {
  const { articleBody } = anchors;
  if (articleBody && textLength(articleBody) >= MIN_DECLARED_CHARS) return articleBody;
  const best = anchors.bestParent ?? paragraphParent(doc);
  if (best && best !== doc.body) {
    const article = best.parentElement?.closest('article');
    if (article && textLength(article) <= MAX_WIDEN_RATIO * textLength(best)) return article;
    return best;
  }
  return doc.body ?? doc.documentElement;
}
