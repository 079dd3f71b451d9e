/**
 * Applies the declutter rules (declutter-rules.ts) to Readability's output, in place, on
 * the extraction's own copy — never the page. A rule does not apply to a block that holds
 * a long paragraph: clutter is short, article text is not (issue #3, part 2).
 *
 * Class/id rules look at names Readability loses when it rebuilds a block (a div of
 * spans becomes a new, bare <p>). So they mark the blocks in the clone before
 * parsing (the block and everything in it), and after parsing the outermost output block
 * whose text is all marked goes.
 */
import type { RemovedItem } from './extract-types';
import { DECLUTTER_RULES, LONG_PARAGRAPH_CHARS, type DeclutterRule } from './declutter-rules';
import { sampleOf } from './sample';
import { blockText, collapsedTextLengths, lineOf } from './text';
import { describeBlock, type BlockSignature } from './block-rules';
import { anchorBefore } from './restore';

/** What the reader decided for this site (block-rules.ts), and how a removal is put back. */
export interface DeclutterHooks {
  /** "Never remove blocks like this": no rule removes such a block or anything in it. */
  keep?(el: Element): boolean;
  /** The removed elements and the end of the text before them → what "Restore" puts back. */
  restore?(els: Element[], after: string): RemovedItem['restore'];
}

const MARK = 'data-gloss-rule';
const BLOCK = 'data-gloss-block';
const KEEP = 'data-gloss-keep';
const PARAGRAPH_LIKE = 'p, li, blockquote, pre, dd, td, figcaption';
/** Blocks holding these are never empty wrappers, whatever their text. */
export const MEDIA = 'img, picture, video, audio, svg, math, table';


/**
 * Text of an element, whitespace collapsed. Rules ask for the same elements' text many
 * times (every rule, every ancestor check), which re-read whole subtrees: 32 ms on a long
 * article in the bench. While `declutter` runs, texts are remembered, and a removal
 * forgets the texts of the removed block's ancestors, the only ones it changes.
 */
let remembered: WeakMap<Element, string> | null = null;
function oneLine(el: Element): string {
  if (!remembered) return lineOf(el);
  let text = remembered.get(el);
  if (text === undefined) { text = lineOf(el); remembered.set(el, text); }
  return text;
}
/**
 * Most questions are about a text's length only (is it longer than the rule allows? is a
 * paragraph long?), and building the text of every wrapper to answer them read the whole
 * article once per level of nesting: about 3 ms per opening of a small fixture page in a
 * CPU profile of the bench's Chromium (issue #14, item 4; a loaded machine). While `declutter` runs, lengths come from one walk
 * (text.ts: collapsedTextLengths, the length of `lineOf`'s text), except for the ancestors
 * of a removed block, whose text changed: those are `stale` and read again.
 */
let lengths: Map<Element, number> | null = null;
let stale: WeakSet<Element> | null = null;
function lengthOf(el: Element): number {
  const known = lengths && !stale!.has(el) ? lengths.get(el) : undefined;
  return known ?? oneLine(el).length;
}
function forgetAncestors(el: Element | null): void {
  for (let e = el; e && remembered; e = e.parentElement) remembered.delete(e), stale?.add(e);
}

export function linkDensity(el: Element): number {
  const all = lengthOf(el);
  if (!all) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += lengthOf(a);
  return links / all;
}

/** True when `el` is, or holds, a paragraph of real text: no rule may remove it. */
export function holdsLongParagraph(el: Element): boolean {
  const blocks = [el, ...el.querySelectorAll(PARAGRAPH_LIKE)];
  return blocks.some((b) => lengthOf(b) >= LONG_PARAGRAPH_CHARS && linkDensity(b) < 0.5
    && (b !== el || el.matches(PARAGRAPH_LIKE) || !el.querySelector(PARAGRAPH_LIKE)));
}

/**
 * Clutter is a small part of a page: a block holding more than this share of the text
 * Readability kept is the page's content (a product grid classed "related-products" on a
 * listing page), whatever its name says.
 */
const MAX_SHARE = 0.3;

const PHRASING = 'a, span, b, strong, em, i, u, small, time, abbr, cite, mark, q, sup, sub, font, label';

/**
 * Whether `el` sits inside running text: a link or a bold phrase with words of the
 * sentence on either side ("The study, <a>published January 24 in …</a>, included …").
 * A text rule judges a line, and such an element is a piece of one, never a line itself.
 */
export function inRunningText(el: Element): boolean {
  if (!el.matches(PHRASING)) return false;
  for (const n of el.parentElement?.childNodes ?? []) {
    if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

function applies(el: Element, rule: DeclutterRule, total = Infinity): boolean {
  const text = oneLine(el);
  if (text.length > rule.maxChars || text.length > total * (rule.maxShare ?? MAX_SHARE)) return false;
  if (rule.minLeft !== undefined && total - text.length < rule.minLeft) return false;
  if (rule.text && !rule.text.test(text)) return false;
  if (rule.text && !rule.classOrId && !rule.matches && inRunningText(el)) return false;
  if (rule.notInTables && (el.closest('td, th') || el.querySelector('td, th'))) return false;
  if (rule.minLinkShare !== undefined && linkDensity(el) < rule.minLinkShare) return false;
  if (!text && !el.querySelector(MEDIA)) return false;
  return !!rule.mayHoldProse || !holdsLongParagraph(el);
}

/** "class id", lower-cased: what `classOrId` rules look at (SVG has no string className). */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
}

/** Before parsing: marks what class/id rules match in the clone (outermost block, first rule). */
export function markClutter(doc: Document, rules: readonly DeclutterRule[] = DECLUTTER_RULES, keep?: (el: Element) => boolean): void {
  const byClass = rules.filter((r) => r.classOrId || r.matches);
  const byReader = byClass.some((r) => r.matches);
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.hasAttribute(MARK) || n.hasAttribute(KEEP)) continue;
    // A block the reader keeps, and all in it, is marked kept: Readability may unwrap it
    // and lose the class that named it.
    if (keep?.(n)) { for (const e of [n, ...n.querySelectorAll('*')]) e.setAttribute(KEEP, ''); continue; }
    const ci = classAndId(n);
    if (ci.length < 2 && !byReader) continue;
    // The first rule that both names the block and takes one of its size (nav-block, then site-menu).
    const rule = byClass.find((r) => (r.matches ? r.matches(n) : ci.length > 1 && r.classOrId!.test(ci)) && applies(n, r));
    if (!rule) continue;
    // The block's own description goes with the marks: Readability may rebuild or unwrap it
    // (a div around one paragraph becomes that paragraph), and "Always / Never remove
    // blocks like this" must name the block as the page has it.
    const block = JSON.stringify(describeBlock(n));
    for (const e of [n, ...n.querySelectorAll('*')]) if (!e.hasAttribute(MARK)) e.setAttribute(MARK, rule.id), e.setAttribute(BLOCK, block);
  }
}

/** The description markClutter left on a removed block, else the block's own. */
function blockOf(el: Element): BlockSignature {
  try {
    const stored = el.getAttribute(BLOCK);
    if (stored) return JSON.parse(stored) as BlockSignature;
  } catch { /* the page's copy had its own attribute of that name: describe what is there */ }
  return describeBlock(el);
}

/** Whether every piece of text under `el` sits inside an element marked by `id`. */
function allMarked(el: Element, id: string): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    const owner = n.parentElement?.closest(`[${MARK}]`);
    if (!owner || owner.getAttribute(MARK) !== id || !el.contains(owner)) return false;
  }
  return true;
}

/** A run of link lines is a list when it has this many: one link after a heading is a sentence's worth. */
const MIN_LINK_RUN = 2;
/** Longest line of such a run: a headline. */
const MAX_LINK_LINE_CHARS = 200;

/** A line that is a link and nothing else (a headline set as a paragraph of its own). */
function isLinkLine(el: Element): boolean {
  const text = oneLine(el);
  return !!text && text.length <= MAX_LINK_LINE_CHARS && el.matches('p, div') && linkDensity(el) >= 0.9;
}

/**
 * What follows a "Related" heading when it is only links: a list (or a block holding one),
 * or a run of paragraphs that are each one link ("Read more:" then three headlines, issue #14).
 */
function nextLinkList(el: Element): Element[] {
  const next = el.nextElementSibling;
  if (!next || oneLine(next).length > 1500 || holdsLongParagraph(next)) return [];
  const isList = next.matches('ul, ol') || !!next.querySelector('ul, ol');
  if (isList) return linkDensity(next) > 0.5 ? [next] : [];
  const run: Element[] = [];
  for (let s: Element | null = next; s && isLinkLine(s); s = s.nextElementSibling) run.push(s);
  return run.length >= MIN_LINK_RUN ? run : [];
}

/** Whether `el` holds any text but whitespace, read up to the first that is: reading the
 *  whole text of a long article's wrapper once for each block removed from it cost seconds
 *  (the 100,000-node hostile page: 7 s). */
function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */ | 8 /* SHOW_CDATA_SECTION */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test((n as CharacterData).data)) return true;
  return false;
}

/** Removes `el`, then any ancestor left with neither text nor media (an empty wrapper). */
export function removeWithEmptyParents(el: Element, root: Element): void {
  let parent: Element | null = el.parentElement;
  forgetAncestors(parent);
  el.remove();
  while (parent && parent !== root && !hasText(parent) && !parent.querySelector(MEDIA)) {
    const up: Element | null = parent.parentElement;
    forgetAncestors(up);
    parent.remove();
    parent = up;
  }
}

/** The blocks to remove for `rule` in the output, outermost first. `short` holds every
 *  element whose text is short enough for a text rule, read once for all of them. */
function targets(root: Element, rule: DeclutterRule, short: () => Element[]): Element[] {
  if (!rule.classOrId && !rule.matches) return short();
  const out: Element[] = [];
  for (const m of root.querySelectorAll(`[${MARK}="${rule.id}"]`)) {
    if (out.some((o) => o.contains(m))) continue;
    let top = m;
    while (top.parentElement && top.parentElement !== root && allMarked(top.parentElement, rule.id)) top = top.parentElement;
    out.push(top);
  }
  return out;
}

export function declutter(root: Element, rules: readonly DeclutterRule[] = DECLUTTER_RULES, hooks: DeclutterHooks = {}): RemovedItem[] {
  remembered = new WeakMap();
  stale = new WeakSet();
  try {
    return declutterRemembering(root, rules, hooks);
  } finally {
    remembered = null;
    lengths = null;
    stale = null;
  }
}

/** Whether `el` or a block around it inside `root` is one the reader keeps. */
function kept(el: Element, root: Element, keep: DeclutterHooks['keep']): boolean {
  if (el.closest(`[${KEEP}]`) || el.querySelector(`[${KEEP}]`)) return true;
  if (!keep) return false;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (keep(e)) return true;
  return false;
}

function declutterRemembering(root: Element, rules: readonly DeclutterRule[], hooks: DeclutterHooks): RemovedItem[] {
  const removed: RemovedItem[] = [];
  const total = oneLine(root).length;
  const longest = Math.max(0, ...rules.filter((r) => !r.classOrId).map((r) => r.maxChars));
  let shortCache: Element[] | null = null;
  const short = () => {
    if (shortCache) return shortCache;
    // Also the lengths `lengthOf` answers from, from here on.
    const all = (lengths = collapsedTextLengths(root));
    return (shortCache = [...root.querySelectorAll('*')].filter((el) => (all.get(el) ?? Infinity) <= longest));
  };
  for (const rule of rules) {
    // Document order: an outer block is seen before its children, and once it is gone
    // its children are no longer inside `root`.
    for (const el of targets(root, rule, short)) {
      // Longer than the rule takes: `applies` would say no; asked first, it spares
      // reading the block's text and walking up from it for every rule.
      if (lengthOf(el) > rule.maxChars) continue;
      if (el === root || !root.contains(el) || !applies(el, rule, total) || kept(el, root, hooks.keep)) continue;
      const extra = rule.withNextList ? nextLinkList(el) : [];
      if (rule.needsNextList && !extra.length) continue;
      const sample = sampleOf([el, ...extra].map((e) => blockText(e).split('\n').join(' · ')).join(' · '));
      const after = hooks.restore ? anchorBefore(el, root, oneLine) : '';
      const restore = hooks.restore?.([el, ...extra], after);
      for (const e of extra) removeWithEmptyParents(e, root);
      removeWithEmptyParents(el, root);
      removed.push({ label: rule.label, sample, by: `rule:${rule.id}`, block: blockOf(el), ...(restore ? { restore } : {}) });
    }
  }
  for (const el of root.querySelectorAll(`[${MARK}], [${KEEP}]`)) el.removeAttribute(MARK), el.removeAttribute(BLOCK), el.removeAttribute(KEEP);
  return removed;
}
