/**
 * One read-only walk over the body that gathers everything detection needs from it: how
 * the text is laid out (link text, long paragraphs, the element that holds most of them),
 * what the parts are called (class-name families), controls, microdata and JSON-LD.
 * One walk, no selector queries and no layout: cheap in a browser and under jsdom alike.
 * Pages with more elements than READ_LIMITS.walkWhole are read by bounded-read.ts instead,
 * which gives the same facts from a bounded number of nodes.
 */
import { countFamilies, emptyFamilies, type FamilyCounts } from './class-names';

export interface BodyFacts {
  /** Characters of text, whitespace collapsed, scripts and styles left out (CJK count double). */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Paragraph-like blocks (p, pre, blockquote, dd) of 140+ characters, not mostly links. */
  longParagraphs: number;
  /** The element whose own paragraphs hold the most text, and how much. */
  bestParent: Element | null;
  bestParentChars: number;
  /** All paragraph text counted towards some parent: bestParentChars / paragraphChars is
   *  high for one story body and low for teasers, results and forum posts. */
  paragraphChars: number;
  /** Headings (h1-h4) and those that are or hold a link (teasers). */
  headings: number;
  linkedHeadings: number;
  /** Form controls (inputs that are not hidden, selects, text areas, buttons). */
  controls: number;
  /** Buttons and links that put something in a basket ("Add to cart", "Buy now"). */
  basketControls: number;
  /** Per-post controls of a discussion ("Reply", "Quote", "Report"). */
  postControls: number;
  articles: number;
  codeBlocks: number;
  times: number;
  families: FamilyCounts;
  /** Microdata: item types, and whether the page marks a publication date or an author. */
  itemTypes: string[];
  itemDate: boolean;
  itemAuthor: boolean;
  articleBody: Element | null;
  /** rel="author" links. */
  relAuthor: boolean;
  /** Text of JSON-LD blocks in the body (those in the head are read with the head). */
  jsonLd: string[];
  /** The page had more elements than the walk reads (MAX_ELEMENTS). */
  truncated: boolean;
  /** Text length of the elements the container search weighs (parents of paragraphs,
   *  <article>s, the declared body), so it never reads a huge element's text again. */
  elementChars: Map<Element, number>;
  /** The parent of the most paragraph text however short each paragraph is (wire copy). */
  shortParagraphParent: Element | null;
}

/** Readability counts a paragraph as long from 140 characters; shorter ones from 60 still
 *  count as body text for their parent. */
export const LONG_PARAGRAPH = 140;
export const BODY_PARAGRAPH = 60;
/** A cheap verdict matters more than a complete count on a huge page. */
export const MAX_ELEMENTS = 30_000;
const MAX_DEPTH = 400;

export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea', 'math']);
const PARAGRAPHS = new Set(['p', 'pre', 'blockquote', 'dd']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
/** Elements whose own text (between <br>s) can be a story's paragraphs in old layouts. */
export const TEXT_HOLDERS = new Set(['div', 'td', 'section', 'article', 'font', 'span']);
const BASKET = /^(add to (cart|bag|basket|trolley)|buy (it )?now|add to wish ?list|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)$/i;
const POST_ACTIONS = /^(reply|quote|report|multi-?quote|upvote|downvote|permalink)$/i;

/** Chinese, Japanese and Korean script says in one character what Latin script says in
 *  two or three, so such characters count double: a paragraph of 70 is a long one. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const NOT_SPACE = /\S/;
const HUGE_TEXT = 50_000;

/** Facts before anything is read. */
export function emptyFacts(): BodyFacts {
  return {
    chars: 0, linkChars: 0, longParagraphs: 0, bestParent: null, bestParentChars: 0, paragraphChars: 0,
    headings: 0, linkedHeadings: 0, controls: 0, basketControls: 0, postControls: 0, articles: 0,
    codeBlocks: 0, times: 0, families: emptyFamilies(), itemTypes: [], itemDate: false, itemAuthor: false,
    articleBody: null, relAuthor: false, jsonLd: [], truncated: false,
    elementChars: new Map(), shortParagraphParent: null,
  };
}

/** Counts the families an element's class and id name (the walk and the bounded read). */
export function countNameFamilies(el: Element, families: FamilyCounts): void {
  // className is a string on HTML elements (SVG's is an object; its parts are skipped).
  const cls = (el as HTMLElement).className;
  const id = el.id;
  if (typeof cls === 'string' ? cls || id : id) countFamilies(`${typeof cls === 'string' ? cls : ''} ${id}`, families);
}

/** What a control's label (whitespace collapsed) asks for: a basket's or a post's action. */
export function actionKind(label: string): 'basket' | 'post' | null {
  return BASKET.test(label) ? 'basket' : POST_ACTIONS.test(label) ? 'post' : null;
}

/** What an element with microdata or a rel says (the walk and the bounded read both ask). */
export function readMarked(el: Element, f: BodyFacts): void {
  const type = el.getAttribute('itemtype');
  if (type && f.itemTypes.length < 50) f.itemTypes.push(...type.split(/\s+/).filter(Boolean));
  const prop = el.getAttribute('itemprop') ?? '';
  if (/\bdatePublished\b/i.test(prop)) f.itemDate = true;
  if (/\bauthor\b/i.test(prop)) f.itemAuthor = true;
  if (/\barticleBody\b/i.test(prop)) f.articleBody ??= el;
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '')) f.relAuthor = true;
}

/** Length with whitespace runs collapsed. Native string operations, not a loop over
 *  characters: the content script runs this once, before the engine has optimised it. */
export function textLength(s: string): number {
  // A huge text node (a 1 MB paragraph) is counted as it stands: collapsing its spaces
  // would be one long regex pass, and the verdict does not hinge on the exact number.
  if (s.length > HUGE_TEXT) return s.length;
  if (!NOT_SPACE.test(s)) return 0;
  const t = s.replace(/\s+/g, ' ');
  return t.length + (t.match(DENSE_SCRIPT)?.length ?? 0);
}

interface Tally { chars: number; linkChars: number }

/** The element with the largest count (the first seen on a tie), or null for none above 0. */
export function largest(counts: ReadonlyMap<Element, number>): [Element | null, number] {
  let best: Element | null = null;
  let most = 0;
  for (const [el, n] of counts) if (n > most) { best = el; most = n; }
  return [best, most];
}
interface Heading { linked: boolean }

export function createBodyWalker(body: Element) {
  const f = emptyFacts();
  /** Body-text characters per parent, and paragraph characters per parent however short. */
  const parentChars = new Map<Element, number>();
  const anyParagraphChars = new Map<Element, number>();
  const add = (to: Map<Element, number>, el: Element, n: number) => to.set(el, (to.get(el) ?? 0) + n);
  const credit = (el: Element, n: number) => add(parentChars, el, n);
  let seen = 0;

  // Every DOM read below crosses from script into the browser, and this walk runs once per
  // page in a fresh, unoptimised script world: per node it reads as little as it can.
  // Elements with microdata or a rel are found in one native query, not asked one by one.
  const marked = new Set<Element>(body.querySelectorAll('[itemtype], [itemprop], a[rel], link[rel]'));

  const attributes = (el: Element) => {
    countNameFamilies(el, f.families);
    if (marked.size && marked.has(el)) readMarked(el, f);
  };

  const action = (el: Element, tag: string, chars: number) => {
    if (chars > 40 && tag !== 'input') return;
    const kind = actionKind((tag === 'input' ? (el as HTMLInputElement).value : el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (kind === 'basket') f.basketControls++;
    else if (kind === 'post') f.postControls++;
  };

  /** One element being walked: its children are visited one at a time, so the walk can
   *  stop between any two nodes and go on in the next idle slice. */
  interface Frame { node: Element; tag: string; inLink: boolean; heading: Heading | null; depth: number; chars: number; linkChars: number; own: number; child: ChildNode | null }
  const open = (node: Element, tag: string, inLink: boolean, heading: Heading | null, depth: number): Frame =>
    ({ node, tag, inLink, heading, depth, chars: 0, linkChars: 0, own: 0, child: node.firstChild });
  const stack: Frame[] = [open(body, body.localName, false, null, 0)];
  let total: Tally | null = null;

  /** Folds a finished element into its parent, as the recursive walk's return did. */
  const finish = (fr: Frame) => {
    const { node: el, tag, chars, linkChars } = fr;
    // Old layouts put paragraphs straight into a div or cell, separated by <br>.
    if (!fr.inLink && fr.own >= BODY_PARAGRAPH && TEXT_HOLDERS.has(tag)) credit(el, fr.own);
    const parent = stack[stack.length - 1];
    if (!parent) { total = { chars, linkChars }; return; }
    if (tag === 'article' || el === f.articleBody || parentChars.has(el) || anyParagraphChars.has(el)) f.elementChars.set(el, chars);
    parent.chars += chars;
    parent.linkChars += linkChars;
    if (HEADINGS.has(tag)) {
      f.headings++;
      if (fr.heading!.linked) f.linkedHeadings++;
    }
    if (tag === 'a' || tag === 'button') action(el, tag, chars);
    if (tag === 'p') add(anyParagraphChars, parent.node, chars);
    if (PARAGRAPHS.has(tag) && !parent.inLink && chars >= BODY_PARAGRAPH && linkChars < chars / 2) {
      credit(parent.node, chars);
      if (chars >= LONG_PARAGRAPH) f.longParagraphs++;
    }
  };

  /** Visits one node; returns false when the walk is over. */
  const stepOnce = (): boolean => {
    const fr = stack[stack.length - 1];
    if (!fr) return false;
    const child = fr.child;
    if (!child) { stack.pop(); finish(fr); return stack.length > 0; }
    fr.child = child.nextSibling;
    const kind = child.nodeType;
    if (kind === 3) {
      const len = textLength(child.nodeValue ?? '');
      fr.chars += len;
      fr.own += len;
      if (fr.inLink) fr.linkChars += len;
      return true;
    }
    if (kind !== 1 || ++seen > MAX_ELEMENTS) return true;
    const el = child as Element;
    const tag = el.localName;
    // Most elements of a story carry no attribute at all: one read answers every question below.
    const bare = !el.hasAttributes();
    if (!bare) attributes(el);
    if (tag === 'script') {
      if (!bare && /ld\+json/i.test(el.getAttribute('type') ?? '')) f.jsonLd.push(el.textContent ?? '');
      return true;
    }
    if (tag === 'input') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type !== 'hidden') f.controls++;
      if (type === 'submit' || type === 'button') action(el, tag, 0);
      return true;
    }
    if (tag === 'select' || tag === 'textarea' || tag === 'button') f.controls++;
    if (SKIP.has(tag) || (!bare && el.hasAttribute('hidden')) || fr.depth > MAX_DEPTH) return true;
    if (tag === 'article') f.articles++;
    else if (tag === 'pre') f.codeBlocks++;
    else if (tag === 'time') f.times++;
    const isLink = tag === 'a' && !bare && el.hasAttribute('href');
    if (isLink && fr.heading) fr.heading.linked = true;
    const within: Heading | null = HEADINGS.has(tag) ? { linked: fr.inLink } : fr.heading;
    stack.push(open(el, tag, fr.inLink || isLink, within, fr.depth + 1));
    return true;
  };

  const result = (): BodyFacts => {
    const t: Tally = total ?? { chars: 0, linkChars: 0 };
    f.chars = t.chars;
    f.linkChars = t.linkChars;
    f.truncated = seen > MAX_ELEMENTS;
    for (const n of parentChars.values()) f.paragraphChars += n;
    [f.bestParent, f.bestParentChars] = largest(parentChars);
    [f.shortParagraphParent] = largest(anyParagraphChars);
    return f;
  };

  return {
    /** Walks until done (true) or until `timeUp()` says the slice is over (false). */
    step(timeUp: () => boolean): boolean {
      let n = 0;
      while (stepOnce()) if ((++n & 255) === 0 && timeUp()) return false;
      return true;
    },
    result,
  };
}

/** The whole walk in one go (the CLI, tests). */
export function walkBody(body: Element): BodyFacts {
  const walker = createBodyWalker(body);
  walker.step(() => false);
  return walker.result();
}
