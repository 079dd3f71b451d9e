/**
 * The article's head on the page: its headline and what the page sets between the
 * headline and the first paragraph Readability kept (a standfirst, the lead picture, the
 * byline). Readability judges blocks by their paragraphs, so that short head is often left
 * out whole (issue #14). Pure: it reads the page and returns elements of it.
 */
import { lineOf, normText } from './text';
import { keptParagraph, walkAfter } from './prose-root';

/** Lower-case words of a text, for comparing a headline with the title or a summary. */
export function wordsOf(text: string): Set<string> {
  return new Set(normText(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the smaller word set found in the other. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** A headline shares this share of its words with the title (which may add the site's name). */
const HEADLINE_OVERLAP = 0.7;
/** A site's logo in an <h1> is a word or two; a headline is longer. */
const MIN_HEADLINE_WORDS = 3;
/** Where pages set their headline: a heading, or a paragraph styled as one and named so
 *  ("post-title h2" in a hero block above the story). */
const HEADLINE_PLACES = 'h1, h2, p';
const HEADLINE_NAME = /title|headline/;

/** Whether `el` says what the title says, and no more than that. */
function saysTitle(el: Element, want: ReadonlySet<string>): boolean {
  const words = wordsOf(lineOf(el));
  // A box that holds the headline and more is not the headline.
  return words.size >= MIN_HEADLINE_WORDS && words.size <= want.size * 1.5 + 2 && overlap(words, want) >= HEADLINE_OVERLAP;
}

/**
 * The page's headline: the first element, in page order, set as one (an <h1>, an <h2> or
 * a paragraph named as a title) that says what the title says; else null.
 */
export function headlineOf(doc: Document, title: string): Element | null {
  const want = wordsOf(title);
  for (const el of doc.body?.querySelectorAll(HEADLINE_PLACES) ?? []) {
    // An <h2> or a paragraph counts when the page names it a title: else it is a section's heading.
    if (el.localName !== 'h1' && !HEADLINE_NAME.test(el.getAttribute('class') ?? '')) continue;
    if (saysTitle(el, want)) return el;
  }
  return null;
}

/** Elements looked at after the headline: a head is short, however deep its markup. */
const MAX_HEAD_ELEMENTS = 400;
/** The head shares an ancestor with its headline at most this many levels above it. */
const HEAD_LEVELS = 8;

/** Drawings and code hold no text of the head, and a logo's paths would use up the steps. */
const SKIPPED = new Set(['svg', 'script', 'style', 'noscript', 'template']);

/** Whether `el` lies within `levels` ancestors of `headline`. */
function near(el: Element, headline: Element, levels: number): boolean {
  let up: Element | null = headline;
  for (let i = 0; up && i <= levels; up = up.parentElement, i++) {
    if (up === up.ownerDocument.body) return false;
    if (up.contains(el)) return true;
  }
  return false;
}

/**
 * The elements after `headline` in page order, up to the first paragraph the article kept
 * (`kept`, its normalised text), that lie near the headline. Empty when no kept paragraph
 * follows close enough: without the body's start there is no head to speak of.
 */
export function headAfter(headline: Element, kept: string): Element[] {
  const { walker, first } = walkAfter(headline,
    (n) => (SKIPPED.has((n as Element).localName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */));
  const out: Element[] = [];
  for (let n = first, steps = 0; n && steps < MAX_HEAD_ELEMENTS; n = walker.nextNode(), steps++) {
    const el = n as Element;
    if (el.localName === 'p' && keptParagraph(el, kept)) return out;
    if (near(el, headline, HEAD_LEVELS)) out.push(el);
  }
  return [];
}

/** The headline and the head after it, as the rules for the head's parts read them. */
export interface ArticleHead { headline: Element; after: Element[] }

/** The page's head for the article whose title is `title` and whose kept text is `kept`. */
export function articleHead(doc: Document, title: string, kept: string): ArticleHead | null {
  const headline = headlineOf(doc, title);
  return headline ? { headline, after: headAfter(headline, kept) } : null;
}

/** Where a head part goes in `out`, Readability's output: after an opening headline, if
 *  the output has one, and after the parts put back before it (`placed`); else first. */
export function placeInHead(out: Element, headline: Element, part: Element, placed: readonly Element[] = []): void {
  const last = [...placed].reverse().find((e) => out.contains(e));
  if (last) { last.after(part); return; }
  const first = out.firstElementChild;
  const opening = first?.matches('h1, h2') ? first : first?.firstElementChild?.matches('h1, h2') ? first.firstElementChild : null;
  if (opening && overlap(wordsOf(lineOf(opening)), wordsOf(lineOf(headline))) >= 0.9) opening.after(part);
  // Readability wraps its blocks in one page box: the part goes inside it, before them.
  else (first && !first.matches('p, h1, h2, h3, figure, ul, ol, table') ? first : out).prepend(part);
}

/** The title as the page's headline words it ("the headline as the page shows it"), not
 *  as its <title> or og:title does, which add the site's name or an SEO variant. */
export function headlineTitle(head: ArticleHead | null, title: string): string {
  const headline = head ? lineOf(head.headline) : '';
  // The same words set another way (a typographic apostrophe) are the same title.
  const same = (a: string) => normText(a).match(/[\p{L}\p{N}]+/gu)?.join(' ');
  return headline && same(headline) !== same(title) ? headline : title;
}
