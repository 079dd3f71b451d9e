/**
 * The standfirst (a dek, a summary line under the headline) in a block of its own in the
 * article's head, which Readability leaves out with the head (issue #14): "Prices touted as
 * discounts will remain unaffordable for many workers" under a story's headline. It goes
 * back at the start of the article when the page itself says it is the story's summary:
 * its words are the page's own description (meta description, og:description), or its box
 * is named as one (dek, standfirst, subtitle, excerpt, …). Pure over the extraction's copy.
 */
import { overlap, placeInHead, wordsOf, type ArticleHead } from './article-head';
import { classAndId, linkDensity } from './declutter';
import { lineOf, normText } from './text';

/** A summary is a sentence or two: longer is a paragraph (missed-prose.ts takes those). */
const MIN_CHARS = 25;
const MAX_CHARS = 350;
const MIN_WORDS = 5;
/** Share of the shorter text's words in the other for a block to be the page's description. */
const DESCRIPTION_OVERLAP = 0.8;
/** Boxes the page names as its summary. "dek" also as a CSS module's prefix ("ArticleDek_root"). */
const SUMMARY_NAME = /dek(\b|_)|standfirst|sub-?title|sub-?head|excerpt|summary|description|intro|strapline|(^|[\s_-])deck([\s_-]|$)/;
/** Levels of boxes around a block that may carry the name. */
const NAME_LEVELS = 3;
/** A byline or a credit, not a summary. */
export const BYLINE_START = /^(by|par|von|por|di|door|av|af)\s/i;
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'div']);
/** Blocks inside a block: a box around the summary and the byline is not the summary. */
const INNER_BLOCKS = 'p, h2, h3, h4, div, li, blockquote, figure';
export const NOT_SUMMARY = 'figure, figcaption, a[href], nav, aside, button, time, address, [rel="author"], ul, ol';

/** The page's own descriptions of itself, as word sets. */
function descriptions(doc: Document): Set<string>[] {
  const metas = doc.querySelectorAll('meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i]');
  return [...metas].map((m) => wordsOf(m.getAttribute('content') ?? '')).filter((w) => w.size >= MIN_WORDS);
}

function namedSummary(el: Element, stop: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && e !== stop && i < NAME_LEVELS; e = e.parentElement, i++) if (SUMMARY_NAME.test(classAndId(e))) return true;
  return false;
}

/** A block of text with no block of text inside it: a box around the summary (and
 *  perhaps the byline) is not the summary. */
export function isLeafBlock(el: Element): boolean {
  if (!BLOCKS.has(el.localName)) return false;
  return ![...el.querySelectorAll(INNER_BLOCKS)].some((c) => lineOf(c));
}

/** The standfirst among the head's elements after `headline`, if the page says it is one. */
export function standfirstIn(head: readonly Element[], headline: Element, title: string): Element | null {
  const described = descriptions(headline.ownerDocument);
  const titleWords = wordsOf(title);
  const stop = headline.ownerDocument.body;
  for (const el of head) {
    const text = lineOf(el);
    if (text.length < MIN_CHARS || text.length > MAX_CHARS || !isLeafBlock(el)) continue;
    const words = wordsOf(text);
    if (words.size < MIN_WORDS || BYLINE_START.test(text) || el.closest(NOT_SUMMARY) || linkDensity(el) > 0.3) continue;
    if (overlap(words, titleWords) >= 0.9) continue;
    if (described.some((d) => overlap(words, d) >= DESCRIPTION_OVERLAP) || namedSummary(el, stop)) return el;
  }
  return null;
}

/**
 * Puts the page's standfirst at the start of `out` (Readability's output, whose normalised
 * text is `kept`) when the output lacks it. Returns the element added, or null.
 */
export function putBackStandfirst(out: Element, head: ArticleHead | null, kept: string, title: string): Element | null {
  const found = head && standfirstIn(head.after, head.headline, title);
  if (!found || kept.includes(normText(lineOf(found)))) return null;
  const p = out.ownerDocument.createElement('p');
  p.append(...[...found.childNodes].map((n) => out.ownerDocument.importNode(n, true)));
  placeInHead(out, head.headline, p);
  return p;
}
