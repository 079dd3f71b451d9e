/**
 * Articles built by page builders split their text into many sibling blocks (one per
 * section, or one per paragraph), and Readability then keeps the best-scoring block alone:
 * the reader gets one section of the article and no sign that the rest exists. Gloss finds
 * the prose root, the smallest element holding nearly all of the page's prose paragraphs;
 * when Readability's pick covers less than half of that prose, Readability is asked again
 * about a copy of the root whose blocks are laid side by side, so that no wrapper splits
 * them. Pure: it reads the page and builds a separate document.
 */
import { normText } from './text';
import { classAndId, linkDensity } from './declutter';
import { counterpartIn } from './second-opinion';

/** A paragraph of prose: about fifteen words or more, mostly not links. */
export const PROSE_CHARS = 80;
const MAX_LINK_SHARE = 0.3;
/** The root holds at least this share of the page's prose. */
const ROOT_SHARE = 0.8;
/** Less prose than this (a few paragraphs) is no evidence against Readability's pick. */
const MIN_ROOT_CHARS = 1500;
/** Readability's pick is doubted when it holds less than this share of the root's prose. */
const COVERED_SHARE = 0.5;
/** The part of a paragraph that identifies it in Readability's output. */
const PROBE_CHARS = 60;
/** A paragraph's opening words, by which it is recognised in an extraction's text. */
export const probeOf = (text: string): string => text.slice(0, PROBE_CHARS);

/** Where a paragraph is no part of an article body, whatever its length. */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG', 'TEMPLATE', 'NOSCRIPT']);
const OUTSIDE_NAMES = /comment|discuss|repl(y|ies)|related|recommend|sidebar|footer|newsletter|promo|sponsor|advert|cookie|consent|modal|popup|share|social|navigation|navbar|(^|[\s_-])nav([\s_-]|$)|menu/;

/** Whether paragraph `p` is prose the article kept (`kept`, its normalised text),
 *  recognised by its opening words. */
export function keptParagraph(p: Element, kept: string): boolean {
  const t = normText(p.textContent ?? '');
  return t.length >= PROSE_CHARS && kept.includes(probeOf(t));
}

/** A walker over the page's elements (`filter` as a TreeWalker's), and the first of them
 *  after `el` and its subtree: its next sibling, or the next one of an ancestor's. */
export function walkAfter(el: Element, filter?: (n: Node) => number): { walker: TreeWalker; first: Node | null } {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */, filter);
  walker.currentNode = el;
  let first: Node | null = walker.nextSibling();
  while (!first && walker.parentNode()) first = walker.nextSibling();
  return { walker, first };
}

/** Whether a paragraph the article kept follows `el` on the page within `maxSteps` elements. */
export function keptParagraphAfter(el: Element, kept: string, maxSteps: number): boolean {
  const { walker, first } = walkAfter(el);
  for (let n = first, steps = 0; n && steps < maxSteps; n = walker.nextNode(), steps++) {
    if ((n as Element).localName === 'p' && keptParagraph(n as Element, kept)) return true;
  }
  return false;
}

export interface Prose { el: Element; text: string }

/** Layout words: on an element holding most of the page's prose they name the page's
 *  columns or its menu's transition ("layout-with-sidebars", "menu-side-transition"
 *  around the article, issue #14), not what it holds. */
const LAYOUT_WORD = /sidebars?|menu|navigation|navbar|nav/g;

/** `wide`: elements holding most of the page's prose. */
function outside(el: Element, stop: Element, wide?: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (OUTSIDE_TAGS.has(e.tagName.toUpperCase())) return true;
    const names = classAndId(e);
    if (OUTSIDE_NAMES.test(wide?.has(e) ? names.replace(LAYOUT_WORD, '') : names)) return true;
  }
  return false;
}

const LINKED_HEADING = ':is(h1, h2, h3, h4, h5, h6) a[href]:not([href^="#"])';

/** What the teaser test asks of a paragraph's boxes, counted in one pass over the page
 *  (asking each box again would be quadratic on a live blog of thousands of entries). */
interface Boxes { paragraphs: Map<Element, number>; withLinkedHeading: Set<Element> }

function boxesOf(root: Element, paragraphs: readonly Element[]): Boxes {
  const counts = new Map<Element, number>();
  for (const p of paragraphs) {
    for (let box = p.parentElement, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
      counts.set(box, (counts.get(box) ?? 0) + 1);
    }
  }
  const withLinkedHeading = new Set<Element>();
  for (const a of root.querySelectorAll(LINKED_HEADING)) {
    for (let box = a.parentElement; box && !withLinkedHeading.has(box); box = box.parentElement) withLinkedHeading.add(box);
  }
  return { paragraphs: counts, withLinkedHeading };
}

/**
 * A summary under a linked headline, alone or with one more paragraph in its box, is a
 * teaser for another page (a news stream, "more stories"), not this page's text; so is a
 * paragraph inside a list item.
 */
function teaser(p: Element, stop: Element, boxes: Boxes): boolean {
  if (p.closest('li')) return true;
  let box: Element | null = p.parentElement;
  for (let depth = 0; box && box !== stop && depth < 2; box = box.parentElement, depth++) {
    if ((boxes.paragraphs.get(box) ?? 0) > 2) return false;
    if (boxes.withLinkedHeading.has(box)) return true;
  }
  return false;
}

/** Elements of `root` holding more than half of `candidates`' text. */
function wideIn(root: Element, candidates: readonly Prose[]): Set<Element> {
  const total = candidates.reduce((n, p) => n + p.text.length, 0);
  const held = new Map<Element, number>();
  for (const p of candidates) {
    for (let e = p.el.parentElement; e && e !== root; e = e.parentElement) held.set(e, (held.get(e) ?? 0) + p.text.length);
  }
  return new Set([...held].filter(([, chars]) => chars > total / 2).map(([el]) => el));
}

function proseIn(root: Element): Prose[] {
  const candidates: Prose[] = [];
  const paragraphs = [...root.querySelectorAll('p')];
  const boxes = boxesOf(root, paragraphs);
  for (const p of paragraphs) {
    const text = normText(p.textContent ?? '');
    if (text.length < PROSE_CHARS || teaser(p, root, boxes)) continue;
    if (linkDensity(p) > MAX_LINK_SHARE) continue;
    candidates.push({ el: p, text });
  }
  // The page's columns are judged by the prose it shows: a streamed page keeps most of its
  // text in hidden boxes at the end until its script moves them into place (issue #14).
  const wide = wideIn(root, candidates.filter((p) => !p.el.closest('[hidden]')));
  return candidates.filter((p) => !outside(p.el, root, wide));
}

export interface ProseRoot {
  root: Element;
  /** The prose paragraphs under the root. */
  prose: Prose[];
  /** Every prose paragraph of the page, in page order. */
  all: Prose[];
}

/** The deepest element holding ROOT_SHARE of the body's prose, with that prose. */
export function proseRoot(doc: Document): ProseRoot | null {
  const body = doc.body;
  if (!body) return null;
  const prose = proseIn(body);
  const total = prose.reduce((n, p) => n + p.text.length, 0);
  if (total < MIN_ROOT_CHARS) return null;
  const held = new Map<Element, number>();
  for (const p of prose) {
    for (let e = p.el.parentElement; e && e !== body; e = e.parentElement) held.set(e, (held.get(e) ?? 0) + p.text.length);
  }
  // Elements holding more than half of the prose nest in one another: the deepest wins.
  let root: Element = body;
  for (const [el, chars] of held) if (chars >= ROOT_SHARE * total && root.contains(el) && el !== root) root = el;
  return { root, prose: prose.filter((p) => root.contains(p.el)), all: prose };
}

/** Does Readability's output (its content element, or null when it found none) miss most
 *  of the root's prose? Paragraphs are matched by their opening words, one set lookup each. */
export function missesProse(output: Element | null, found: { prose: Prose[] } | null): boolean {
  if (!found) return false;
  const kept = new Set<string>();
  for (const p of output?.querySelectorAll('p') ?? []) kept.add(probeOf(normText(p.textContent ?? '')));
  const { all, covered } = proseKept(found.prose, (probe) => kept.has(probe));
  return all >= MIN_ROOT_CHARS && covered < COVERED_SHARE * all;
}

/** Characters of `prose`, and of the paragraphs `isKept` recognises by their opening words. */
export function proseKept(prose: readonly Prose[], isKept: (probe: string) => boolean): { all: number; covered: number } {
  let all = 0;
  let covered = 0;
  for (const p of prose) {
    all += p.text.length;
    if (isKept(probeOf(p.text))) covered += p.text.length;
  }
  return { all, covered };
}

/** Elements kept whole when blocks are laid side by side. */
const UNITS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'TABLE', 'PICTURE', 'IMG', 'HR']);

/** `clone` (a copy of `root`'s document) with a body of one article: the root's blocks in
 *  order, minus those in navigation, comments, related links and the like. */
export function flattenedTo(clone: Document, root: Element): Document | null {
  const copy = counterpartIn(clone, root);
  if (!copy) return null;
  const blocks: Element[] = [];
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (outside(child, copy)) continue;
      if (UNITS.has(child.tagName.toUpperCase())) blocks.push(child);
      else walk(child);
    }
  };
  walk(copy);
  if (!blocks.length) return null;
  const article = clone.createElement('article');
  article.append(...blocks);
  clone.body.replaceChildren(article);
  return clone;
}
