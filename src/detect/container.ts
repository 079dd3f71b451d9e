/**
 * The element that holds the article body, where names get marked (issue #5). Prefers what
 * the page declares (itemprop=articleBody), then the element whose own paragraphs hold the
 * most text, widened to its <article> when that adds only the title, byline and figures;
 * wire copy of one-line paragraphs falls back to the parent of the most paragraphs.
 * Sizes come from the detection walk: reading a huge element's text again here would be
 * one long task on a huge page (found by the hostile suite, issue #8).
 */
import type { BodyAnchors } from './signals';

/** A declared body shorter than this is a teaser or a stub, not the article. */
const MIN_DECLARED_CHARS = 200;
/** Widen to the enclosing <article> only if it is at most this much bigger, not a
 *  page-wide wrapper that also holds comments and related stories. */
const MAX_WIDEN_RATIO = 1.6;

export function findContainer(doc: Document, anchors: BodyAnchors): Element {
  const { articleBody, elementChars } = anchors;
  // An element the walk did not finish (a truncated walk) counts as empty: never chosen for its size.
  const size = (el: Element) => elementChars.get(el) ?? 0;
  if (articleBody && size(articleBody) >= MIN_DECLARED_CHARS) return articleBody;
  const best = anchors.bestParent ?? anchors.shortParagraphParent;
  if (best && best !== doc.body) {
    const article = best.parentElement?.closest('article');
    if (article && elementChars.has(article) && size(article) <= MAX_WIDEN_RATIO * size(best)) return article;
    return best;
  }
  return doc.body ?? doc.documentElement;
}
